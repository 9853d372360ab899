package org.policyexplorer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyexplorer.domain.Section;
import org.policyexplorer.domain.SectionKind;
import org.policyexplorer.ingest.ParsedReport;
import org.policyexplorer.ingest.ReportParser;

/**
 * A report of any size made of real ones, for measuring the reader on a report far larger than any in the
 * corpus (issue #13 asks for 20 MB): a title block and 各位代表, then parts 一、二、… each with chapters
 * （一）（二）…, the part and chapter titles and the chapter texts (topics and paragraphs as written) taken in
 * turn from the provincial reports of the corpus. Nothing is invented, so the parser gives it a real outline.
 *
 * <p>{@code java -cp target/test-classes:target/policy-explorer.jar org.policyexplorer.bench.LargeReport OUT MB}
 * writes a report of about MB megabytes of UTF-8.
 */
public final class LargeReport {
    /** Reports whose parts are 一、 with （一） chapters, the shape this report takes. */
    static final String[] SOURCES = {"report_hebei_2026.txt", "report_hainan_2026.txt", "report_jilin_2026.txt",
        "report_liaoning_2026.txt", "report_hunan_2026.txt", "report_jiangxi_2026.txt", "report_shandong_2026.txt",
        "report_gansu_2026.txt", "report_yunnan_2026.txt", "report_fujian_2026.txt"};
    /** Numerals go to three characters (九十九); at most this many parts, and chapters in a part. */
    static final int MAX_NUMBER = 99;
    /** Parts per megabyte: a 20 MB report gets 60 parts. */
    static final int PARTS_PER_MB = 3;
    /** Chapters per part: where one real chapter is too short for its share, the next ones' text joins it. */
    static final int CHAPTERS_PER_PART = 40;

    private LargeReport() {
    }

    /** A real chapter: its title (without numbering) and its body (the lines under the heading). */
    record Chapter(String title, String body) {
    }

    /** A report of about {@code bytes} bytes of UTF-8. */
    public static String ofBytes(long bytes) {
        List<String> partTitles = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        ReportParser parser = new ReportParser();
        for (String source : SOURCES) {
            ParsedReport parsed = parser.parse(read("/corpus/" + source));
            for (Section part : parsed.parts()) {
                if (part.kind() != SectionKind.PART || !part.isTitled()) {
                    continue;
                }
                boolean any = false;
                for (Section c : part.children()) {
                    if (c.kind() == SectionKind.CHAPTER && c.isTitled() && c.end() > c.headingEnd() + 1) {
                        chapters.add(new Chapter(c.title(), parsed.text().substring(c.headingEnd(), c.end()).strip()));
                        any = true;
                    }
                }
                if (any) {
                    partTitles.add(part.title());
                }
            }
        }
        int parts = (int) Math.max(2, Math.min(MAX_NUMBER, PARTS_PER_MB * bytes / 1_000_000));
        long perPart = bytes / parts;
        StringBuilder sb = new StringBuilder();
        sb.append("长卷省2026年政府工作报告\n");
        sb.append("——2026年1月20日在长卷省第十四届人民代表大会第四次会议上\n");
        sb.append("各位代表：\n");
        sb.append("现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。\n");
        int next = 0;
        for (int p = 0; p < parts; p++) {
            sb.append(numeral(p + 1)).append('、').append(partTitles.get(p % partTitles.size())).append('\n');
            long partStart = utf8Length(sb);
            for (int c = 0; c < MAX_NUMBER && utf8Length(sb) - partStart < perPart; c++) {
                Chapter chapter = chapters.get(next++ % chapters.size());
                sb.append('（').append(numeral(c + 1)).append('）').append(chapter.title()).append('\n');
                long chapterStart = utf8Length(sb);
                sb.append(chapter.body()).append('\n');
                while (utf8Length(sb) - chapterStart < perPart / CHAPTERS_PER_PART) {
                    sb.append(chapters.get(next++ % chapters.size()).body()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** UTF-8 bytes of the text so far: Chinese text is 3 bytes a character, ASCII 1; close enough counted so. */
    private static long utf8Length(StringBuilder sb) {
        return sb.length() * 3L;
    }

    /** 1 → 一, 10 → 十, 21 → 二十一, 99 → 九十九. */
    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }

    private static String read(String resource) {
        try (InputStream in = LargeReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing source report " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargeReport OUT.txt MEGABYTES");
            System.exit(2);
        }
        String text = ofBytes((long) (Double.parseDouble(args[1]) * 1_000_000));
        Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        System.out.printf("%s: %d bytes, %d characters%n", args[0], Files.size(Path.of(args[0])), text.length());
    }
}
