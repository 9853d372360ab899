package org.policyexplorer.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. Chinese government text comes as UTF-8 (with or without BOM), GB18030/GBK
 * (a superset, so GBK files read as GB18030) or UTF-16 with a BOM. Anything else, or anything that is not
 * text at all, is rejected with a reason rather than read as mojibake.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
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
            if (hasNul(bytes)) {
                throw new ImportRejectedException(ImportProblem.BINARY, fileName, "NUL bytes");
            }
            decoded = decodeStrict(bytes, StandardCharsets.UTF_8, "UTF-8");
            if (decoded == null) {
                decoded = decodeStrict(bytes, GB18030, "GB18030");
            }
            if (decoded == null) {
                throw new ImportRejectedException(ImportProblem.UNKNOWN_ENCODING, fileName, null);
            }
        }
        if (decoded.text().isBlank()) {
            throw new ImportRejectedException(ImportProblem.EMPTY, fileName, null);
        }
        if (controlShare(decoded.text()) > MAX_CONTROL_SHARE) {
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "control characters");
        }
        return decoded;
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
