//! The activity log: who did what, and when. The actor is the person
//! chosen as the current user of this computer (there are no passwords).

use rusqlite::{Connection, params};

use crate::error::Result;
use crate::store::settings;
use crate::time::{new_id, now};

/// Records `action` on a subject, by the current user.
pub fn record(
    tx: &Connection,
    action: &str,
    subject_kind: &str,
    subject_id: &str,
    detail: &str,
) -> Result<()> {
    let actor = current_actor(tx)?;
    tx.execute(
        "INSERT INTO activity_log (id, at, actor_id, action, subject_kind, subject_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new_id(),
            now(),
            actor,
            action,
            subject_kind,
            subject_id,
            detail
        ],
    )?;
    Ok(())
}

/// The current user's person id, if one is chosen and still on the team.
pub fn current_actor(tx: &Connection) -> Result<Option<String>> {
    let Some(id) = settings::get(tx, settings::CURRENT_USER)? else {
        return Ok(None);
    };
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)",
        [&id],
        |r| r.get(0),
    )?;
    Ok(exists.then_some(id))
}
