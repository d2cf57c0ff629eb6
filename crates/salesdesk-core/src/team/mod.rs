//! The team: owner, managers and reps, who reports to whom, and who is
//! using the app on this computer.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::{Reader, Workspace, log, settings};
use crate::time::{new_id, now};
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    Owner,
    Manager,
    Rep,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: PersonRole,
    pub manager_id: Option<String>,
    /// ISO date, e.g. 2026-03-01.
    pub start_date: Option<String>,
    pub territory: String,
    /// False once the person has left; kept for history.
    pub active: bool,
    /// The candidate this person was hired as, if hired through Salesdesk.
    pub hired_from_candidate_id: Option<String>,
}

/// A person as the editor sends it; no id when new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub id: Option<String>,
    pub name: String,
    pub email: String,
    pub role: PersonRole,
    pub manager_id: Option<String>,
    pub start_date: Option<String>,
    pub territory: String,
    pub active: bool,
}

crate::store::module_handles!("the team", team, team_mut, TeamReads, TeamWrites);

impl TeamReads<'_> {
    /// Everyone, active people first, then by role and name.
    pub fn people(&self) -> Result<Vec<Person>> {
        self.0.read(load_team)
    }

    /// The person using the app on this computer, if chosen.
    pub fn current_user(&self) -> Result<Option<Person>> {
        self.0.read(|tx| match log::current_actor(tx)? {
            Some(id) => Ok(Some(load_person(tx, &id)?)),
            None => Ok(None),
        })
    }
}

impl TeamWrites<'_> {
    pub fn save_person(&mut self, input: &PersonInput) -> Result<Person> {
        let name = validate::name("name", "The name", &input.name)?;
        let email = validate_email(&input.email)?;
        let territory = validate::text("territory", "The territory", &input.territory)?;
        if territory.chars().count() > 120 {
            return Err(Error::invalid(
                "territory",
                "The territory is limited to 120 characters.",
            ));
        }
        let start = match &input.start_date {
            Some(d) if !d.trim().is_empty() => {
                Some(validate::date("startDate", "The start date", d)?)
            }
            _ => None,
        };
        self.0.write(|tx| {
            ensure_unique_name(tx, &name, input.id.as_deref())?;
            if let Some(manager) = &input.manager_id {
                check_manager(tx, input.id.as_deref(), manager)?;
            }
            let now = now();
            let id = match &input.id {
                Some(id) => {
                    require_person(tx, id, "name")?;
                    tx.execute(
                        "UPDATE people SET name = ?2, email = ?3, role = ?4, manager_id = ?5, start_date = ?6,
                                territory = ?7, active = ?8, updated_at = ?9 WHERE id = ?1",
                        params![id, name, email, role_text(input.role), input.manager_id, start, territory, input.active, now],
                    )?;
                    log::record(tx, "updated", "person", id, &name)?;
                    id.clone()
                }
                None => {
                    let id = new_id();
                    tx.execute(
                        "INSERT INTO people (id, name, email, role, manager_id, start_date, territory, active, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                        params![id, name, email, role_text(input.role), input.manager_id, start, territory, input.active, now],
                    )?;
                    log::record(tx, "added", "person", &id, &name)?;
                    id
                }
            };
            load_person(tx, &id)
        })
    }

    pub fn set_current_user(&mut self, person_id: &str) -> Result<Person> {
        self.0.write(|tx| {
            let person = load_person(tx, person_id)?;
            if !person.active {
                return Err(Error::invalid(
                    "personId",
                    format!("{} has left the team.", person.name),
                ));
            }
            settings::set(tx, settings::CURRENT_USER, person_id)?;
            Ok(person)
        })
    }
}

pub(crate) fn validate_email(email: &str) -> Result<String> {
    let email = email.trim();
    if email.is_empty() {
        return Ok(String::new());
    }
    let valid = email.chars().count() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        });
    if valid {
        Ok(email.to_string())
    } else {
        Err(Error::invalid(
            "email",
            "This does not look like an e-mail address (name@example.com).",
        ))
    }
}

fn ensure_unique_name(tx: &Connection, name: &str, except: Option<&str>) -> Result<()> {
    let wanted = name.to_lowercase();
    let mut stmt = tx.prepare("SELECT id, name FROM people")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, existing) = row?;
        if Some(id.as_str()) != except && existing.to_lowercase() == wanted {
            return Err(Error::conflict(
                "name",
                format!("{existing} is already on the team."),
            ));
        }
    }
    Ok(())
}

/// The manager must be someone else on the team, and not someone who
/// (directly or not) reports to this person.
fn check_manager(tx: &Connection, person: Option<&str>, manager: &str) -> Result<()> {
    let mut current = Some(manager.to_string());
    let mut steps = 0;
    while let Some(id) = current {
        if Some(id.as_str()) == person {
            return Err(Error::invalid(
                "managerId",
                if steps == 0 {
                    "Someone cannot report to themselves."
                } else {
                    "That manager reports to this person; choose someone else."
                },
            ));
        }
        current = tx
            .query_row("SELECT manager_id FROM people WHERE id = ?1", [&id], |r| {
                r.get::<_, Option<String>>(0)
            })
            .optional()?
            .ok_or_else(|| Error::invalid("managerId", "The manager is not on the team."))?;
        steps += 1;
        if steps > 1000 {
            break;
        }
    }
    Ok(())
}

pub(crate) fn require_person(tx: &Connection, id: &str, field: &str) -> Result<Person> {
    load_person(tx, id).map_err(|e| match e {
        Error::NotFound { .. } => Error::invalid(field, "That person is not on the team."),
        other => other,
    })
}

pub(crate) fn role_text(role: PersonRole) -> &'static str {
    match role {
        PersonRole::Owner => "owner",
        PersonRole::Manager => "manager",
        PersonRole::Rep => "rep",
    }
}

fn role_from(text: &str) -> PersonRole {
    match text {
        "owner" => PersonRole::Owner,
        "manager" => PersonRole::Manager,
        _ => PersonRole::Rep,
    }
}

const PERSON_COLUMNS: &str =
    "p.id, p.name, p.email, p.role, p.manager_id, p.start_date, p.territory, p.active,
    (SELECT c.id FROM candidates c WHERE c.hired_person_id = p.id)";

fn person_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        role: role_from(&r.get::<_, String>(3)?),
        manager_id: r.get(4)?,
        start_date: r.get(5)?,
        territory: r.get(6)?,
        active: r.get(7)?,
        hired_from_candidate_id: r.get(8)?,
    })
}

pub(crate) fn load_person(tx: &Connection, id: &str) -> Result<Person> {
    tx.query_row(
        &format!("SELECT {PERSON_COLUMNS} FROM people p WHERE p.id = ?1"),
        [id],
        person_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("The person"))
}

pub(crate) fn load_team(tx: &Connection) -> Result<Vec<Person>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {PERSON_COLUMNS} FROM people p
         ORDER BY p.active DESC, CASE p.role WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END, p.name COLLATE NOCASE"
    ))?;
    let people = stmt
        .query_map([], person_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(people)
}

pub(crate) fn insert_person(
    tx: &Connection,
    name: &str,
    role: PersonRole,
    manager_id: Option<&str>,
    start_date: Option<&str>,
    territory: &str,
) -> Result<String> {
    let id = new_id();
    let now = now();
    tx.execute(
        "INSERT INTO people (id, name, role, manager_id, start_date, territory, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![id, name, role_text(role), manager_id, start_date, territory, now],
    )?;
    Ok(id)
}
