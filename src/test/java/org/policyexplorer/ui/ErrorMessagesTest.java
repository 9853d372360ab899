package org.policyexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyexplorer.app.Messages;
import org.policyexplorer.ingest.ImportProblem;
import org.policyexplorer.ingest.ImportRejectedException;
import org.policyexplorer.store.StoreException;
import org.policyexplorer.app.ErrorMessages;

/** Failures in the user's words: no English exception text inside the Chinese messages. */
class ErrorMessagesTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void storeFailuresDoNotShowJdbcText() {
        String text = ErrorMessages.describe(zh, new RuntimeException(
                new StoreException("write failed: [SQLITE_BUSY] The database file is locked", null)));
        assertThat(text).contains("文库").doesNotContain("SQLITE").doesNotContain("locked");
    }

    @Test
    void importProblemsAndFilesAreNamed() {
        assertThat(ErrorMessages.describe(zh, new ImportRejectedException(ImportProblem.BINARY, "x.pdf", "signature")))
                .contains("x.pdf").contains("不是文本文件");
        assertThat(ErrorMessages.describe(zh, new java.nio.file.NoSuchFileException("/tmp/none.csv")))
                .contains("none.csv").doesNotContain("NoSuchFile");
    }

    @Test
    void anythingElseNamesOnlyItsKind() {
        assertThat(ErrorMessages.describe(zh, new IllegalStateException("boom in English")))
                .contains("IllegalStateException").doesNotContain("boom");
    }
}
