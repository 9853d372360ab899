package org.policyexplorer.ingest;

/** Recognises common non-text files by their first bytes, so a renamed PDF or zip gets a clear "not text". */
final class BinarySignatures {
    private static final byte[][] SIGNATURES = {
        {'%', 'P', 'D', 'F'},
        {'P', 'K', 3, 4},
        {(byte) 0x89, 'P', 'N', 'G'},
        {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},   // OLE: .doc, .xls
        {0x7F, 'E', 'L', 'F'},
        {'R', 'a', 'r', '!'},
        {0x1F, (byte) 0x8B},                            // gzip
        {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'},
    };

    private BinarySignatures() {
    }

    static boolean looksBinary(byte[] bytes) {
        for (byte[] signature : SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes begin with the prefix (a file's magic number). */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
