package org.policyexplorer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.policyexplorer.domain.SourceFormat;

/**
 * The text of a PDF, as a report's lines: PDFBox's text sorted by position on the page, then put together the
 * way a reader sees it. Running heads, footers and page numbers (lines at a page's top or bottom that come
 * back on most pages, or that are a page number) are dropped; lines broken by the page width are joined back
 * into paragraphs (see {@link #joins}); the gaps PDFBox reads between Han characters, and between Han
 * characters and digits, are not spaces; compatibility characters such as Kangxi radicals are folded to the
 * characters they stand for ({@link CompatibilityCharacters}).
 *
 * <p>A PDF whose text cannot be read is refused rather than stored as garbage: one that is mostly images
 * without text (a scan: OCR it first), one whose fonts have no Unicode map (glyphs without a character, or
 * Latin letters where a Chinese report has Han characters), one with a password, one of more than
 * {@link #MAX_PAGES} pages.
 */
final class PdfText {
    /** A work report has well under 200 pages; 1,000 leaves room for a report with its annexes. */
    static final int MAX_PAGES = 1000;
    /** A page with fewer visible characters than this has no text layer to speak of. */
    private static final int MIN_PAGE_CHARS = 20;
    /** More glyphs without a character than this share, and the text is not the document's. */
    private static final double MAX_UNMAPPED_SHARE = 0.05;
    /** Lines in this share of the page height at its top and bottom may be running heads and footers. */
    private static final double MARGIN_BAND = 0.12;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—–－_·•]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*\\d{1,4})?(?:\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "[\\s\\-—–－_·•]*|(?i)page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?");
    /** A line that opens with an outline number starts a heading, never continues a paragraph. */
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:第[一二三四五六七八九十百]+(?:部分|章|节|条)|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]"
                    + "|\\d{1,2}[、．.](?!\\d)|[（(]\\d{1,2}[）)]|附件)");
    private static final String STOPS = "。！？：；!?:;";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF60\\u2014\\u2018-\\u201F\\u2026])"
                    + " +(?=[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF60\\u2014\\u2018-\\u201F\\u2026])");

    private PdfText() {
    }

    static DecodedText extract(byte[] bytes, String fileName) throws ImportRejectedException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new ImportRejectedException(ImportProblem.ENCRYPTED, fileName, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(ImportProblem.CORRUPT, fileName, e.toString());
        }
        try (doc) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ImportRejectedException(ImportProblem.TOO_MANY_PAGES, fileName, pages + " pages");
            }
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.writeText(doc, Writer.nullWriter());
            judge(collector, fileName);
            List<Line> lines = withoutRunningLines(collector.pages);
            String text = joins(lines);
            text = SPACE_BETWEEN_CJK.matcher(text).replaceAll("");
            return new DecodedText(CompatibilityCharacters.fold(text), SourceFormat.PDF.encoding());
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(ImportProblem.CORRUPT, fileName, e.toString());
        }
    }

    /** Refuses what has no usable text layer: a scan, or fonts without Unicode maps. */
    private static void judge(Collector c, String fileName) throws ImportRejectedException {
        if (c.glyphs > 0 && (double) c.unmapped / c.glyphs > MAX_UNMAPPED_SHARE) {
            throw new ImportRejectedException(ImportProblem.NO_UNICODE, fileName,
                    c.unmapped + " of " + c.glyphs + " glyphs without a character");
        }
        if (c.glyphs > 0 && (double) c.withoutMap / c.glyphs > 0.5 && hanShare(c.pages) < 0.3) {
            throw new ImportRejectedException(ImportProblem.NO_UNICODE, fileName,
                    "fonts without ToUnicode give no Han characters");
        }
        int textPages = 0;
        int imageOnly = 0;
        for (Page page : c.pages) {
            int chars = 0;
            for (Line line : page.lines) {
                chars += line.visible();
            }
            if (chars >= MIN_PAGE_CHARS) {
                textPages++;
            } else if (page.images) {
                imageOnly++;
            }
        }
        if (textPages * 2 < c.pages.size()) {
            if (imageOnly > 0 && imageOnly * 2 >= c.pages.size() - textPages) {
                throw new ImportRejectedException(ImportProblem.SCANNED, fileName,
                        imageOnly + " of " + c.pages.size() + " pages are images without text");
            }
            if (textPages == 0) {
                throw new ImportRejectedException(ImportProblem.NO_TEXT, fileName, "no text in the PDF");
            }
        }
    }

    private static double hanShare(List<Page> pages) {
        long han = 0;
        long letters = 0;
        for (Page page : pages) {
            for (Line line : page.lines) {
                for (int i = 0; i < line.text.length(); i++) {
                    char ch = line.text.charAt(i);
                    if (Character.isLetter(ch)) {
                        letters++;
                        if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                            han++;
                        }
                    }
                }
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }

    /**
     * Drops running heads, footers and page numbers: lines in the band at a page's top or bottom that are a page
     * number, or that come back (digits aside) on at least half the pages (and on two at least) — but not where
     * such a line is set larger than the running head: the report's own title at the top of its first page.
     */
    static List<Line> withoutRunningLines(List<Page> pages) {
        Map<String, Integer> seenOn = new HashMap<>();
        Map<String, Double> smallest = new HashMap<>();
        for (Page page : pages) {
            Set<String> here = new HashSet<>();
            for (Line line : page.lines) {
                if (page.inBand(line)) {
                    here.add(line.signature());
                    smallest.merge(line.signature(), line.em, Math::min);
                }
            }
            here.forEach(s -> seenOn.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<Line> kept = new ArrayList<>();
        for (Page page : pages) {
            for (Line line : page.lines) {
                String signature = line.signature();
                boolean repeated = !signature.isEmpty() && seenOn.getOrDefault(signature, 0) >= needed
                        && line.em <= smallest.get(signature) * 1.1;
                boolean running = page.inBand(line) && (PAGE_NUMBER.matcher(line.text.strip()).matches() || repeated);
                if (!running && !line.text.isBlank()) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    /**
     * Joins the lines that the page width broke back into paragraphs. A line continues the previous one when
     * the previous line runs to the right edge of the text, the two are set in the same size, the line does not
     * open with an outline number (一、 （一） 1.), and — where the document marks paragraphs by indenting their
     * first line — it is not indented, or — where it does not — the previous line ends without 。！？：；.
     */
    static String joins(List<Line> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        Edges edges = new Edges(lines);
        boolean indents = edges.paragraphsIndent(lines);
        StringBuilder out = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null) {
                boolean join = edges.full(previous) && sameSize(previous, line)
                        && !HEADING_START.matcher(line.text.strip()).find()
                        && (indents ? !edges.indented(line) : !endsSentence(previous.text));
                if (join) {
                    char a = lastChar(out);
                    char b = line.text.strip().isEmpty() ? ' ' : line.text.strip().charAt(0);
                    if (isAsciiWord(a) && isAsciiWord(b)) {
                        out.append(' ');
                    }
                    out.append(line.text.strip());
                    previous = line;
                    continue;
                }
                out.append('\n');
            }
            out.append(line.text.strip());
            previous = line;
        }
        return out.toString();
    }

    private static boolean sameSize(Line a, Line b) {
        return Math.abs(a.em - b.em) <= 0.15 * Math.max(a.em, b.em);
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        int i = t.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && STOPS.indexOf(t.charAt(i)) >= 0;
    }

    private static char lastChar(CharSequence s) {
        return s.length() == 0 ? ' ' : s.charAt(s.length() - 1);
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Han characters, CJK punctuation and full-width forms: a gap before or after one is no space. */
    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF'
                || c >= '\u2010' && c <= '\u2027' || c == '\u00B7' || c >= '\u2E80' && c <= '\u2FDF';
    }

    /** Where a page's text lines start and end: its left edge, the right edge full lines reach, its em. */
    private static final class Edges {
        private final Map<Integer, double[]> byPage = new HashMap<>();
        private final double[] document;

        Edges(List<Line> lines) {
            Map<Integer, List<Line>> pages = new HashMap<>();
            for (Line line : lines) {
                pages.computeIfAbsent(line.page, p -> new ArrayList<>()).add(line);
            }
            document = edges(lines, null);
            pages.forEach((page, onPage) -> byPage.put(page, edges(onPage, document)));
        }

        /** left, right: the most common start and end of a line with some length; the document's where few. */
        private static double[] edges(List<Line> lines, double[] fallback) {
            Map<Long, Integer> starts = new HashMap<>();
            Map<Long, Integer> ends = new HashMap<>();
            int counted = 0;
            for (Line line : lines) {
                if (line.visible() >= 6) {
                    starts.merge(Math.round(line.x0), 1, Integer::sum);
                    ends.merge(Math.round(line.x1), 1, Integer::sum);
                    counted++;
                }
            }
            if (counted < 4 && fallback != null) {
                return fallback;
            }
            return new double[] {mode(starts, 0), mode(ends, 0)};
        }

        private static double mode(Map<Long, Integer> counts, double otherwise) {
            long best = 0;
            int bestCount = -1;
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                // nearby positions count together (rounding splits 520.6 and 521.4)
                int n = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
                if (n > bestCount || n == bestCount && e.getKey() > best) {
                    best = e.getKey();
                    bestCount = n;
                }
            }
            return bestCount < 0 ? otherwise : best;
        }

        private double[] of(Line line) {
            return byPage.getOrDefault(line.page, document);
        }

        boolean full(Line line) {
            return line.x1 >= of(line)[1] - 1.5 * line.em;
        }

        boolean indented(Line line) {
            return line.x0 > of(line)[0] + 0.5 * line.em;
        }

        /** Whether the lines after a paragraph's end mostly start indented: then indents mark paragraphs. */
        boolean paragraphsIndent(List<Line> lines) {
            int starts = 0;
            int indented = 0;
            for (int i = 1; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (!full(lines.get(i - 1)) && line.visible() >= 6 && !HEADING_START.matcher(line.text).find()) {
                    starts++;
                    if (indented(line)) {
                        indented++;
                    }
                }
            }
            return starts > 0 && indented * 2 >= starts;
        }
    }

    /** One line of text as PDFBox put it together: its words, where it starts and ends, its em. */
    static final class Line {
        final int page;
        final String text;
        final double x0;
        final double x1;
        final double y;
        final double em;

        Line(int page, String text, double x0, double x1, double y, double em) {
            this.page = page;
            this.text = text;
            this.x0 = x0;
            this.x1 = x1;
            this.y = y;
            this.em = em;
        }

        int visible() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        /** The line without digits and spaces: the same running head on every page, whatever its page number. */
        String signature() {
            return text.replaceAll("[\\d\\s\\u3000]", "");
        }
    }

    /** One page's lines, top to bottom, with its height and whether it shows images. */
    static final class Page {
        final double height;
        final boolean images;
        final List<Line> lines = new ArrayList<>();

        Page(double height, boolean images) {
            this.height = height;
            this.images = images;
        }

        boolean inBand(Line line) {
            return line.y <= height * MARGIN_BAND || line.y >= height * (1 - MARGIN_BAND);
        }
    }

    /** PDFBox's text stripper, keeping each line's words with their positions and counting unmapped glyphs. */
    private static final class Collector extends PDFTextStripper {
        final List<Page> pages = new ArrayList<>();
        private final List<Word> words = new ArrayList<>();
        private boolean gap;
        private final Map<PDFont, Boolean> withoutUnicodeMap = new java.util.IdentityHashMap<>();
        int glyphs;
        int unmapped;
        int withoutMap;

        private record Word(String text, double x0, double x1, double y, double em, boolean gapBefore) {
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new Page(page.getMediaBox().getHeight(), hasImages(page.getResources(), 0)));
            super.startPage(page);
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            glyphs++;
            String unicode = font.toUnicode(code, GlyphList.getAdobeGlyphList());
            if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0 || controlOrPrivate(unicode)) {
                unmapped++;
            }
            if (withoutUnicodeMap.computeIfAbsent(font, f -> !f.getCOSObject().containsKey(COSName.TO_UNICODE)
                    && !f.isStandard14() && !(f instanceof PDType0Font t0 && t0.getCMapUCS2() != null))) {
                withoutMap++;
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        private static boolean controlOrPrivate(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(Character.isISOControl(c) || c >= '\uE000' && c <= '\uF8FF')) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            List<Double> hanWidths = new ArrayList<>();
            for (TextPosition p : positions) {
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                String u = p.getUnicode();
                if (u != null && !u.isEmpty() && Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HAN) {
                    hanWidths.add((double) p.getWidthDirAdj());
                }
            }
            double em = hanWidths.isEmpty() ? positions.get(0).getFontSizeInPt() : median(hanWidths);
            words.add(new Word(text, x0, x1, positions.get(0).getYDirAdj(), em, gap));
            gap = false;
        }

        @Override
        protected void writeWordSeparator() {
            gap = true;
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        private void endLine() {
            gap = false;
            if (words.isEmpty() || pages.isEmpty()) {
                words.clear();
                return;
            }
            StringBuilder text = new StringBuilder();
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            List<Double> ems = new ArrayList<>();
            for (Word w : words) {
                if (w.gapBefore() && text.length() > 0 && !w.text().isEmpty()) {
                    char a = text.charAt(text.length() - 1);
                    char b = w.text().charAt(0);
                    if (!isCjk(a) && !isCjk(b) && !Character.isWhitespace(a) && !Character.isWhitespace(b)) {
                        text.append(' ');
                    }
                }
                text.append(w.text());
                x0 = Math.min(x0, w.x0());
                x1 = Math.max(x1, w.x1());
                for (int i = 0; i < w.text().length(); i++) {
                    ems.add(w.em());
                }
            }
            Page page = pages.get(pages.size() - 1);
            page.lines.add(new Line(pages.size() - 1, text.toString(), x0, x1, words.get(0).y(), median(ems)));
            words.clear();
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }

        /** Whether the page (or a form it draws, two levels down) holds an image. */
        private static boolean hasImages(PDResources resources, int depth) throws IOException {
            if (resources == null || depth > 2) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) {
                    return true;
                }
                if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
