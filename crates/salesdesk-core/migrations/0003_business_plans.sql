-- Six-month rep business plans and actuals (PRODUCT.md section 3).
-- Clients (accounts) and products are one list each, shared by the plans,
-- the actuals and, later, the account plans.

CREATE TABLE accounts (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    owner_id   TEXT REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX accounts_name_unique ON accounts (lower(trim(name)));

CREATE TABLE products (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX products_name_unique ON products (lower(trim(name)));

CREATE TABLE business_plans (
    id             TEXT PRIMARY KEY NOT NULL,
    rep_id         TEXT NOT NULL REFERENCES people (id),
    first_month    TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    return_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX business_plans_rep ON business_plans (rep_id, first_month);

CREATE TABLE plan_goals (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('professional', 'personal')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_training_needs (
    plan_id   TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, module_id)
) STRICT;

-- Quota and expected open pipeline per month of the plan.
CREATE TABLE plan_months (
    plan_id           TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month             TEXT NOT NULL,
    quota             REAL NOT NULL DEFAULT 0 CHECK (quota >= 0),
    expected_pipeline REAL NOT NULL DEFAULT 0 CHECK (expected_pipeline >= 0),
    PRIMARY KEY (plan_id, month)
) STRICT;

CREATE TABLE plan_forecasts (
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL,
    PRIMARY KEY (plan_id, month, account_id, product_id)
) STRICT;

CREATE TABLE plan_activity_goals (
    plan_id TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    kpi_id  TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    period  TEXT NOT NULL CHECK (period IN ('week', 'month')),
    target  REAL NOT NULL CHECK (target >= 0),
    PRIMARY KEY (plan_id, kpi_id)
) STRICT;

CREATE TABLE plan_marketing (
    id             TEXT PRIMARY KEY NOT NULL,
    plan_id        TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    what           TEXT NOT NULL,
    month          TEXT NOT NULL,
    cost           REAL NOT NULL DEFAULT 0 CHECK (cost >= 0),
    expected_leads INTEGER NOT NULL DEFAULT 0 CHECK (expected_leads >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- Who moved the plan along, when, with what comment.
CREATE TABLE plan_events (
    id       TEXT PRIMARY KEY NOT NULL,
    plan_id  TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    actor_id TEXT REFERENCES people (id),
    action   TEXT NOT NULL,
    comment  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX plan_events_plan ON plan_events (plan_id, at);

-- The plan's content as approved, one row per approval; the targets
-- figures are measured against, and what later changes are compared with.
CREATE TABLE plan_revisions (
    id         TEXT PRIMARY KEY NOT NULL,
    plan_id    TEXT NOT NULL REFERENCES business_plans (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    snapshot   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    actor_id   TEXT REFERENCES people (id),
    UNIQUE (plan_id, number)
) STRICT;

-- Actual revenue. Typed cells are one row per rep, month, client and
-- product; imported rows carry a key so a second import adds nothing.
CREATE TABLE actual_revenue (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    amount     REAL NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('typed', 'import')),
    import_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX actual_revenue_typed ON actual_revenue (rep_id, month, account_id, product_id) WHERE source = 'typed';
CREATE INDEX actual_revenue_rep ON actual_revenue (rep_id, month);

CREATE TABLE actual_activities (
    id         TEXT PRIMARY KEY NOT NULL,
    rep_id     TEXT NOT NULL REFERENCES people (id),
    month      TEXT NOT NULL,
    kpi_id     TEXT NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,
    count      REAL NOT NULL CHECK (count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (rep_id, month, kpi_id)
) STRICT;
