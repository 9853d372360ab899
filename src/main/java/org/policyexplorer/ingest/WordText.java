package org.policyexplorer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.policyexplorer.domain.SourceFormat;

/**
 * The text of a Word document, one paragraph (or heading, or table row) per line, with the numbers of its
 * automatic lists put back in front of their paragraphs (see {@link ListNumbers}) — 一、 （一） 1. are list
 * numbering in most reports sent as Word files, not text, and without them the outline is lost. Headers,
 * footers (and so page numbers), footnotes and comments are not part of the body and are left out; a table's
 * row becomes one line, its cells separated by a tab.
 *
 * <p>POI is used on its safe settings: its XML parsers refuse DOCTYPE declarations (so no external entity is
 * ever read), and a .docx whose parts unpack to far more than they hold, or to more than {@link #MAX_PART}, is
 * refused as a zip bomb.
 */
final class WordText {
    /** No part of a report's .docx comes near this unpacked; a larger one is a zip bomb or not a report. */
    static final long MAX_PART = 200L * 1024 * 1024;
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private WordText() {
    }

    /** An Office Open XML word-processing document (.docx). */
    static DecodedText docx(byte[] bytes, String fileName) throws ImportRejectedException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Docx reader = new Docx(doc);
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                reader.append(element, lines);
            }
            return new DecodedText(String.join("\n", lines), SourceFormat.DOCX.encoding());
        } catch (IOException | RuntimeException e) {
            throw rejected(e, fileName);
        }
    }

    /** A Word 97–2003 binary document (.doc). */
    static DecodedText doc(POIFSFileSystem fs, String fileName) throws ImportRejectedException {
        try (HWPFDocument doc = new HWPFDocument(fs)) {
            return new DecodedText(String.join("\n", docLines(doc)), SourceFormat.DOC.encoding());
        } catch (OldWordFileFormatException e) {
            throw new ImportRejectedException(ImportProblem.OLD_WORD, fileName, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw rejected(e, fileName);
        }
    }

    /** What a failure of POI means to the user: a password, a zip bomb, or a damaged file. */
    private static ImportRejectedException rejected(Exception e, String fileName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new ImportRejectedException(ImportProblem.ENCRYPTED, fileName, t.getMessage());
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected") || message.contains("exceeds the max")) {
                return new ImportRejectedException(ImportProblem.UNPACKS_TOO_LARGE, fileName, message);
            }
        }
        return new ImportRejectedException(ImportProblem.CORRUPT, fileName, e.toString());
    }

    /** Reads the body of a .docx, counting its lists as it goes. */
    private static final class Docx {
        private final XWPFNumbering numbering;
        private final XWPFStyles styles;
        private final ListNumbers lists = new ListNumbers();
        private final Map<BigInteger, ListNumbers.Level[]> levels = new HashMap<>();

        Docx(XWPFDocument doc) {
            this.numbering = doc.getNumbering();
            this.styles = doc.getStyles();
        }

        void append(IBodyElement element, List<String> lines) {
            if (element instanceof XWPFParagraph p) {
                lines.add(paragraph(p));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        List<String> inCell = new ArrayList<>();
                        for (IBodyElement inner : cell.getBodyElements()) {
                            append(inner, inCell);
                        }
                        cells.add(String.join(" ", inCell).replace('\n', ' ').replace('\t', ' ').strip());
                    }
                    lines.add(String.join("\t", cells));
                }
            } else if (element instanceof XWPFSDT sdt) {
                lines.add(sdt.getContent().getText());
            }
        }

        private String paragraph(XWPFParagraph p) {
            String text = NOTE_MARK.matcher(p.getText()).replaceAll("");
            String label = label(p);
            return label.isEmpty() ? text : label + separator(label, text) + text;
        }

        /** The paragraph's list number, from its own numbering or its style's; "" when it has none. */
        private String label(XWPFParagraph p) {
            CTNumPr numPr = numPr(p);
            if (numbering == null || numPr == null || numPr.getNumId() == null) {
                return "";
            }
            BigInteger numId = numPr.getNumId().getVal();
            int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
            XWPFNum num = numId == null || numId.signum() == 0 ? null : numbering.getNum(numId);
            if (num == null) {
                return "";
            }
            CTNum ct = num.getCTNum();
            BigInteger abstractId = abstractNumId(ct);
            if (abstractId == null) {
                return "";
            }
            ListNumbers.Level[] defs = levels.computeIfAbsent(abstractId, this::levels);
            Map<Integer, Integer> overrides = new HashMap<>();
            ListNumbers.Level[] used = defs;
            for (CTNumLvl override : ct.getLvlOverrideArray()) {
                int lvl = override.getIlvl().intValue();
                if (override.isSetStartOverride()) {
                    overrides.put(lvl, override.getStartOverride().getVal().intValue());
                }
                if (override.isSetLvl() && lvl >= 0 && lvl < ListNumbers.LEVELS) {
                    if (used == defs) {
                        used = defs.clone();
                    }
                    used[lvl] = level(override.getLvl());
                }
            }
            return lists.next(abstractId, numId, overrides, used, level);
        }

        /** The abstract list a list instance counts in, following a numbering style's link once. */
        private BigInteger abstractNumId(CTNum ct) {
            if (ct.getAbstractNumId() == null) {
                return null;
            }
            BigInteger id = ct.getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(id);
            if (abs != null && abs.getCTAbstractNum().isSetNumStyleLink() && styles != null) {
                XWPFStyle style = styles.getStyle(abs.getCTAbstractNum().getNumStyleLink().getVal());
                CTPPrGeneral ppr = style == null ? null : style.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetNumPr() && ppr.getNumPr().getNumId() != null) {
                    XWPFNum linked = numbering.getNum(ppr.getNumPr().getNumId().getVal());
                    if (linked != null && linked.getCTNum().getAbstractNumId() != null) {
                        return linked.getCTNum().getAbstractNumId().getVal();
                    }
                }
            }
            return id;
        }

        private ListNumbers.Level[] levels(BigInteger abstractId) {
            ListNumbers.Level[] defs = new ListNumbers.Level[ListNumbers.LEVELS];
            XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
            if (abs == null) {
                return defs;
            }
            CTAbstractNum ct = abs.getCTAbstractNum();
            for (CTLvl lvl : ct.getLvlArray()) {
                int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (i >= 0 && i < defs.length) {
                    defs[i] = level(lvl);
                }
            }
            return defs;
        }

        private static ListNumbers.Level level(CTLvl lvl) {
            int start = lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
            String format = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
            String text = lvl.isSetLvlText() ? lvl.getLvlText().getVal() : "";
            boolean legal = lvl.isSetIsLgl() && !"false".equals(String.valueOf(lvl.getIsLgl().getVal()))
                    && !"0".equals(String.valueOf(lvl.getIsLgl().getVal()));
            return new ListNumbers.Level(start, format, text, legal);
        }

        /** The paragraph's own numbering, else the first numbering of its style and the styles it is based on. */
        private CTNumPr numPr(XWPFParagraph p) {
            CTPPr ppr = p.getCTP().getPPr();
            if (ppr != null && ppr.isSetNumPr()) {
                return ppr.getNumPr();
            }
            String styleId = p.getStyleID();
            for (int depth = 0; styleId != null && styles != null && depth < 16; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) {
                    return null;
                }
                CTPPrGeneral general = style.getCTStyle().getPPr();
                if (general != null && general.isSetNumPr()) {
                    return general.getNumPr();
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }
    }

    /** Between a list number and its paragraph: nothing after punctuation (一、 （一） 1.), else a space. */
    private static String separator(String label, String text) {
        char last = label.charAt(label.length() - 1);
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) || "、．.）)：:，,】]".indexOf(last) >= 0) {
            return "";
        }
        return " ";
    }

    /** The lines of a .doc's main text: paragraphs, list numbers, table rows. */
    private static List<String> docLines(HWPFDocument doc) {
        Range range = doc.getRange();
        ListNumbers lists = new ListNumbers();
        Map<Integer, ListNumbers.Level[]> levelsByList = new HashMap<>();
        List<String> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String raw = p.text();
            boolean endsCell = raw.endsWith("\u0007");
            String text = docText(raw);
            String label = docLabel(p, lists, levelsByList);
            if (!label.isEmpty()) {
                text = label + separator(label, text) + text;
            }
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    if (cell.length() > 0) {
                        cells.add(cell.toString().strip());
                        cell.setLength(0);
                    }
                    lines.add(String.join("\t", cells));
                    cells.clear();
                    continue;
                }
                if (cell.length() > 0) {
                    cell.append(' ');
                }
                cell.append(text.replace('\n', ' ').replace('\t', ' '));
                if (endsCell) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                }
                continue;
            }
            lines.add(text);
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString().strip());
            lines.add(String.join("\t", cells));
        }
        return lines;
    }

    private static String docLabel(Paragraph p, ListNumbers lists, Map<Integer, ListNumbers.Level[]> levelsByList) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return ""; // a list reference to nothing: the paragraph is shown without a number
        }
        if (list == null) {
            return "";
        }
        int lsid = list.getLsid();
        ListNumbers.Level[] levels = levelsByList.computeIfAbsent(lsid, id -> {
            ListNumbers.Level[] defs = new ListNumbers.Level[ListNumbers.LEVELS];
            for (char lvl = 0; lvl < defs.length; lvl++) {
                try {
                    defs[lvl] = new ListNumbers.Level(list.getStartAt(lvl),
                            ListNumbers.docFormat(list.getNumberFormat(lvl)), list.getNumberText(lvl), false);
                } catch (RuntimeException e) {
                    break; // a simple list has one level
                }
            }
            return defs;
        });
        Map<Integer, Integer> overrides = new HashMap<>();
        for (char lvl = 0; lvl < ListNumbers.LEVELS; lvl++) {
            try {
                if (list.isStartAtOverridden(lvl)) {
                    overrides.put((int) lvl, list.getStartAt(lvl));
                }
            } catch (RuntimeException e) {
                break;
            }
        }
        return lists.next(lsid, "lfo" + p.getIlfo(), overrides, levels, p.getIlvl());
    }

    /**
     * A .doc paragraph's characters as text: a field shows its result (not its code), breaks become line
     * breaks, non-breaking hyphens hyphens, and marks of pictures, notes and cells disappear.
     */
    static String docText(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        // per open field: true while in its code (before U+0014), false in its result
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0013') {
                fields.push(true);
                continue;
            }
            if (c == '\u0014') {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(false);
                }
                continue;
            }
            if (c == '\u0015') {
                if (!fields.isEmpty()) {
                    fields.pop();
                }
                continue;
            }
            if (fields.contains(true)) {
                continue;
            }
            switch (c) {
                case '\r', '\u0007', '\u0001', '\u0002', '\u0005', '\u0008', '\u001f' -> { }
                case '\u000b', '\u000c', '\u000e' -> out.append('\n');
                case '\u001e' -> out.append('-');
                case '\u00a0' -> out.append(' ');
                default -> {
                    if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
