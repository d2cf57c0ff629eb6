//! One search box across the workspace (Ctrl+K): people, accounts, account
//! plans, business plans, roles, candidates, reviews and the playbook's text.
//!
//! The index is SQLite's full-text index (FTS5, trigram tokenizer, so a
//! part of a word matches in any script and "muller" finds "Müller"). It is
//! derived data, so it lives in the connection's TEMP database, never in the
//! workspace file: exports, backups and the schema stay as they are, and a
//! read-only workspace can be searched too. It is built on the first search
//! of a session; from then on TEMP triggers on every source table note
//! which records changed (in the same transaction as the change), and each
//! search first re-indexes just those.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::store::Workspace;

/// What a search result is, so the UI knows which screen opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Stage,
    Kpi,
    Training,
    Competitor,
    Objection,
    Qualification,
    Profile,
    Person,
    Role,
    Candidate,
    Account,
    AccountPlan,
    BusinessPlan,
    Review,
}

impl SearchKind {
    const ALL: [SearchKind; 14] = [
        SearchKind::Stage,
        SearchKind::Kpi,
        SearchKind::Training,
        SearchKind::Competitor,
        SearchKind::Objection,
        SearchKind::Qualification,
        SearchKind::Profile,
        SearchKind::Person,
        SearchKind::Role,
        SearchKind::Candidate,
        SearchKind::Account,
        SearchKind::AccountPlan,
        SearchKind::BusinessPlan,
        SearchKind::Review,
    ];

