-- The contact directory of the integration chain (issue 7). One row per organisation or unit; the entry itself is
-- the domain's JSON document (coordinators edit whole entries), position keeps the order entries were added in.
CREATE TABLE contact_directory (
    id         TEXT    NOT NULL PRIMARY KEY,
    position   INTEGER NOT NULL,
    entry      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Versions of the shipped seed already copied in: each version is copied once, so edits and deletions stay.
CREATE TABLE contact_directory_seeds (
    version   INTEGER NOT NULL PRIMARY KEY,
    seeded_at INTEGER NOT NULL
);

-- Contact finder monitoring: counters only. No text, no user or conversation id, no timestamps.
CREATE TABLE contact_finder_counts (
    topic    TEXT    NOT NULL,
    language TEXT    NOT NULL,
    channel  TEXT    NOT NULL,
    outcome  TEXT    NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (topic, language, channel, outcome)
) WITHOUT ROWID;
