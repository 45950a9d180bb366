-- Bot state: one JSON document per key (conversation, user), guarded by an ETag.
-- json is bytea: the UTF-8 bytes are stored and returned verbatim (jsonb would re-encode and reorder on every turn).
-- COLLATE "C": byte order, so key comparisons are cheap and the expiry sweep's prefix LIKE can use the primary key.
-- No index on updated_at, so every turn's UPDATE stays a HOT update; fillfactor leaves room on the page for it.
CREATE TABLE state_documents (
    key        text COLLATE "C" NOT NULL PRIMARY KEY,
    etag       bigint           NOT NULL,
    json       bytea            NOT NULL,
    updated_at timestamptz      NOT NULL
) WITH (fillfactor = 80);

-- Processed inbound activities; the primary key makes a redelivery an ignored insert. claim is the inserting
-- writer's random token, so a retry after a lost reply can tell its own insert from a real redelivery.
CREATE TABLE delivery_log (
    channel_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    activity_id     text        NOT NULL,
    received_at     timestamptz NOT NULL,
    claim           bigint      NOT NULL,
    PRIMARY KEY (channel_id, conversation_id, activity_id)
);

CREATE INDEX delivery_log_received_at ON delivery_log (received_at);
