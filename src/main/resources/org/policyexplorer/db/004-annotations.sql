-- Annotations: a passage of a report with a note, tags and a colour. Offsets are Java chars into report.body;
-- exact/prefix/suffix are the W3C TextQuoteSelector that re-anchors the passage in a new version of the text.
-- Deleting sets deleted_at, so a delete can be undone; status 'orphaned' marks a passage that could not be
-- placed in a new version: it is kept, never dropped.
CREATE TABLE annotation (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT    NOT NULL UNIQUE,
    report_id  INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL,
    exact      TEXT    NOT NULL,
    prefix     TEXT    NOT NULL,
    suffix     TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    color      TEXT    NOT NULL DEFAULT '#ffd54f',
    status     TEXT    NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    deleted_at TEXT
);
CREATE INDEX annotation_report ON annotation(report_id);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);
