-- Reports and their outlines. Offsets are Java char offsets into report.body.
CREATE TABLE report (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: preferences and the index name reports by id
    title           TEXT    NOT NULL,
    place           TEXT,
    year            INTEGER,
    sha256          TEXT    NOT NULL UNIQUE,
    source_name     TEXT,
    source_encoding TEXT,
    body            TEXT    NOT NULL,
    imported_at     TEXT    NOT NULL
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES section(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('part', 'chapter', 'topic', 'paragraph')),
    role        TEXT    CHECK (role IN ('preamble', 'review', 'plan', 'governance', 'other')),
    year        INTEGER,
    number      TEXT,
    title       TEXT,
    start_pos   INTEGER NOT NULL,
    heading_end INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    UNIQUE (report_id, seq)
);
CREATE INDEX section_parent ON section(parent_id);

-- Window and reading state that should survive a restart (last section, window size, zoom...).
CREATE TABLE preference (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
