-- The level of government a report is from (national, province, city, district, county), how sure the
-- parser was of each part's role, and the user's corrections of part roles and years. Corrections are named
-- by the report's text hash and the part's start offset, not by ids, so they survive deleting and importing
-- the same report again.
ALTER TABLE report ADD COLUMN level TEXT;

ALTER TABLE section ADD COLUMN confidence REAL;

ALTER TABLE section ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;

CREATE TABLE part_correction (
    report_sha TEXT    NOT NULL,
    part_start INTEGER NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('preamble', 'review', 'plan', 'governance', 'other')),
    year       INTEGER,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (report_sha, part_start)
);
