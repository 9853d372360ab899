-- The level of government a report is from (national, province, city, district, county), how sure the
-- parser was of each part's role, and the user's corrections of part roles and years. Corrections are named
-- by the report's text hash and the part's start offset, not by ids, so they survive deleting and importing
-- the same report again.
ALTER TABLE report ADD COLUMN level TEXT;

-- Reports stored before: the level their place's suffix gives (as ingest.ReportLevels reads it).
UPDATE report SET level = CASE
    WHEN place = '全国' THEN 'national'
    WHEN place LIKE '%省' OR place LIKE '%自治区' OR place IN ('北京市', '天津市', '上海市', '重庆市') THEN 'province'
    WHEN place LIKE '%地区' THEN 'city'
    WHEN place LIKE '%区' THEN 'district'
    WHEN place LIKE '%县' OR place LIKE '%旗' THEN 'county'
    WHEN place LIKE '%市' OR place LIKE '%州' OR place LIKE '%盟' THEN 'city'
    END
WHERE place IS NOT NULL;

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
