package org.policyexplorer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Distinct synthetic reports for benchmarks, recombined from the paragraphs of the real reports bundled for
 * this purpose (the seed and the corpus): each keeps the headings of a real report, so the parser gives it
 * a real outline, and draws its paragraphs from all of them.
 */
public final class SyntheticCorpus {
    /** The real reports, as resources in the jar. */
    static final String[] SOURCES = {"/seeds/tongzhou-2018-government-work-report.txt",
        "/corpus/report_hailar_2017.txt", "/corpus/report_hailar_2018.txt", "/corpus/report_guangdong_2022.txt",
        "/corpus/report_liaoning_2026.txt", "/corpus/report_hainan_2026.txt", "/corpus/report_jilin_2026.txt"};
    /** Paragraphs per synthetic report, about the size of a district report's body. */
    static final int PARAGRAPHS = 30;

    private final List<List<String>> reports = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final Random random;

    public SyntheticCorpus(long seed) {
        random = new Random(seed);
        for (String source : SOURCES) {
            List<String> lines = read(source).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            reports.add(lines);
            lines.stream().filter(l -> l.length() > 60).forEach(paragraphs::add);
        }
    }

    public int poolSize() {
        return paragraphs.size();
    }

    /** Report number n: a real report's headings and a random draw of paragraphs, with a unique first line. */
    public String report(int n) {
        List<String> template = reports.get(random.nextInt(reports.size()));
        StringBuilder sb = new StringBuilder();
        sb.append("合成报告第").append(n).append("号\n");
        int budget = PARAGRAPHS;
        for (String line : template) {
            boolean heading = line.length() <= 40 && !line.contains("。");
            if (heading) {
                sb.append(line).append('\n');
            } else if (budget > 0 && random.nextInt(3) == 0) {
                sb.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
                budget--;
            }
        }
        return sb.toString();
    }

    private static String read(String resource) {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark source " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
