-- Bot state: one JSON document per key (conversation, user), guarded by an ETag.
-- json is a BLOB of UTF-8 bytes: stored and returned verbatim, no transcoding; the engine owns the format.
-- updated_at holds UTC ticks (100 ns) so expiry compares integers. No index on it: expiry is a rare sweep, while an
-- index would cost every turn's write.
CREATE TABLE state_documents (
    key        TEXT    NOT NULL PRIMARY KEY,
    etag       INTEGER NOT NULL,
    json       BLOB    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Processed inbound activities; the primary key makes a redelivery an ignored insert.
CREATE TABLE delivery_log (
    channel_id      TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    activity_id     TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    PRIMARY KEY (channel_id, conversation_id, activity_id)
) WITHOUT ROWID;

CREATE INDEX delivery_log_received_at ON delivery_log (received_at);
