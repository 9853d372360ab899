package org.policyexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void countsASurrogatePairAsOneCodePoint() {
        String text = "前𠀀后𠀀尾";
        CodePointOffsets offsets = new CodePointOffsets(text);
        assertThat(offsets.toCodePoints(0)).isZero();
        assertThat(offsets.toCodePoints(1)).isEqualTo(1);
        assertThat(offsets.toCodePoints(3)).isEqualTo(2);   // after 𠀀
        assertThat(offsets.toCodePoints(text.length())).isEqualTo(5);
        assertThat(offsets.toChars(2)).isEqualTo(3);
        assertThat(offsets.toChars(4)).isEqualTo(6);
    }

    /** Random strings of CJK, ASCII, lone surrogates and pairs; a fixed seed keeps failures repeatable. */
    @Test
    void agreesWithTheJdkEverywhere() {
        Random random = new Random(20180116);
        String alphabet = "ab通州x𠀀\uD840\uDC00";
        for (int run = 0; run < 2000; run++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgrees(sb.toString());
        }
    }

    private static void assertAgrees(String text) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (int i = 0; i <= text.length(); i++) {
            boolean insidePair = i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!insidePair) {
                int cp = text.codePointCount(0, i);
                assertThat(offsets.toCodePoints(i)).isEqualTo(cp);
                assertThat(offsets.toChars(cp)).isEqualTo(i);
            }
        }
    }
}
