-- Quarterly account plans (PRODUCT.md section 4) on the one list of
-- clients (accounts) the business plans forecast against.

ALTER TABLE accounts ADD COLUMN industry TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN size TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN yearly_revenue REAL NOT NULL DEFAULT 0 CHECK (yearly_revenue >= 0);
ALTER TABLE accounts ADD COLUMN potential REAL NOT NULL DEFAULT 0 CHECK (potential >= 0);

CREATE TABLE account_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    account_id     TEXT NOT NULL REFERENCES accounts (id),
    quarter        TEXT NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    competition    TEXT NOT NULL DEFAULT '',
    past_successes TEXT NOT NULL DEFAULT '',
    strategy       TEXT NOT NULL DEFAULT '',
    revenue_target REAL NOT NULL DEFAULT 0 CHECK (revenue_target >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (account_id, quarter)
) STRICT;
CREATE INDEX account_plans_rep ON account_plans (rep_id, quarter);

CREATE TABLE account_contacts (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title        TEXT NOT NULL DEFAULT '',
    buying_role  TEXT NOT NULL CHECK (buying_role IN ('decision_maker', 'influencer', 'champion', 'user', 'blocker')),
    relationship TEXT NOT NULL CHECK (relationship IN ('strong', 'good', 'neutral', 'weak', 'none')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

-- At most five steps per plan (enforced by the library with a clear message).
CREATE TABLE account_steps (
    id           TEXT PRIMARY KEY NOT NULL,
    plan_id      TEXT NOT NULL REFERENCES account_plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    action       TEXT NOT NULL CHECK (length(trim(action)) > 0),
    owner_id     TEXT NOT NULL REFERENCES people (id),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    result       TEXT NOT NULL DEFAULT '',
    carried_from TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX account_steps_due ON account_steps (status, due_date);
