package org.policyexplorer.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyexplorer.TestReports;
import org.policyexplorer.domain.Codebook;
import org.policyexplorer.domain.ReportDocument;
import org.policyexplorer.domain.Tag;
import org.policyexplorer.store.Database;

/** The tag tree in a real store: no loops, merges that keep children, distinct colours old and new. */
class TagTreeTest {
    @TempDir
    Path dir;

    @Test
    void mergingATagIntoOneBelowItKeepsTheTreeWithoutALoop() throws Exception {
        try (QdaStore store = new QdaStore(dir.resolve("t.db"))) {
            ReportDocument doc = store.importText(TestReports.corpus("report_hailar_2018.txt"), "h.txt");
            store.context.annotations().createByQuote(doc, "河长制", 1, "", List.of("河长制"), null);
            store.context.annotations().createByQuote(doc, "采砂", 1, "", List.of("生态"), null);
            TagService tags = store.context.tags();
            tags.move("生态", "环境");
            store.context.annotations().createByQuote(doc, "两河", 1, "", List.of("水"), null);
            tags.move("水", "生态");
            tags.move("河长制", "水");
            // 环境 › 生态 › 水 › 河长制; merge 生态 into 水, which sits below it
            tags.rename("生态", "水");
            Codebook book = tags.codebook();
            assertThat(book.path("河长制")).containsExactly("环境", "水", "河长制");
            assertThat(book.find("生态")).isEmpty();
            assertThat(store.context.annotations().list(null, "水")).extracting(a -> a.exact())
                    .containsExactlyInAnyOrder("采砂", "两河");
            assertThatThrownBy(() -> tags.move("环境", "河长制")).isInstanceOfSatisfying(AnnotationException.class,
                    e -> assertThat(e.problem()).isEqualTo(AnnotationException.Problem.TAG_LOOP));
            assertThatThrownBy(() -> tags.move("环境", "环境")).isInstanceOf(AnnotationException.class);
            // a parent's list gathers what its children carry
            assertThat(store.context.annotations().listAnyOf(null, book.withDescendants("环境"))).hasSize(3);
        }
    }

    @Test
    void tagsOfAStoreFromBeforeGetDistinctColoursAndNewTagsTheNextFreeOne() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            // back to schema 6, as a store written by the program before tags had colours
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE report_memo");
                    st.execute("DROP INDEX tag_parent");
                    st.execute("ALTER TABLE tag DROP COLUMN memo");
                    st.execute("ALTER TABLE tag DROP COLUMN color");
                    st.execute("ALTER TABLE tag DROP COLUMN parent_id");
                    for (String name : List.of("一", "二", "三", "四")) {
                        st.execute("INSERT INTO tag (name) VALUES ('" + name + "')");
                    }
                    st.execute("PRAGMA user_version = 6");
                }
                return null;
            });
        }
        try (QdaStore store = new QdaStore(file)) {
            List<Tag> tags = store.context.tags().codebook().tags();
            Set<String> colours = new HashSet<>();
            tags.forEach(t -> colours.add(t.color()));
            assertThat(colours).hasSize(4).allMatch(Tag::isColor);
            ReportDocument doc = store.importText(TestReports.corpus("report_hailar_2018.txt"), "h.txt");
            store.context.annotations().createByQuote(doc, "河长制", 1, "", List.of("五"), null);
            String fifth = store.context.tags().codebook().colorOf("五");
            assertThat(colours).doesNotContain(fifth);
            assertThat(Tag.PALETTE).contains(fifth);
        }
    }
}
