-- The user's word on review–plan pairs. Sections are named by report hash and title path, not by id,
-- so a link survives re-computation, deletion and re-import of the same report.
CREATE TABLE topic_link (
    id         INTEGER PRIMARY KEY,
    review_sha TEXT NOT NULL,
    review_key TEXT NOT NULL,
    plan_sha   TEXT NOT NULL,
    plan_key   TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('confirmed', 'rejected', 'added')),
    created_at TEXT NOT NULL,
    UNIQUE (review_sha, review_key, plan_sha, plan_key)
);
