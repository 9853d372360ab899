package org.policyexplorer.compare;

import org.policyexplorer.domain.Section;

/** How strongly a review chapter and a plan chapter speak of the same things (cosine of their texts). */
public record ChapterLink(Section review, Section plan, double score) {
}
