package org.policyexplorer.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering styles of Chinese official documents, recognised at the start of a line. */
final class Numbering {
    private static final String NUMERAL = "[一二三四五六七八九十]{1,3}";
    /** "一、" — parts in provincial reports, chapters in district reports. */
    static final Pattern MAJOR = Pattern.compile("^(" + NUMERAL + ")[、．.]\\s*");
    /** "（一）" or half-width "(一)"; "（1）" where a report numbers so (see {@link LineClassifier}). */
    static final Pattern MINOR = Pattern.compile("^[（(](" + NUMERAL + "|[0-9]{1,2})[）)]\\s*");
    /** "第一部分 2025年工作回顾": a part named by its place in the report. */
    static final Pattern PART_WORD = Pattern.compile("^第(" + NUMERAL + ")部分[\\s：:、，,]*");
    /** "第一、", "第二，": chapters of the oldest national reports. */
    static final Pattern SEQUENCE = Pattern.compile("^第(" + NUMERAL + ")[、，,]\\s*");
    /** "一是", "二要": an ordinal opening a paragraph. */
    static final Pattern ORDINAL = Pattern.compile("^(" + NUMERAL + ")(是|要)");
    /** "附件1", "附件一", "附件：" */
    static final Pattern APPENDIX = Pattern.compile("^附\\s*件\\s*([0-9一二三四五六七八九十]{0,3})[:：]?$");
    /** A notes part: "注释", "名词解释", "注：" */
    static final Pattern NOTES = Pattern.compile("^[※★☆●◆■*\\s]*(注\\s*释|名\\s*词\\s*解\\s*释|注|附注)[※★☆●◆■*\\s]*[:：]?$");
    /** A note item: "［1］一降三减：…", "[2] …：", "1.“一照通行”：…" */
    static final Pattern NOTE_ITEM = Pattern.compile("^((?:［\\d{1,3}］|\\[\\d{1,3}]|\\d{1,3}[.．、]).{1,40}?)[：:]");

    private Numbering() {
    }

    /** The matcher if the text starts with the pattern, else null. */
    static Matcher at(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }
}