    fn key(self) -> &'static str {
        match self {
            SearchKind::Stage => "stage",
            SearchKind::Kpi => "kpi",
            SearchKind::Training => "training",
            SearchKind::Competitor => "competitor",
            SearchKind::Objection => "objection",
            SearchKind::Qualification => "qualification",
            SearchKind::Profile => "profile",
            SearchKind::Person => "person",
            SearchKind::Role => "role",
            SearchKind::Candidate => "candidate",
            SearchKind::Account => "account",
            SearchKind::AccountPlan => "account_plan",
            SearchKind::BusinessPlan => "business_plan",
            SearchKind::Review => "review",
        }
    }

    fn from_key(key: &str) -> Option<SearchKind> {
        SearchKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The record's searchable text: `id, title, detail, body, context`
    /// for the record `?1`, or for every record when `?1` is NULL.
    /// `context` is what the UI needs besides the id to open it (a
    /// candidate's role, a review's rep and quarter, an account's owner).
    fn documents_sql(self) -> &'static str {
        match self {
            SearchKind::Stage => {
                "SELECT s.id, s.name, 'Stage ' || (s.position + 1) || ' of the sales process',
                        concat_ws(char(10), s.purpose, s.entry_criteria, s.key_activities, s.scripts, s.materials,
                            (SELECT group_concat(c.text, char(10)) FROM stage_exit_criteria c WHERE c.stage_id = s.id)),
                        ''
                 FROM stages s WHERE ?1 IS NULL OR s.id = ?1"
            }
            SearchKind::Kpi => {
                "SELECT id, name, 'KPI', '', '' FROM kpis WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Training => {
                "SELECT id, title, 'Training module', concat_ws(char(10), objectives, cadence), ''
                 FROM training_modules WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Competitor => {
                "SELECT id, name, 'Competitor', notes, '' FROM competitors WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Objection => {
                "SELECT id, objection, 'Objection and response', response, ''
                 FROM objections WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Qualification => {
                "SELECT id, label, 'Qualification criterion', description, ''
                 FROM qualification_criteria WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Profile => {
                "SELECT CAST(id AS TEXT), 'Ideal customer and value proposition', 'Playbook',
                        concat_ws(char(10), ideal_customer_profile, value_proposition), ''
                 FROM playbook_profile WHERE ?1 IS NULL OR CAST(id AS TEXT) = ?1"
            }
            SearchKind::Person => {
                "SELECT id, name,
                        CASE role WHEN 'owner' THEN 'Owner' WHEN 'manager' THEN 'Manager' ELSE 'Rep' END
                            || CASE WHEN territory <> '' THEN ' · ' || territory ELSE '' END
                            || CASE WHEN active = 0 THEN ' · left' ELSE '' END,
                        concat_ws(char(10), email, territory), ''
                 FROM people WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::Role => {
                "SELECT r.id, r.title, CASE WHEN r.archived_at IS NULL THEN 'Role' ELSE 'Role · archived' END,
                        concat_ws(char(10), r.responsibilities,
                            (SELECT group_concat(a.name || ' ' || a.test_detail, char(10))
                             FROM role_attributes a WHERE a.role_id = r.id)),
                        ''
                 FROM role_profiles r WHERE ?1 IS NULL OR r.id = ?1"
            }
            SearchKind::Candidate => {
                "SELECT c.id, c.name, 'Candidate for ' || r.title,
                        concat_ws(char(10), c.email, c.notes,
                            (SELECT group_concat(i.summary, char(10)) FROM interviews i WHERE i.candidate_id = c.id)),
                        c.role_id
                 FROM candidates c JOIN role_profiles r ON r.id = c.role_id
                 WHERE ?1 IS NULL OR c.id = ?1"
            }
            SearchKind::Account => {
                "SELECT id, name, 'Account' || CASE WHEN industry <> '' THEN ' · ' || industry ELSE '' END,
                        concat_ws(char(10), industry, size), coalesce(owner_id, '')
                 FROM accounts WHERE ?1 IS NULL OR id = ?1"
            }
            SearchKind::AccountPlan => {
                "SELECT p.id, a.name, 'Account plan ' || p.quarter || ' · ' || r.name,
                        concat_ws(char(10), p.competition, p.past_successes, p.strategy,
                            (SELECT group_concat(c.name || ' ' || c.title, char(10)) FROM account_contacts c WHERE c.plan_id = p.id),
                            (SELECT group_concat(s.action || ' ' || s.result, char(10)) FROM account_steps s WHERE s.plan_id = p.id)),
                        ''
                 FROM account_plans p JOIN accounts a ON a.id = p.account_id JOIN people r ON r.id = p.rep_id
                 WHERE ?1 IS NULL OR p.id = ?1"
            }
            SearchKind::BusinessPlan => {
                "SELECT b.id, r.name || '''s business plan', 'Business plan from ' || b.first_month,
                        concat_ws(char(10), b.return_comment,
                            (SELECT group_concat(g.text, char(10)) FROM plan_goals g WHERE g.plan_id = b.id),
                            (SELECT group_concat(m.what, char(10)) FROM plan_marketing m WHERE m.plan_id = b.id),
                            (SELECT group_concat(t.note, char(10)) FROM plan_training_needs t WHERE t.plan_id = b.id)),
                        ''
                 FROM business_plans b JOIN people r ON r.id = b.rep_id
                 WHERE ?1 IS NULL OR b.id = ?1"
            }
            SearchKind::Review => {
                "SELECT q.id, 'Review of ' || r.name, 'Quarterly review ' || q.quarter,
                        concat_ws(char(10), q.rep_input, q.strengths, q.development_areas, q.commitments,
                            (SELECT group_concat(m.text, char(10)) FROM review_amendments m WHERE m.review_id = q.id)),
                        q.rep_id || ' ' || q.quarter
                 FROM quarterly_reviews q JOIN people r ON r.id = q.rep_id
                 WHERE ?1 IS NULL OR q.id = ?1"
            }
        }
    }
}

/// Which table changes which record: `(table, kind, column holding the
/// record's id)`. A test checks that every table with text a user types is
/// here or in [`NOT_SEARCHED`].
const SOURCES: &[(&str, SearchKind, &str)] = &[
    ("stages", SearchKind::Stage, "id"),
    ("stage_exit_criteria", SearchKind::Stage, "stage_id"),
    ("kpis", SearchKind::Kpi, "id"),
    ("training_modules", SearchKind::Training, "id"),
    ("competitors", SearchKind::Competitor, "id"),
    ("objections", SearchKind::Objection, "id"),
    ("qualification_criteria", SearchKind::Qualification, "id"),
    ("playbook_profile", SearchKind::Profile, "CAST(id AS TEXT)"),
    ("people", SearchKind::Person, "id"),
    ("role_profiles", SearchKind::Role, "id"),
    ("role_attributes", SearchKind::Role, "role_id"),
    ("candidates", SearchKind::Candidate, "id"),
    ("interviews", SearchKind::Candidate, "candidate_id"),
    ("accounts", SearchKind::Account, "id"),
    ("account_plans", SearchKind::AccountPlan, "id"),
    ("account_contacts", SearchKind::AccountPlan, "plan_id"),
    ("account_steps", SearchKind::AccountPlan, "plan_id"),
    ("business_plans", SearchKind::BusinessPlan, "id"),
    ("plan_goals", SearchKind::BusinessPlan, "plan_id"),
    ("plan_marketing", SearchKind::BusinessPlan, "plan_id"),
    ("plan_training_needs", SearchKind::BusinessPlan, "plan_id"),
    ("quarterly_reviews", SearchKind::Review, "id"),
    ("review_amendments", SearchKind::Review, "review_id"),
];

/// Tables whose text is not searched, and why: history and snapshots
/// (their live records are searched), settings, and numbers or names
/// shown through other records.
pub const NOT_SEARCHED: &[&str] = &[
    "activity_log",
    "change_context",
    "change_log",
    "actual_activities",
    "actual_revenue",
    "plan_activity_goals",
    "plan_events",
    "plan_forecasts",
    "plan_months",
    "plan_revisions",
    "playbook_versions",
    "products",
    "ratings",
    "scorecard_amendments",
    "settings",
    "training_module_stages",
];

/// The tables the index follows.
pub fn source_tables() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(table, _, _)| *table)
}

/// More changed records than this since the last search: rebuild.
const REBUILD_ABOVE: usize = 2_000;
/// Results per search.
pub const MAX_RESULTS: usize = 30;
/// Longest query used; the rest is ignored.
const MAX_QUERY_CHARS: usize = 200;
const MAX_TERMS: usize = 8;
/// Characters of the excerpt shown under a result.
const EXCERPT_CHARS: usize = 120;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: String,
    pub title: String,
    /// What the record is: "Account plan 2026Q4 · Aylin Demir".
    pub detail: String,
    /// The line of its text where the words were found, if not the title.
    pub excerpt: String,
    /// A candidate's role id.
    pub role_id: Option<String>,
    /// A review's rep (and quarter); an account's owner.
    pub rep_id: Option<String>,
    pub quarter: Option<String>,
}

