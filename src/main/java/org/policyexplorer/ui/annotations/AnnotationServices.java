package org.policyexplorer.ui.annotations;

import org.policyexplorer.annotate.AnnotationImporter;
import org.policyexplorer.annotate.AnnotationService;
import org.policyexplorer.annotate.MemoService;
import org.policyexplorer.annotate.TagService;
import org.policyexplorer.library.LibraryService;

/**
 * The services the 批注 tab works with, handed to its view-models together: annotations, tags (the codebook),
 * memos, imports, and the library (the reports a code × report matrix has as columns).
 */
public record AnnotationServices(AnnotationService annotations, TagService tags, MemoService memos,
                                 AnnotationImporter importer, LibraryService library) {
}
