package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyexplorer.TestReports;

/**
 * Re-anchoring on new versions of the seed report made by the kind of revision a drafting office makes:
 * a paragraph moved and its figures corrected, a term replaced throughout and a sentence rewritten around
 * a passage, a heading deleted. The expected places are the passages as the revision wrote them.
 */
class AnchoringTest {
    private static final String SEED = TestReports.seed();

    @Test
    void aParagraphMovedFarAndWithCorrectedFiguresIsFoundWhole() {
        String paragraph = line("对接上海全面拓展。");
        String lastOfReview = line("社会大局和谐稳定。");
        int oldStart = SEED.indexOf(paragraph);
        Quote quote = Quote.of(SEED, oldStart, oldStart + paragraph.length());
        String corrected = paragraph.replace("100余场", "120余场").replace("52个", "58个");
        String next = SEED.replace(paragraph + "\n", "")
                .replace(lastOfReview + "\n", lastOfReview + "\n" + corrected + "\n");
        int newStart = next.indexOf(corrected);
        // what makes it hard: neither side of the remembered context is beside the passage any more
        assertThat(next).doesNotContain(quote.prefix() + corrected.substring(0, 4))
                .doesNotContain(corrected.substring(corrected.length() - 4) + quote.suffix());
        assertThat(newStart - oldStart).as("moved by many times its length").isGreaterThan(6 * paragraph.length());

        Anchoring.Place place = Anchoring.locate(next, quote, oldStart, SEED.length()).orElseThrow();
        assertThat(next.substring(place.start(), place.end())).isEqualTo(corrected);
        assertThat(place.start()).isEqualTo(newStart);
    }

    @Test
    void ofTwoCopiesOfAnEditedPassageTheOneNearTheOldPlaceWins() {
        String passage = "电子信息、智能装备、汽车及零部件等产业";
        int first = SEED.indexOf(passage);
        int second = SEED.indexOf(passage, first + 1);
        assertThat(second).as("the seed says it twice").isPositive();
        Quote quote = Quote.of(SEED, second, second + passage.length());
        // the revision renames a term everywhere, rewrites the sentence around the second copy and adds a
        // sentence to the paragraph before it
        String next = SEED.replace("智能装备", "高端装备")
                .replace("发展壮大电子信息、高端装备、汽车及零部件等产业。",
                        "重点发展电子信息、高端装备、汽车及零部件等产业,打造千亿级先进制造业集群。")
                .replace("提高孵化毕业率和成功率。", "提高孵化毕业率和成功率。新建市级以上众创空间三家,"
                        + "引进科技型中小企业五十家以上,培育高新技术企业三十家。深化与高校院所合作,共建新型研发机构"
                        + "两家,新增省级工程技术研究中心五家、企业技术中心八家。完善科技金融服务体系,设立天使投资"
                        + "引导基金,撬动社会资本投向初创期科技企业。");
        String edited = "电子信息、高端装备、汽车及零部件等产业";
        int nearCopy = next.lastIndexOf(edited);
        int farCopy = next.indexOf(edited);
        assertThat(farCopy).isLessThan(nearCopy);
        assertThat(nearCopy - second).as("shifted by several times its length").isGreaterThan(5 * passage.length());
        assertThat(next).doesNotContain(quote.prefix().substring(quote.prefix().length() - 4) + edited)
                .doesNotContain(edited + quote.suffix().substring(0, 4));

        Anchoring.Place place = Anchoring.locate(next, quote, second, SEED.length()).orElseThrow();
        assertThat(place.start()).isEqualTo(nearCopy);
        assertThat(next.substring(place.start(), place.end())).isEqualTo(edited);
    }

    @Test
    void aDeletedStockPhraseDoesNotLandOnALikeOneFurtherOn() {
        String report = TestReports.corpus("report_city_baoding_2014.txt");
        String heading = "三是首都服务功能承接区";
        int oldStart = report.indexOf(heading);
        Quote quote = Quote.of(report, oldStart, oldStart + heading.length());
        String next = report.replace(heading + "。", "");
        // the same paragraph goes on to "…养老服务功能承接区": 0.6 alike, a few lines on
        int like = next.indexOf("养老服务功能承接区", oldStart) - 2;
        assertThat(like - oldStart).isBetween(heading.length() + 1, 200);

        assertThat(Anchoring.locate(next, quote, oldStart, report.length())).isEmpty();
    }

    private static String line(String start) {
        return SEED.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
