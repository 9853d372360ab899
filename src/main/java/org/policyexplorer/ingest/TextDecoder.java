package org.policyexplorer.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text. Chinese government text comes as UTF-8 (with or without BOM), GB18030/GBK
 * (a superset, so GBK files read as GB18030), Big5, or UTF-16 with or without a BOM. A detector guesses and a
 * plausibility check confirms; anything else, or anything that is not text at all, is rejected with a reason
 * rather than read as mojibake.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** More control characters than this share of the text means it is not prose. */
    private static final double MAX_CONTROL_SHARE = 0.001;

    public DecodedText decode(byte[] bytes, String fileName) throws ImportRejectedException {
        if (bytes.length == 0) {
            throw new ImportRejectedException(ImportProblem.EMPTY, fileName, null);
        }
        if (BinarySignatures.looksBinary(bytes)) {
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "signature");
        }
        if (HtmlText.looksLikeHtml(bytes)) {
            return html(bytes, fileName);
        }
        DecodedText decoded = decodeByBom(bytes);
        if (decoded == null) {
            decoded = decodeWithoutBom(bytes, fileName);
        }
        if (decoded.text().isBlank()) {
            throw new ImportRejectedException(ImportProblem.EMPTY, fileName, null);
        }
        if (controlShare(decoded.text()) > MAX_CONTROL_SHARE) {
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "control characters");
        }
        return decoded;
    }

    /**
     * Without a BOM: UTF-16 where its zero bytes give it away, else strict UTF-8, else the encoding the
     * detector names and then GB18030 and Big5, each taken only when what it decodes to is plausible
     * (see {@link TextPlausibility}). Bytes that are text in none of them are refused, never stored as mojibake.
     */
    private static DecodedText decodeWithoutBom(byte[] bytes, String fileName) throws ImportRejectedException {
        if (hasNul(bytes)) {
            // zero bytes: UTF-16 without a BOM, or not text at all
            DecodedText utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return utf16;
            }
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "NUL bytes");
        }
        boolean anyDecoded = false;
        double bestOrdinary = 0;
        for (Charset charset : candidates(bytes)) {
            DecodedText text = decodeStrict(bytes, charset, charset.name());
            if (text == null) {
                continue;
            }
            anyDecoded = true;
            if (TextPlausibility.plausible(text.text(), charset.name())) {
                return text;
            }
            bestOrdinary = Math.max(bestOrdinary, TextPlausibility.ordinaryShare(text.text()));
        }
        if (!anyDecoded || bestOrdinary < TextPlausibility.MIN_ORDINARY) {
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "not text in any supported encoding");
        }
        throw new ImportRejectedException(ImportProblem.UNKNOWN_ENCODING, fileName, null);
    }

    /** UTF-8 first (it almost never decodes by accident), then the detector's guess, then GB18030 and Big5. */
    private static List<Charset> candidates(byte[] bytes) {
        Set<Charset> order = new LinkedHashSet<>();
        order.add(StandardCharsets.UTF_8);
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null) {
            String g = guess.toUpperCase(java.util.Locale.ROOT);
            if (g.startsWith("GB") || g.equals("HZ-GB-2312")) {
                order.add(GB18030);
            } else if (g.startsWith("BIG5") || g.equals("EUC-TW")) {
                order.add(BIG5);
            }
        }
        order.add(GB18030);
        order.add(BIG5);
        return List.copyOf(order);
    }

    /**
     * UTF-16 without a BOM (it has zero bytes, which 8-bit text never has): read in both byte orders, the
     * right one gives Chinese text and ASCII, the wrong one a scatter over unrelated scripts.
     */
    private static DecodedText utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            DecodedText text = decodeStrict(bytes, order, order.name());
            if (text != null && TextPlausibility.chineseShare(text.text()) >= TextPlausibility.MIN_ORDINARY
                    && TextPlausibility.plausible(text.text(), order.name())) {
                return text;
            }
        }
        return null;
    }

    private static DecodedText html(byte[] bytes, String fileName) throws ImportRejectedException {
        try {
            DecodedText page = HtmlText.extract(bytes, fileName);
            if (page.text().isBlank() || page.text().codePoints().filter(Character::isIdeographic).count() < 20) {
                throw new ImportRejectedException(ImportProblem.NO_TEXT, fileName, "no report text in the page");
            }
            return page;
        } catch (java.io.IOException e) {
            throw new ImportRejectedException(ImportProblem.UNREADABLE, fileName, e.getMessage());
        }
    }

    private static DecodedText decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strictOrNull(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strictOrNull(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strictOrNull(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        }
        return null;
    }

    private static DecodedText strictOrNull(byte[] b, int skip, Charset charset, String name) {
        byte[] rest = java.util.Arrays.copyOfRange(b, skip, b.length);
        DecodedText decoded = decodeStrict(rest, charset, name);
        // a BOM followed by undecodable bytes is still that encoding, damaged: read what can be read
        return decoded != null ? decoded : new DecodedText(new String(rest, charset), name);
    }

    private static DecodedText decodeStrict(byte[] bytes, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return new DecodedText(chars.toString(), name);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }
}