impl Workspace {
    /// Records matching every word of `query` (in any order, as parts of
    /// words), best first, at most [`MAX_RESULTS`]. Any text is a query:
    /// quotes, `*`, `NEAR`, `-` and the like are searched for as text.
    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>> {
        let terms = terms(query);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        // The index and its marks live in TEMP; they must outlive this
        // transaction.
        self.reader().read_keeping_temp(|tx| {
            refresh(tx)?;
            find(tx, &terms)
        })
    }
}

/// Drops the index (after a restore replaced the contents underneath the
/// triggers); the next search builds it again.
pub(crate) fn forget(conn: &Connection) -> Result<()> {
    // The triggers first: left without their table, they would fail every
    // write.
    let triggers: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'",
        )?;
        let names = stmt.query_map([], |r| r.get(0))?;
        names.collect::<rusqlite::Result<_>>()?
    };
    for name in triggers {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.\"{name}\""))?;
    }
    conn.execute_batch(
        "DROP TABLE IF EXISTS temp.search_index;
         DROP TABLE IF EXISTS temp.search_rows;
         DROP TABLE IF EXISTS temp.search_dirty;",
    )?;
    Ok(())
}

/// The words of a query, each at most [`MAX_QUERY_CHARS`] in all.
fn terms(query: &str) -> Vec<String> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms: Vec<String> = Vec::new();
    for word in query.split_whitespace() {
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        if !word.is_empty() && !terms.contains(&word) {
            terms.push(word);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// Builds the index on the first search, else re-indexes what changed.
fn refresh(tx: &Connection) -> Result<()> {
    let built: bool = tx
        .query_row(
            "SELECT count(*) FROM temp.sqlite_schema WHERE name = 'search_index'",
            [],
            |r| r.get(0),
        )
        .map(|n: i64| n > 0)?;
    if !built {
        return build(tx);
    }
    let mut dirty: BTreeSet<(SearchKind, String)> = BTreeSet::new();
    {
        let mut stmt = tx.prepare(
            "SELECT DISTINCT kind, id FROM temp.search_dirty WHERE kind IS NOT NULL AND id IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (kind, id) = row?;
            if let Some(kind) = SearchKind::from_key(&kind) {
                dirty.insert((kind, id));
            }
        }
    }
    if dirty.is_empty() {
        return Ok(());
    }
    if dirty.len() > REBUILD_ABOVE {
        // After an import: building afresh is quicker than one by one.
        forget(tx)?;
        return build(tx);
    }
    // Records whose title shows another record's name change with it.
    let mut shown_elsewhere = Vec::new();
    for (kind, id) in &dirty {
        let dependents: &[(SearchKind, &str)] = match kind {
            SearchKind::Person => &[
                (
                    SearchKind::AccountPlan,
                    "SELECT id FROM account_plans WHERE rep_id = ?1",
                ),
                (
                    SearchKind::BusinessPlan,
                    "SELECT id FROM business_plans WHERE rep_id = ?1",
                ),
                (
                    SearchKind::Review,
                    "SELECT id FROM quarterly_reviews WHERE rep_id = ?1",
                ),
            ],
            SearchKind::Account => &[(
                SearchKind::AccountPlan,
                "SELECT id FROM account_plans WHERE account_id = ?1",
            )],
            SearchKind::Role => &[(
                SearchKind::Candidate,
                "SELECT id FROM candidates WHERE role_id = ?1",
            )],
            _ => &[],
        };
        for (dependent, sql) in dependents {
            let mut stmt = tx.prepare_cached(sql)?;
            for row in stmt.query_map([id], |r| r.get::<_, String>(0))? {
                shown_elsewhere.push((*dependent, row?));
            }
        }
    }
    dirty.extend(shown_elsewhere);
    for (kind, id) in &dirty {
        let old: Option<i64> = tx
            .query_row(
                "SELECT fts_rowid FROM temp.search_rows WHERE kind = ?1 AND id = ?2",
                params![kind.key(), id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(rowid) = old {
            tx.execute("DELETE FROM temp.search_index WHERE rowid = ?1", [rowid])?;
            tx.execute(
                "DELETE FROM temp.search_rows WHERE kind = ?1 AND id = ?2",
                params![kind.key(), id],
            )?;
        }
        index(tx, *kind, Some(id))?;
    }
    tx.execute("DELETE FROM temp.search_dirty", [])?;
    Ok(())
}

/// Creates the index, fills it, and starts following changes.
fn build(tx: &Connection) -> Result<()> {
    // trigram: parts of words match, in every script (no word breaks
    // needed for Chinese or Thai); diacritics and case are ignored.
    tx.execute_batch(
        "CREATE VIRTUAL TABLE temp.search_index USING fts5(
             title, body, kind UNINDEXED, id UNINDEXED, detail UNINDEXED, context UNINDEXED,
             tokenize = 'trigram remove_diacritics 1');
         CREATE TABLE temp.search_rows (
             kind TEXT NOT NULL, id TEXT NOT NULL, fts_rowid INTEGER NOT NULL,
             PRIMARY KEY (kind, id)) WITHOUT ROWID;
         CREATE TABLE temp.search_dirty (kind TEXT, id TEXT);",
    )?;
    let mut triggers = String::new();
    for (table, kind, column) in SOURCES {
        let key = kind.key();
        // The marks table has no key or constraint on purpose: a trigger's
        // statements take the conflict policy of the statement that fired
        // it (an upsert's would turn OR IGNORE into an abort), so nothing
        // in here may ever conflict. Duplicates are folded when read.
        let id_of = |row: &str| {
            if column.starts_with("CAST") {
                format!("CAST({row}.id AS TEXT)")
            } else {
                format!("{row}.{column}")
            }
        };
        for (event, marks) in [
            (
                "INSERT",
                format!("INSERT INTO temp.search_dirty (kind, id) VALUES ('{key}', {});", id_of("NEW")),
            ),
            (
                "UPDATE",
                format!(
                    "INSERT INTO temp.search_dirty (kind, id) VALUES ('{key}', {new});
                     INSERT INTO temp.search_dirty (kind, id) SELECT '{key}', {old} WHERE {old} IS NOT {new};",
                    new = id_of("NEW"),
                    old = id_of("OLD")
                ),
            ),
            (
                "DELETE",
                format!("INSERT INTO temp.search_dirty (kind, id) VALUES ('{key}', {});", id_of("OLD")),
            ),
        ] {
            triggers.push_str(&format!(
                "CREATE TEMP TRIGGER search_{table}_{} AFTER {event} ON main.{table} BEGIN {marks} END;\n",
                event.to_lowercase()
            ));
        }
    }
    tx.execute_batch(&triggers)?;
    for kind in SearchKind::ALL {
        index(tx, kind, None)?;
    }
    Ok(())
}

/// Indexes the record `id` of `kind` (every record when None).
fn index(tx: &Connection, kind: SearchKind, id: Option<&str>) -> Result<()> {
    let mut select = tx.prepare_cached(kind.documents_sql())?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO temp.search_index (title, body, kind, id, detail, context) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut remember = tx.prepare_cached(
        "INSERT OR REPLACE INTO temp.search_rows (kind, id, fts_rowid) VALUES (?1, ?2, ?3)",
    )?;
    let mut rows = select.query([id])?;
    while let Some(row) = rows.next()? {
        let record: String = row.get(0)?;
        let title: String = row.get(1)?;
        let detail: String = row.get(2)?;
        let body: Option<String> = row.get(3)?;
        let context: String = row.get(4)?;
        insert.execute(params![
            title,
            body.unwrap_or_default(),
            kind.key(),
            record,
            detail,
            context
        ])?;
        remember.execute(params![kind.key(), record, tx.last_insert_rowid()])?;
    }
    Ok(())
}

/// The query as FTS5 text: every word as a quoted string, so no character
/// is read as the query language; the words of fewer than three
/// characters (too short for trigrams) are matched with LIKE instead.
fn find(tx: &Connection, terms: &[String]) -> Result<Vec<SearchHit>> {
    let (long, short): (Vec<&String>, Vec<&String>) =
        terms.iter().partition(|t| t.chars().count() >= 3);
    let mut conditions = Vec::new();
    let mut values: Vec<String> = Vec::new();
    if !long.is_empty() {
        conditions.push("search_index MATCH ?".to_string());
        values.push(
            long.iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    for term in &short {
        conditions.push("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')".to_string());
        let pattern = format!(
            "%{}%",
            term.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        values.push(pattern.clone());
        values.push(pattern);
    }
    let order = if long.is_empty() {
        "title"
    } else {
        // A match in the title counts ten times one in the text.
        "bm25(search_index, 10.0, 1.0)"
    };
    let sql = format!(
        "SELECT kind, id, title, detail, context, body FROM temp.search_index WHERE {} ORDER BY {order} LIMIT {MAX_RESULTS}",
        conditions.join(" AND ")
    );
    let mut stmt = tx.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (kind, id, title, detail, context, body) = row?;
        let Some(kind) = SearchKind::from_key(&kind) else {
            continue;
        };
        let (role_id, rep_id, quarter) = match kind {
            SearchKind::Candidate => (Some(context), None, None),
            SearchKind::Account if !context.is_empty() => (None, Some(context), None),
            SearchKind::Review => {
                let (rep, quarter) = context.split_once(' ').unwrap_or((&context, ""));
                (None, Some(rep.to_string()), Some(quarter.to_string()))
            }
            _ => (None, None, None),
        };
        let excerpt = if terms.iter().all(|t| contains_folded(&title, t)) {
            String::new()
        } else {
            excerpt(&body, terms)
        };
        hits.push(SearchHit {
            kind,
            id,
            title,
            detail,
            excerpt,
            role_id,
            rep_id,
            quarter,
        });
    }
    Ok(hits)
}

fn fold(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

fn contains_folded(text: &str, term: &str) -> bool {
    fold(text).contains(&fold(term))
}

/// The first line of `body` holding one of `terms`, cut to
/// [`EXCERPT_CHARS`] around it (or the first line, when accents made the
/// words match only in the index).
fn excerpt(body: &str, terms: &[String]) -> String {
    let lines = body.lines().filter(|l| !l.trim().is_empty());
    let mut first = None;
    for line in lines {
        first.get_or_insert(line);
        let chars: Vec<char> = line.chars().collect();
        for term in terms {
            let folded_term: Vec<char> = fold(term).chars().collect();
            // Fold per character so positions stay those of the line.
            let folded: Vec<char> = chars
                .iter()
                .map(|c| c.to_lowercase().next().unwrap_or(*c))
                .collect();
            if let Some(at) = folded
                .windows(folded_term.len().max(1))
                .position(|w| w == folded_term.as_slice())
            {
                return cut(&chars, at);
            }
        }
    }
    first
        .map(|line| cut(&line.chars().collect::<Vec<_>>(), 0))
        .unwrap_or_default()
}

fn cut(chars: &[char], at: usize) -> String {
    let start = at.saturating_sub(EXCERPT_CHARS / 3);
    let end = (start + EXCERPT_CHARS).min(chars.len());
    let mut text: String = chars[start..end].iter().collect();
    if start > 0 {
        text.insert(0, '…');
    }
    if end < chars.len() {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_words_without_control_characters() {
        assert_eq!(terms("  café \t müller café "), ["café", "müller"]);
        assert_eq!(terms("a\u{0}b"), ["ab"]);
        assert!(terms("   ").is_empty());
        assert_eq!(terms(&"x ".repeat(100)).len(), 1);
        assert_eq!(terms(&"word".repeat(100)).len(), 1);
        assert_eq!(
            terms(&"word".repeat(100))[0].chars().count(),
            MAX_QUERY_CHARS
        );
        let many: String = (0..20).map(|i| format!("w{i} ")).collect();
        assert_eq!(terms(&many).len(), MAX_TERMS);
    }

    #[test]
    fn an_excerpt_is_cut_around_the_word() {
        let body = format!("first line\n{}needle{}", "a".repeat(200), "b".repeat(200));
        let text = excerpt(&body, &["NEEDLE".into()]);
        assert!(text.contains("needle"), "{text}");
        assert!(text.starts_with('…') && text.ends_with('…'));
        assert!(text.chars().count() <= EXCERPT_CHARS + 2);
        assert_eq!(excerpt("", &["x".into()]), "");
        assert_eq!(excerpt("only line", &["zzz".into()]), "only line");
    }
}
