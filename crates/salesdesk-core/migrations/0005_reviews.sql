-- Quarterly reviews (PRODUCT.md section 5). Agreed reviews are locked;
-- later notes are kept as amendments with who and when.

CREATE TABLE quarterly_reviews (
    id                TEXT PRIMARY KEY NOT NULL,
    rep_id            TEXT NOT NULL REFERENCES people (id),
    quarter           TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('preparing', 'held', 'agreed')),
    rep_input         TEXT NOT NULL DEFAULT '',
    strengths         TEXT NOT NULL DEFAULT '',
    development_areas TEXT NOT NULL DEFAULT '',
    commitments       TEXT NOT NULL DEFAULT '',
    agreement_date    TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (rep_id, quarter)
) STRICT;

CREATE TABLE review_amendments (
    id        TEXT PRIMARY KEY NOT NULL,
    review_id TEXT NOT NULL REFERENCES quarterly_reviews (id) ON DELETE CASCADE,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author_id TEXT REFERENCES people (id),
    at        TEXT NOT NULL
) STRICT;
