package org.policyexplorer.ingest;

/** What a line of a report is, as the parser's first pass sees it. */
enum LineKind {
    /** A part heading: numbered "一、…回顾" where parts are numbered, or an unnumbered "2017年工作回顾". */
    PART,
    /** "附件1", "注释", "名词解释": a part of role other whose numbering starts afresh. */
    APPENDIX,
    /** A chapter heading: "一、…" or "（一）…", possibly with its intro on the same line. */
    CHAPTER,
    /** The second half of a chapter or appendix heading wrapped over two lines. */
    HEADING_CONTINUATION,
    /** A paragraph that opens with a short lead sentence: "项目建设量质并举。…". */
    TOPIC,
    /** A paragraph that opens with an ordinal: "一是…", "二要…". */
    ORDINAL_TOPIC,
    /** "（一）工业" under a chapter "一、…" of a report whose parts are unnumbered: a numbered topic. */
    NUMBERED_TOPIC,
    /**
     * One of a run of paragraphs with the same opening ("过去的一年，面对…，我们…，发展质效持续提高。"): a topic
     * whose title is the last clause of its first sentence.
     */
    PARALLEL_TOPIC,
    /** A lead sentence alone on its line; the next line is its body. */
    TOPIC_HEADING,
    /** The body line of a {@link #TOPIC_HEADING}. */
    TOPIC_BODY,
    /** A note in a notes part: "［1］一降三减：" or "1.“一照通行”：…". */
    NOTE,
    /** An address to the delegates ("各位代表…"): closes the chapter, belongs to the part. */
    ADDRESS,
    /** Any other paragraph. */
    PLAIN
}
