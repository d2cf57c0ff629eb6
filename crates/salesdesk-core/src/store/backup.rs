//! Backups: whole copies of the workspace made with SQLite's online backup
//! API (never a file copy, which could catch a live database mid-write),
//! kept in a folder beside the workspace, newest [`KEEP_BACKUPS`] kept.
//!
//! A backup is written to a side file, converted to a self-contained
//! rollback-journal database, synced, renamed into place and then checked
//! (`integrity_check`), so a backup that is listed is a backup that opens.
//! Restoring checks the backup first, backs up the current state, and then
//! replaces the contents in one transaction.

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use super::{LATEST_SCHEMA_VERSION, Workspace, inspect};
use crate::error::{Error, Result};

/// How many backups are kept; the oldest go first.
pub const KEEP_BACKUPS: usize = 20;

/// A daily backup is made when the newest backup is older than this.
pub const DAILY_EVERY: chrono::Duration = chrono::Duration::hours(24);

/// Time stamp at the start of every backup's file name (UTC, sortable, and
/// free of characters Windows forbids in names).
const STAMP_FORMAT: &str = "%Y-%m-%d %H.%M.%S%.3f";
const STAMP_LEN: usize = "2026-01-31 23.59.59.999".len();
const EXTENSION: &str = "salesdesk";

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupReason {
    Daily,
    Manual,
    BeforeUpdate { from: i64 },
    BeforeRestore,
    BeforeImport,
}

impl BackupReason {
    fn slug(&self) -> String {
        match self {
            BackupReason::Daily => "daily".into(),
            BackupReason::Manual => "manual".into(),
            BackupReason::BeforeUpdate { from } => format!("before-update-from-v{from}"),
            BackupReason::BeforeRestore => "before-restore".into(),
            BackupReason::BeforeImport => "before-import".into(),
        }
    }
}

/// One backup file, as listed in the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file's name inside the backups folder; what restore asks for.
    pub file_name: String,
    /// When it was taken, RFC 3339 UTC.
    pub taken_at: String,
    /// Why: "daily", "manual", "before-update-from-v4", "before-restore",
    /// "before-import".
    pub reason: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// `<folder>/<name> backups/` for the workspace `<folder>/<name>.salesdesk`.
pub fn backups_dir(workspace: &Path) -> PathBuf {
    let stem = workspace
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into());
    workspace.with_file_name(format!("{stem} backups"))
}

