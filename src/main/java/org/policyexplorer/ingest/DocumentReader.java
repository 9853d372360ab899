package org.policyexplorer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Any file a report comes in, to its text: plain text and HTML ({@link TextDecoder}), Word (.docx, .doc:
 * {@link WordText}) and PDF ({@link PdfText}). The format is told by the file's bytes, not its name — a
 * report saved as a web page and named .doc (as many sites serve them) is read as the web page it is — and a
 * file that is not what its name says, or that cannot be read, is refused with the reason.
 */
public final class DocumentReader {
    private final TextDecoder decoder = new TextDecoder();

    public DecodedText read(byte[] bytes, String fileName) throws ImportRejectedException {
        String extension = extension(fileName);
        if (isPdf(bytes)) {
            return PdfText.extract(bytes, fileName);
        }
        if (BinarySignatures.startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zip(bytes, fileName);
        }
        if (BinarySignatures.startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return ole(bytes, fileName);
        }
        if (BinarySignatures.startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            throw new ImportRejectedException(ImportProblem.RTF, fileName, null);
        }
        try {
            return decoder.decode(bytes, fileName);
        } catch (ImportRejectedException e) {
            boolean document = extension.equals("docx") || extension.equals("doc") || extension.equals("pdf");
            if (document && e.problem() == ImportProblem.BINARY) {
                // named as a Word or PDF file, and neither that nor text: damaged
                throw new ImportRejectedException(ImportProblem.CORRUPT, fileName, "not a " + extension + " file");
            }
            throw e;
        }
    }

    /**
     * A zip: a .docx has a word/ part; any other zip (a spreadsheet, an archive) holds no report text. The part
     * names are read from the zip's headers, where they stand in plain bytes, without unpacking anything.
     */
    private static DecodedText zip(byte[] bytes, String fileName) throws ImportRejectedException {
        if (contains(bytes, "word/".getBytes(StandardCharsets.US_ASCII)) || extension(fileName).equals("docx")) {
            return WordText.docx(bytes, fileName);
        }
        boolean office = contains(bytes, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII));
        throw new ImportRejectedException(ImportProblem.BINARY, fileName,
                office ? "an Office file that is not a Word document" : "a zip archive");
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** An OLE2 compound file: a .doc, an encrypted .docx (its package inside, behind a password), or else. */
    private static DecodedText ole(byte[] bytes, String fileName) throws ImportRejectedException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(ImportProblem.CORRUPT, fileName, e.toString());
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ImportRejectedException(ImportProblem.ENCRYPTED, fileName, "encrypted Office package");
            }
            if (root.hasEntry("WordDocument")) {
                return WordText.doc(fs, fileName);
            }
            throw new ImportRejectedException(ImportProblem.BINARY, fileName, "an Office file that is not Word");
        } catch (IOException e) {
            throw new ImportRejectedException(ImportProblem.CORRUPT, fileName, e.toString());
        }
    }

    /** A PDF starts with %PDF-, though some writers put a few bytes before it (the standard allows 1,024). */
    static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }


    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
