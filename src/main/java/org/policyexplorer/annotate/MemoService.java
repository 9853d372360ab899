package org.policyexplorer.annotate;

import org.policyexplorer.store.MemoRepository;
import org.policyexplorer.store.TagRepository;

/**
 * Memos, as QDA tools have them beside notes on passages: one on a report (what the researcher makes of the whole
 * text) and one on a tag (what the code means, how it is used). Kept exactly as written; an empty memo is none.
 */
public final class MemoService {
    private final MemoRepository memos;
    private final TagRepository tags;

    public MemoService(MemoRepository memos, TagRepository tags) {
        this.memos = memos;
        this.tags = tags;
    }

    public String reportMemo(long reportId) {
        return memos.reportMemo(reportId);
    }

    public void setReportMemo(long reportId, String text) {
        memos.setReportMemo(reportId, text == null ? "" : text);
    }

    public String tagMemo(String tag) throws AnnotationException {
        return tags.find(tag).orElseThrow(() -> new AnnotationException(AnnotationException.Problem.NO_SUCH_TAG, tag))
                .memo();
    }

    public void setTagMemo(String tag, String text) throws AnnotationException {
        tagMemo(tag); // refused when there is no such tag
        tags.setMemo(tag, text == null ? "" : text);
    }
}