/// The backups of `workspace`, newest first. Files that are not named like
/// a backup are ignored.
pub fn list_backups(workspace: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backups_dir(workspace);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(format!("could not list {}", dir.display()), e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("could not list {}", dir.display()), e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((taken_at, reason)) = parse_name(&name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        backups.push(BackupInfo {
            file_name: name,
            taken_at: taken_at
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            reason,
            bytes,
        });
    }
    backups.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(backups)
}

/// `(taken at, reason)` from a backup file name, or None for other files.
fn parse_name(name: &str) -> Option<(NaiveDateTime, String)> {
    let stem = name.strip_suffix(&format!(".{EXTENSION}"))?;
    let stamp = stem.get(..STAMP_LEN)?;
    let reason = stem.get(STAMP_LEN..)?.strip_prefix(' ')?;
    let taken_at = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?;
    (!reason.is_empty()).then(|| (taken_at, reason.to_string()))
}

/// The path of the backup called `file_name`, refusing anything that would
/// reach outside the backups folder.
pub fn backup_path(workspace: &Path, file_name: &str) -> Result<PathBuf> {
    let plain = !file_name.contains(['/', '\\']) && file_name != ".." && file_name != ".";
    if !plain || parse_name(file_name).is_none() {
        return Err(Error::invalid(
            "fileName",
            "That is not the name of a backup.",
        ));
    }
    let path = backups_dir(workspace).join(file_name);
    if !path.is_file() {
        return Err(Error::not_found(format!("The backup {file_name}")));
    }
    Ok(path)
}

impl Workspace {
    /// Takes a backup now and drops the oldest beyond [`KEEP_BACKUPS`].
    pub fn back_up(&mut self, reason: &BackupReason) -> Result<BackupInfo> {
        self.refuse_writes_if_read_only()?;
        back_up_with(&self.conn, &self.path, reason)
    }

    /// Replaces the workspace's contents with the backup `file_name` from
    /// the backups folder. The backup is checked first and the current
    /// state is backed up, so a restore can itself be undone. Returns the
    /// backup made of the state before the restore.
    pub fn restore_backup(&mut self, file_name: &str) -> Result<BackupInfo> {
        let source = backup_path(&self.path, file_name)?;
        self.restore_from(&source)
    }

    /// [`Workspace::restore_backup`] from any workspace file.
    pub fn restore_from(&mut self, source: &Path) -> Result<BackupInfo> {
        self.refuse_writes_if_read_only()?;
        verify(source)?;
        // Brought up to this version's schema and checked by the rules every
        // import passes, in memory, before anything here changes.
        let mut staged = Connection::open_in_memory()?;
        {
            let src = super::read_only_connection(source)?;
            copy_database(&src, &mut staged)?;
        }
        super::migrations().to_latest(&mut staged)?;
        {
            let tx = staged.transaction()?;
            super::transfer::check_contents(&tx, "The backup")?;
            tx.finish()?;
        }
        let safety = self.back_up(&BackupReason::BeforeRestore)?;
        copy_database(&staged, &mut self.conn)?;
        drop(staged);
        // The copy went around the search index's triggers, and replaced
        // what the undo stack would put back.
        crate::search::forget(&self.conn)?;
        crate::plans::revenue_months::forget(&self.conn)?;
        self.trash.clear();
        self.approved_targets
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        self.configure()?;
        self.migrate()?;
        // Recorded as what it is: the contents replaced, by a restore.
        self.write(|tx| super::seam::record_reset(tx, super::seam::Origin::Restore, || Ok(())))?;
        if !self.integrity_ok()? {
            return Err(Error::Internal(format!(
                "the restored workspace failed its integrity check; the state before the restore is in the backup {}",
                safety.file_name
            )));
        }
        Ok(safety)
    }
}

/// The daily backup of the workspace at `path`, taken through a connection
/// of its own, so the app takes it in the background while it goes on using
/// the workspace (WAL lets a reader and the writer work at once).
pub fn back_up_file_if_due(path: &Path) -> Result<Option<BackupInfo>> {
    if !daily_due(path)? {
        return Ok(None);
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    back_up_with(&conn, path, &BackupReason::Daily).map(Some)
}

/// The newest backup is a day old, or there is none.
fn daily_due(workspace: &Path) -> Result<bool> {
    let newest = list_backups(workspace)?
        .into_iter()
        .filter_map(|b| parse_name(&b.file_name).map(|(at, _)| at))
        .max();
    Ok(match newest {
        Some(at) => Utc::now().naive_utc() - at >= DAILY_EVERY,
        None => true,
    })
}

fn back_up_with(conn: &Connection, workspace: &Path, reason: &BackupReason) -> Result<BackupInfo> {
    let dir = backups_dir(workspace);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("could not create {}", dir.display()), e))?;
    remove_interrupted(&dir);
    let mut now = Utc::now().naive_utc();
    let mut name;
    // Two backups in the same millisecond get distinct names.
    loop {
        name = format!("{} {}.{EXTENSION}", now.format(STAMP_FORMAT), reason.slug());
        if !dir.join(&name).exists() {
            break;
        }
        now += chrono::Duration::milliseconds(1);
    }
    let target = dir.join(&name);
    copy_with(conn, &target)?;
    prune(workspace)?;
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo {
        file_name: name,
        taken_at: now
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        reason: reason.slug(),
        bytes,
    })
}

/// Suffix of the side file a backup is written to before it is renamed.
const PARTIAL: &str = ".partial";

/// Beside each side file while it is written: `….partial.lock`, held with
/// an OS lock by the backup writing it (released when that process ends,
/// even by a kill). A separate file, because on Windows a lock on the side
/// file itself would stop SQLite writing it.
const PARTIAL_LOCK: &str = ".partial.lock";

