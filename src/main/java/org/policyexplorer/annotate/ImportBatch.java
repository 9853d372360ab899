package org.policyexplorer.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyexplorer.domain.Annotation;
import org.policyexplorer.store.AnnotationRepository;
import org.policyexplorer.store.MemoRepository;
import org.policyexplorer.store.TagRepository;

/**
 * What one import adds — tags (parents before children), annotations, report memos — written by {@link #store}
 * inside the import's transaction. A tag already here keeps its place and colour; a memo already written is
 * not written twice, a different one is added below it.
 */
public final class ImportBatch {
    /** A tag as the file defines it. */
    public record TagDefinition(String name, String parent, String color, String memo) {
    }

    private final Map<String, TagDefinition> tags = new LinkedHashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<Long, List<String>> reportMemos = new LinkedHashMap<>();

    /**
     * Defines a tag. The same name seen again (a W3C file gives a tag's parent as a bare name above another tag,
     * and the tag itself, with its colour and memo, on an annotation of its own) fills in what was not yet known.
     */
    public void tag(String name, String parent, String color, String memo) {
        TagDefinition known = tags.get(name);
        if (known == null) {
            tags.put(name, new TagDefinition(name, parent, color, memo));
        } else {
            tags.put(name, new TagDefinition(name, known.parent() != null ? known.parent() : parent,
                    known.color() != null ? known.color() : color, known.memo() != null ? known.memo() : memo));
        }
    }

    public void annotation(Annotation a) {
        annotations.add(a);
    }

    public void reportMemo(long reportId, String text) {
        reportMemos.computeIfAbsent(reportId, k -> new ArrayList<>()).add(text);
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public int memoCount() {
        return reportMemos.values().stream().mapToInt(List::size).sum()
                + (int) tags.values().stream().filter(t -> t.memo() != null && !t.memo().isEmpty()).count();
    }

    /** Writes it all; called inside one transaction. Returns how many tags were new. */
    public int store(AnnotationRepository annotationStore, TagRepository tagStore, MemoRepository memoStore) {
        int created = 0;
        for (TagDefinition t : tags.values()) {
            created += tagStore.define(t.name(), t.parent(), t.color(), t.memo()) ? 1 : 0;
        }
        annotationStore.insertAll(annotations);
        for (Map.Entry<Long, List<String>> e : reportMemos.entrySet()) {
            String memo = memoStore.reportMemo(e.getKey());
            for (String text : e.getValue()) {
                if (memo.isEmpty()) {
                    memo = text;
                } else if (!memo.contains(text)) {
                    memo = memo + "\n\n" + text;
                }
            }
            memoStore.setReportMemo(e.getKey(), memo);
        }
        return created;
    }
}
