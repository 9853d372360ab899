-- Codes as QDA tools know them: a tag may sit under a parent tag (生态 › 河长制), has its own colour (REFI-QDA
-- Code/@color; without one, QualCoder and others invent one per code) and a memo; a report has a memo too.
-- A parent that is removed hands its children to its own parent (done by the repository, which knows the
-- grandparent); SET NULL only guards against a dangling reference.
ALTER TABLE tag ADD COLUMN parent_id INTEGER REFERENCES tag(id) ON DELETE SET NULL;
ALTER TABLE tag ADD COLUMN color TEXT;
ALTER TABLE tag ADD COLUMN memo TEXT NOT NULL DEFAULT '';
CREATE INDEX tag_parent ON tag(parent_id);

-- Tags stored before get distinct colours from the palette new tags are given (domain.Tag.PALETTE, same order).
UPDATE tag SET color = CASE (id - 1) % 12
    WHEN 0 THEN '#e57373' WHEN 1 THEN '#64b5f6' WHEN 2 THEN '#81c784' WHEN 3 THEN '#ffb74d'
    WHEN 4 THEN '#ba68c8' WHEN 5 THEN '#4db6ac' WHEN 6 THEN '#f06292' WHEN 7 THEN '#a1887f'
    WHEN 8 THEN '#7986cb' WHEN 9 THEN '#dce775' WHEN 10 THEN '#90a4ae' ELSE '#ffd54f' END;

CREATE TABLE report_memo (
    report_id  INTEGER PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