/// Removes what killed backups left behind in `dir`: side files, their
/// journals and their lock files — only those whose lock nobody holds, so a
/// backup still being written (by the app's daily thread, or another
/// process) is never touched.
fn remove_interrupted(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let side_suffix = format!(".{EXTENSION}{PARTIAL}");
    let lock_suffix = format!(".{EXTENSION}{PARTIAL_LOCK}");
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // A side file, or a lock file whose writer was killed before its
        // side file was made.
        let Some(stem) = name
            .strip_suffix(&side_suffix)
            .or_else(|| name.strip_suffix(&lock_suffix))
        else {
            continue;
        };
        let side = dir.join(format!("{stem}.{EXTENSION}{PARTIAL}"));
        let lock = super::companion(&side, ".lock");
        let stale = match std::fs::File::open(&lock) {
            // No lock file: left by a version before the locks, or by a
            // writer killed between the two; give a writer that is just
            // starting ten minutes.
            Err(_) => std::fs::metadata(&side)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > std::time::Duration::from_secs(600)),
            Ok(file) => file.try_lock().is_ok(),
        };
        if stale {
            super::remove_with_companions(&side);
            let _ = std::fs::remove_file(&lock);
        }
    }
}

fn copy_with(conn: &Connection, target: &Path) -> Result<()> {
    let side = super::companion(target, PARTIAL);
    let lock_path = super::companion(target, PARTIAL_LOCK);
    let lock = std::fs::File::create(&lock_path)
        .map_err(|e| Error::io(format!("could not write {}", lock_path.display()), e))?;
    lock.lock()
        .map_err(|e| Error::io(format!("could not lock {}", lock_path.display()), e))?;
    super::remove_with_companions(&side);
    let result = (|| {
        {
            let mut dst = Connection::open(&side)?;
            copy_database(conn, &mut dst)?;
            // A single self-contained file: no -wal beside it to lose.
            dst.pragma_update(None, "journal_mode", "DELETE")?;
        }
        std::fs::File::open(&side)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(format!("could not write {}", side.display()), e))?;
        std::fs::rename(&side, target)
            .map_err(|e| Error::io(format!("could not write {}", target.display()), e))?;
        verify(target)
    })();
    if result.is_err() {
        super::remove_with_companions(&side);
    }
    drop(lock);
    let _ = std::fs::remove_file(&lock_path);
    result
}

/// Copies every page of `from` into `to` in one step, so `to` changes in a
/// single transaction: all of the copy, or none of it.
fn copy_database(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    match backup.step(-1)? {
        StepResult::Done => Ok(()),
        other => Err(Error::Internal(format!(
            "the backup could not finish ({other:?}); try again"
        ))),
    }
}

/// Checks a backup file: a workspace this version opens, and whole.
pub fn verify(path: &Path) -> Result<()> {
    let version = inspect(path)?;
    let conn = super::read_only_connection(path)?;
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" || version > LATEST_SCHEMA_VERSION {
        return Err(Error::NotAWorkspace {
            path: path.display().to_string(),
            reason: format!("it is damaged ({check})"),
        });
    }
    Ok(())
}

/// Deletes the oldest backups beyond [`KEEP_BACKUPS`].
fn prune(workspace: &Path) -> Result<()> {
    let dir = backups_dir(workspace);
    for old in list_backups(workspace)?.into_iter().skip(KEEP_BACKUPS) {
        let path = dir.join(&old.file_name);
        match std::fs::remove_file(&path) {
            // Another pruning (the background daily backup) got there first.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => {
                other.map_err(|e| Error::io(format!("could not remove {}", path.display()), e))?
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_round_trip_and_other_files_are_ignored() {
        let (at, reason) = parse_name("2026-11-23 14.45.18.123 daily.salesdesk").unwrap();
        assert_eq!(at.to_string(), "2026-11-23 14:45:18.123");
        assert_eq!(reason, "daily");
        assert!(parse_name("notes.txt").is_none());
        assert!(parse_name("2026-11-23 14.45.18.123.salesdesk").is_none());
        assert!(parse_name("2026-13-23 14.45.18.123 daily.salesdesk").is_none());
    }

    #[test]
    fn restore_names_cannot_leave_the_backups_folder() {
        let ws = Path::new("/tmp/x/workspace.salesdesk");
        for bad in ["../workspace.salesdesk", "/etc/passwd", "a/b", "..", ""] {
            let err = backup_path(ws, bad).unwrap_err();
            assert_eq!(err.field(), Some("fileName"), "{bad}");
        }
    }
}
