-- Full-text search. Each row is the text a section owns: its heading lines, or all its lines when it has no
-- children. The FTS5 table is contentless: it holds tokens made in Java (see docs/search.md):
--   uni   one token per character          (queries of one character)
--   bi    one token per pair of characters (queries of two)
--   tri   one token per three characters   (longer queries: a phrase of consecutive triples = exact substring)
--   scope report and part-role tokens, to narrow a query inside the index
CREATE TABLE search_row (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    role       TEXT,
    start_pos  INTEGER NOT NULL,
    cp_start   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    norm       TEXT    NOT NULL
);
CREATE INDEX search_row_report ON search_row(report_id);
CREATE INDEX search_row_section ON search_row(section_id);

CREATE VIRTUAL TABLE search_index USING fts5(
    uni, bi, tri, scope,
    content = '', contentless_delete = 1, tokenize = 'ascii', detail = full
);

-- Per-token statistics of the index: rows and instances of a character or pair, without reading doclists.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'col');
