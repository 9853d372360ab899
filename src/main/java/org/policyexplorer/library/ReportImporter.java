package org.policyexplorer.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.policyexplorer.ingest.DecodedText;
import org.policyexplorer.ingest.DocumentReader;
import org.policyexplorer.ingest.ImportProblem;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.ingest.ParsedReport;
import org.policyexplorer.ingest.ReportParser;
import org.policyexplorer.store.ReportRepository;
import org.policyexplorer.store.ReportRepository.NewReport;

/**
 * File (text, web page, Word or PDF) → text → outline → store. Every check happens before the one transaction
 * that writes, so a rejected file leaves the store exactly as it was, and an accepted one adds exactly one
 * complete report.
 */
public final class ReportImporter {
    /** Work reports are well under 1 MB; this leaves room for collections without reading a disk image. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ReportRepository reports;
    private final DocumentReader reader = new DocumentReader();
    private final ReportParser parser = new ReportParser();

    public ReportImporter(ReportRepository reports) {
        this.reports = reports;
    }

    public ImportResult importFile(Path file) throws ImportRejectedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ImportRejectedException(ImportProblem.UNREADABLE, name, null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportRejectedException(ImportProblem.TOO_LARGE, name, Files.size(file) + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportProblem.UNREADABLE, name, e.getMessage());
        }
        return importBytes(bytes, name);
    }

    public ImportResult importStream(InputStream in, String sourceName) throws ImportRejectedException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ImportRejectedException(ImportProblem.TOO_LARGE, sourceName, null);
            }
            return importBytes(bytes, sourceName);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportProblem.UNREADABLE, sourceName, e.getMessage());
        }
    }

    public ImportResult importBytes(byte[] bytes, String sourceName) throws ImportRejectedException {
        DecodedText decoded = reader.read(bytes, sourceName);
        ParsedReport parsed = parser.parse(decoded.text());
        if (parsed.text().isEmpty()) {
            throw new ImportRejectedException(ImportProblem.EMPTY, sourceName, null);
        }
        String title = parsed.title() != null ? parsed.title() : titleFromFileName(sourceName);
        NewReport report = new NewReport(title, parsed.place(), parsed.year(), parsed.level(),
                sha256(parsed.text()), sourceName, decoded.encoding(), parsed.text(), parsed.parts(),
                parsed.partConfidence());
        ReportRepository.Stored stored = reports.insertIfAbsent(report);
        return new ImportResult(stored.report(), stored.created(), parsed.structured());
    }

    private static String titleFromFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
