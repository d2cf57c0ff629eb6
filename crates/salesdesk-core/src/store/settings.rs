//! Workspace settings: a small key/value table.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::time::now;

pub const COMPANY_NAME: &str = "company_name";
pub const PLAYBOOK_STARTED: &str = "playbook_started";
pub const CURRENT_USER: &str = "current_user";
pub const PRINT: &str = "print";

/// Every key the app writes; an import may bring only these.
pub const KNOWN_KEYS: &[&str] = &[COMPANY_NAME, PLAYBOOK_STARTED, CURRENT_USER, PRINT];

pub fn get(tx: &Connection, key: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(tx: &Connection, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, value, now()],
    )?;
    Ok(())
}
