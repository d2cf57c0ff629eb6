//! The workspace store: one SQLite file per company.
//!
//! Opening is careful: a file is inspected read-only before anything is
//! written, so a file that is not a Salesdesk workspace (or is damaged) is
//! refused and left byte-for-byte untouched. A new workspace is built in a
//! side file and renamed into place, so a crash never leaves a half-made one.

pub mod backup;
pub(crate) mod children;
pub mod import_rules;
pub mod lock;
pub mod log;
mod migrations;
pub(crate) mod ordered;
pub mod page_check;
pub mod seam;
pub(crate) mod settings;
pub mod transfer;
pub mod trash;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use migrations::{LATEST_SCHEMA_VERSION, OLDEST_SCHEMA_WITH_TODAYS_TABLES, migrations};

/// The tables that hold the workspace's contents, by name: every table but
/// SQLite's own and the write seam's (the file's history, which is neither
/// exported nor recorded). What an export holds and what the seam records.
pub(crate) fn content_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let names = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut tables = Vec::new();
    for name in names {
        let name = name?;
        if !seam::UNRECORDED_TABLES.contains(&name.as_str()) {
            tables.push(name);
        }
    }
    Ok(tables)
}

/// `PRAGMA application_id` of every Salesdesk workspace ("SDK1").
pub const APPLICATION_ID: i32 = 0x5344_4B31;

/// File name of the workspace inside a data directory.
pub const WORKSPACE_FILE_NAME: &str = "workspace.salesdesk";

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open workspace. All reads and writes go through [`Workspace::read`]
/// and [`Workspace::write`], so every command is exactly one transaction.
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    /// None while a new workspace is being built in its side file, and for
    /// a workspace opened read-only.
    _lock: Option<lock::WorkspaceLock>,
    /// Opened with [`Workspace::open_read_only`]: every write is refused.
    read_only: bool,
    /// Deletes that can be undone while the workspace is open.
    pub(crate) trash: trash::Trash,
    /// Approved plan targets already parsed (figures); a cache that reads
    /// fill, hence behind a lock of its own so reads need only `&self`.
    pub(crate) approved_targets: std::sync::Mutex<crate::plans::ApprovedTargets>,
    /// Where this workspace's writes come from (the app's window unless
    /// the opener says otherwise).
    origin: seam::Origin,
    /// Set while [`Workspace::fill_as_one_reset`] runs: its writes are
    /// covered by the one reset entry it wrote first.
    filling: bool,
    /// Told what each committed write changed.
    listeners: Vec<seam::ChangeListener>,
    /// The check of the file's pages; writes wait for it to pass.
    page_check: page_check::PageCheck,
}

/// Reads of a workspace: the connection and the read caches, handed out by
/// [`Workspace::reader`] and to [`Workspace::snapshot`]'s closure. Each
/// module's read handle wraps one (`reader.plans()`, `ws.plans().list()`); a read
/// runs in a transaction of its own unless one is already open on the
/// connection, so reads nest inside a snapshot or a write.
#[derive(Clone, Copy)]
pub struct Reader<'w> {
    conn: &'w Connection,
    pub(crate) approved_targets: &'w std::sync::Mutex<crate::plans::ApprovedTargets>,
}

impl Reader<'_> {
    /// Runs `f` in a read transaction of its own, or in the one open.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self.conn);
        }
        let tx = self.conn.unchecked_transaction()?;
        let value = f(&tx)?;
        tx.finish()?;
        Ok(value)
    }

    /// Like [`Reader::read`], but keeps what `f` wrote to the connection's
    /// TEMP database (a read transaction is rolled back at its end, which
    /// would drop it). Works on a read-only workspace too: nothing in the
    /// file is written. Inside an open transaction the TEMP tables last as
    /// long as it does, and are made again by the next read that needs them.
    pub(crate) fn read_keeping_temp<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(self.conn);
        }
        let tx = self.conn.unchecked_transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Declares a module's two handles: `ws.plans()` (reads, on a [`Reader`],
/// also `reader.plans()` inside a [`Workspace::snapshot`]) and
/// `ws.plans_mut()` (writes, each one [`Workspace::write`]). The module
/// then writes `impl PlansReads<'_>` and `impl PlansWrites<'_>` with its SQL.
macro_rules! module_handles {
    ($what:literal, $read:ident, $write:ident, $Reads:ident, $Writes:ident) => {
        #[doc = concat!("Reads of ", $what, ": `ws.", stringify!($read), "()`, or `reader.", stringify!($read), "()` inside a [`Workspace::snapshot`]. Each method is one read transaction (or part of the one open).")]
        #[derive(Clone, Copy)]
        pub struct $Reads<'w>(Reader<'w>);

        #[doc = concat!("Writes of ", $what, ": `ws.", stringify!($write), "()`. Each method is one write transaction through the recorded write seam.")]
        pub struct $Writes<'w>(&'w mut Workspace);

        impl<'w> Reader<'w> {
            pub fn $read(self) -> $Reads<'w> {
                $Reads(self)
            }
        }

        impl Workspace {
            pub fn $read(&self) -> $Reads<'_> {
                self.reader().$read()
            }

            pub fn $write(&mut self) -> $Writes<'_> {
                $Writes(self)
            }
        }
    };
}
pub(crate) use module_handles;

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace")
            .field("path", &self.path)
            .finish()
    }
}

impl Workspace {
    /// Opens the workspace at `path`, creating it when no file is there.
    pub fn open_or_create(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if path.exists() {
            Self::open_existing(path)
        } else {
            Self::create(path)
        }
    }

    /// [`Workspace::open_or_create`] for the app's window: the file's pages
    /// are checked on a thread of their own once the first screen is drawn
    /// (`page_check().start_now()`), and the first write waits for the
    /// check (see [`page_check`]). Every other check comes first, as for
    /// any open.
    pub fn open_or_create_checking_in_background(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if path.exists() {
            Self::open_existing_with(path, lock::DEFAULT_LOCK_WAIT, CheckPages::InBackground)
        } else {
            Self::create(path)
        }
    }

    /// Opens an existing workspace, refusing anything that is not one.
    /// Waits up to [`lock::DEFAULT_LOCK_WAIT`] when another program has it
    /// open, then fails with [`Error::Busy`].
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_existing_waiting(path, lock::DEFAULT_LOCK_WAIT)
    }

    /// [`Workspace::open_existing`], waiting at most `wait` for the lock.
    pub fn open_existing_waiting(
        path: impl AsRef<Path>,
        wait: std::time::Duration,
    ) -> Result<Self> {
        Self::open_existing_with(path.as_ref(), wait, CheckPages::BeforeOpening)
    }

    fn open_existing_with(
        path: &Path,
        wait: std::time::Duration,
        check: CheckPages,
    ) -> Result<Self> {
        let version = inspect_header(path)?;
        let opened = Self::open_existing_inner(path, version, wait, check);
        if check == CheckPages::InBackground && opened.is_err() {
            // Damage the check has not reached yet can stop the open (a
            // damaged schema): name it for what it is.
            check_pages_now(path)?;
        }
        opened
    }

    fn open_existing_inner(
        path: &Path,
        version: i64,
        wait: std::time::Duration,
        check: CheckPages,
    ) -> Result<Self> {
        let mut pages_checked = false;
        // An update writes at once (a backup, the migrations): check first.
        if check == CheckPages::BeforeOpening || version < LATEST_SCHEMA_VERSION {
            check_pages_now(path)?;
            pages_checked = true;
        }
        refuse_if_read_only(path)?;
        let held = lock::WorkspaceLock::acquire(path, wait).map_err(|e| match e {
            Error::Io { source, .. } if is_read_only_error(&source) => Error::ReadOnly {
                path: path.display().to_string(),
            },
            other => other,
        })?;
        // Read again under the lock: a previous holder may have updated it.
        let version = schema_version(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut workspace = Workspace {
            conn,
            path: path.to_path_buf(),
            _lock: Some(held),
            read_only: false,
            trash: trash::Trash::default(),
            approved_targets: Default::default(),
            origin: seam::Origin::Window,
            filling: false,
            listeners: Vec::new(),
            page_check: if pages_checked {
                page_check::PageCheck::passed(path)
            } else {
                page_check::PageCheck::deferred(path)
            },
        };
        // A folder SQLite cannot create its `-wal` in (the lock file was
        // already there) is read-only, not damaged.
        workspace.configure().map_err(|e| match e {
            Error::Database(rusqlite::Error::SqliteFailure(f, _))
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::ReadOnly
                        | rusqlite::ErrorCode::CannotOpen
                        | rusqlite::ErrorCode::PermissionDenied
                ) =>
            {
                Error::ReadOnly {
                    path: path.display().to_string(),
                }
            }
            other => other,
        })?;
        if version < LATEST_SCHEMA_VERSION {
            // An update changes the schema: keep the old state to go back to.
            workspace.back_up(&backup::BackupReason::BeforeUpdate { from: version })?;
        }
        workspace.migrate()?;
        Ok(workspace)
    }

    /// Opens a workspace for reading and printing only, for one that
    /// cannot be written (a read-only file, folder or disk). It takes no
    /// lock (there is no writer to keep out) and every write is refused
    /// with [`Error::ReadOnly`].
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let version = inspect(path)?;
        if version < LATEST_SCHEMA_VERSION {
            return Err(Error::invalid(
                "path",
                format!(
                    "{} was saved by an older Salesdesk and cannot be updated because it is read-only; copy it to a folder you can write to and open the copy.",
                    path.display()
                ),
            ));
        }
        let conn = read_only_connection(path)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(256);
        Ok(Workspace {
            conn,
            path: path.to_path_buf(),
            _lock: None,
            read_only: true,
            trash: trash::Trash::default(),
            approved_targets: Default::default(),
            origin: seam::Origin::Window,
            filling: false,
            listeners: Vec::new(),
            page_check: page_check::PageCheck::passed(path),
        })
    }

    /// [`Workspace::open_existing`], or, when the workspace cannot be
    /// written, [`Workspace::open_read_only`]: for commands that only read
    /// and print.
    pub fn open_for_reading(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        match Self::open_existing(path) {
            Err(Error::ReadOnly { .. }) => Self::open_read_only(path),
            other => other,
        }
    }

    /// [`Workspace::open_for_reading`] for an export: the file's pages are
    /// checked on a thread of their own while the export is made, and
    /// [`Workspace::write_export`] waits for the check before it writes.
    pub fn open_for_exporting(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let opened =
            match Self::open_existing_with(path, lock::DEFAULT_LOCK_WAIT, CheckPages::InBackground)
            {
                Err(Error::ReadOnly { .. }) => Self::open_read_only(path),
                other => other,
            }?;
        opened.page_check.start_now();
        Ok(opened)
    }

    /// Opened read-only: every write is refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The gate of every write (the seam, a backup, a restore): refused
    /// when the workspace was opened read-only, and only once the check of
    /// the file's pages has passed (it may still be running, see
    /// [`page_check`]).
    fn refuse_writes_if_read_only(&self) -> Result<()> {
        if self.read_only {
            return Err(Error::ReadOnly {
                path: self.path.display().to_string(),
            });
        }
        self.page_check.wait()
    }

    /// The check of the file's pages, for those who must wait for it
    /// without holding the workspace (the app's daily backup).
    pub fn page_check(&self) -> page_check::PageCheck {
        self.page_check.clone()
    }

    /// Creates a new, empty workspace at `path` (which must not exist).
    pub fn create(path: impl AsRef<Path>) -> Result<Self> {
        Self::create_with(path, |_| Ok(()))
    }

    /// Creates a new workspace at `path` (which must not exist) and fills
    /// it with `fill` before it appears there: when `fill` fails, nothing is
    /// left on disk (a refused import into a new workspace leaves no empty
    /// workspace behind).
    pub fn create_with(
        path: impl AsRef<Path>,
        fill: impl FnOnce(&mut Workspace) -> Result<()>,
    ) -> Result<Self> {
        let path = path.as_ref();
        if path.exists() {
            return Err(Error::invalid(
                "path",
                format!("{} already exists; choose another name.", path.display()),
            ));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                Error::io(
                    format!("could not create the folder {}", parent.display()),
                    e,
                )
            })?;
        }
        // Build the schema in a side file, then move it into place in one step.
        let side = side_path(path);
        remove_with_companions(&side);
        let built = (|| -> Result<()> {
            let conn = Connection::open(&side)?;
            let mut workspace = Workspace {
                conn,
                path: side.clone(),
                _lock: None,
                read_only: false,
                trash: trash::Trash::default(),
                approved_targets: Default::default(),
                origin: seam::Origin::Window,
                filling: false,
                listeners: Vec::new(),
                page_check: page_check::PageCheck::passed(&side),
            };
            workspace
                .conn
                .pragma_update(None, "application_id", APPLICATION_ID)?;
            workspace.configure()?;
            workspace.migrate()?;
            fill(&mut workspace)?;
            // Leave WAL so the side file is complete on its own before the rename.
            workspace
                .conn
                .pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })();
        if let Err(e) = built {
            remove_with_companions(&side);
            return Err(e);
        }
        publish_new(&side, path)?;
        Self::open_existing(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&mut self) -> Result<()> {
        // WAL: readers never block the writer and a crash mid-commit leaves
        // the last committed state. synchronous=FULL also syncs the WAL on
        // every commit, so an acknowledged edit survives a power cut too.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Loaders reuse their statements (prepare_cached); room for all of them.
        self.conn.set_prepared_statement_cache_capacity(256);
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        migrations().to_latest(&mut self.conn)?;
        // The recording triggers follow the schema the migrations made. An
        // open that changes them writes: after the page check, like any write.
        let tx = self.conn.transaction()?;
        let statements = seam::trigger_changes(&tx)?;
        if !statements.is_empty() {
            self.page_check.wait()?;
            for statement in &statements {
                tx.execute_batch(statement)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Says where this workspace's writes come from (the CLI says so when
    /// it opens one); recorded with every change.
    pub fn set_origin(&mut self, origin: seam::Origin) {
        self.origin = origin;
    }

    /// Fills an empty workspace in many writes (the example company) and
    /// records the whole as what it is, one `reset` entry, written before
    /// the first of them (so a fill cut short is still marked as one):
    /// like a JSON import, a fill replaces the contents rather than edits
    /// them, and recording each of its rows one by one made the large
    /// example 40 % slower to make and its file twice as big.
    pub fn fill_as_one_reset<T>(
        &mut self,
        fill: impl FnOnce(&mut Workspace) -> Result<T>,
    ) -> Result<T> {
        if self.filling {
            // A fill within a fill (the large example starts with the
            // small one): the outer one's entry covers it.
            return fill(self);
        }
        let origin = self.origin;
        self.write(|tx| seam::record_reset(tx, origin, || Ok(())))?;
        self.filling = true;
        let filled = fill(self);
        self.filling = false;
        // The last write left recording paused in the file; a write turns
        // it on again, for writes by any other path too.
        self.write(|_| Ok(()))?;
        filled
    }

    /// The recorded changes of one record, oldest first: its history.
    pub fn history(&self, table: &str, row_id: &str) -> Result<Vec<seam::Change>> {
        self.read(|tx| seam::history(tx, table, row_id))
    }

    /// Every recorded change after `seq`, oldest first.
    pub fn changes_since(&self, seq: i64) -> Result<Vec<seam::Change>> {
        self.read(|tx| seam::since(tx, seq))
    }

    /// Calls `listener` after every committed write with what it changed.
    pub fn on_change(&mut self, listener: impl Fn(&seam::ChangeBatch) + Send + 'static) {
        self.listeners.push(Box::new(listener));
    }

    /// Runs `f` in one write transaction: all of it is saved, or none of it.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.write_if(|tx| Ok((f(tx)?, true)))
    }

    /// Runs `f` in one write transaction that commits only when `f` says so
    /// (`(value, true)`); with `(value, false)` everything `f` did is undone
    /// and `value` still returned (a preview, or an all-or-nothing import).
    pub fn write_if<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, bool)>,
    ) -> Result<T> {
        self.refuse_writes_if_read_only()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let number = seam::begin(&tx, self.origin, !self.filling)?;
        let (value, commit) = f(&tx)?;
        if !commit {
            tx.rollback()?;
            return Ok(value);
        }
        let batch = if self.listeners.is_empty() {
            None
        } else {
            seam::batch(&tx, number)?
        };
        tx.commit()?;
        if let Some(batch) = batch {
            for listener in &self.listeners {
                listener(&batch);
            }
        }
        Ok(value)
    }

    /// Runs `f` in one read transaction, so it sees one consistent state
    /// (or in the transaction already open: see [`Workspace::snapshot`]).
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.reader().read(f)
    }

    /// Runs `f` with every module's reads (`reader.plans()`, …) in one
    /// read transaction: a command that reads several kinds of record
    /// (a PDF's data) sees one consistent state. It ends in a rollback, like
    /// every read: nothing a read did by mistake can be committed. (The
    /// TEMP tables its reads made go too, and are made again when needed.)
    pub fn snapshot<T>(&self, f: impl FnOnce(Reader<'_>) -> Result<T>) -> Result<T> {
        let reader = self.reader();
        reader.read(|_| f(reader))
    }

    /// The reads of every module, over this workspace's connection.
    pub fn reader(&self) -> Reader<'_> {
        Reader {
            conn: &self.conn,
            approved_targets: &self.approved_targets,
        }
    }

    /// The schema as SQL, one statement per object, sorted by name; used by
    /// the test that pins the schema the migrations produce.
    pub fn schema_sql(&self) -> Result<String> {
        let mut stmt = self.conn.prepare(
            "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = String::new();
        for sql in rows {
            out.push_str(&sql?);
            out.push_str(";\n");
        }
        Ok(out)
    }

    /// `PRAGMA integrity_check` says "ok".
    pub fn integrity_ok(&self) -> Result<bool> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(result == "ok")
    }
}

fn side_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".creating");
    path.with_file_name(name)
}

/// Moves a finished new workspace from its side file to `path`, refusing
/// to replace a file that appeared there meanwhile: a hard link, which
/// fails when the name is taken, then the side name removed. Where links
/// are not possible (some network and FAT disks) a rename after a last
/// look.
fn publish_new(side: &Path, path: &Path) -> Result<()> {
    let taken = || {
        Error::invalid(
            "path",
            format!("{} already exists; choose another name.", path.display()),
        )
    };
    match std::fs::hard_link(side, path) {
        Ok(()) => {
            let _ = std::fs::remove_file(side);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            remove_with_companions(side);
            Err(taken())
        }
        Err(_) if path.exists() => {
            remove_with_companions(side);
            Err(taken())
        }
        Err(_) => std::fs::rename(side, path)
            .map_err(|e| Error::io(format!("could not create {}", path.display()), e)),
    }
}

/// `path` with `suffix` appended to its file name (`-wal`, `-shm`, …).
pub(crate) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes a database file and the journal files SQLite may leave beside it.
pub(crate) fn remove_with_companions(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = std::fs::remove_file(companion(path, suffix));
    }
}

/// The operating system said the file or its folder cannot be written.
fn is_read_only_error(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Refuses, as [`Error::ReadOnly`], a workspace file that cannot be opened
/// for writing (SQLite would open it read-only without a word, and every
/// edit would then fail).
fn refuse_if_read_only(path: &Path) -> Result<()> {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Err(e) if is_read_only_error(&e) => Err(Error::ReadOnly {
            path: path.display().to_string(),
        }),
        _ => Ok(()),
    }
}

/// A read-only connection that creates nothing beside the file: a file
/// with no journal beside it is opened as immutable (SQLite would otherwise
/// create `-wal` and `-shm` files to read a WAL database, which fails in a
/// read-only folder and litters a file that turns out not to be ours). The
/// journals are looked for beside the file a link points at, where SQLite
/// keeps them.
pub(crate) fn read_only_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let journal_beside = ["-wal", "-journal"]
        .iter()
        .any(|suffix| companion(&real, suffix).exists());
    if journal_beside {
        return Ok(Connection::open_with_flags(path, flags)?);
    }
    Ok(Connection::open_with_flags(
        file_uri(&real, "immutable=1"),
        flags | OpenFlags::SQLITE_OPEN_URI,
    )?)
}

/// `file:` URI of `path` with `query`: `file://` and the absolute path from
/// a `/` (a Windows drive or share path gets one in front: `file:///C:/…`,
/// `file:////server/share/…`), every byte outside the unreserved set
/// percent-encoded (a name may hold `?`, `#`, `%` or bytes that are not
/// UTF-8).
fn file_uri(path: &Path, query: &str) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    #[cfg(unix)]
    let bytes: Vec<u8> = {
        use std::os::unix::ffi::OsStrExt;
        absolute.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes: Vec<u8> = {
        let text = absolute.to_string_lossy().replace('\\', "/");
        // `\\?\C:\…` and `\\?\UNC\server\…` are the same paths without the prefix.
        let text = match text.strip_prefix("//?/") {
            Some(rest) => match rest.strip_prefix("UNC/") {
                Some(share) => format!("//{share}"),
                None => rest.to_string(),
            },
            None => text,
        };
        text.into_bytes()
    };
    let mut uri = String::from("file://");
    if bytes.first() != Some(&b'/') {
        uri.push('/');
    }
    for byte in bytes {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// Checks, without writing a byte, that `path` holds a Salesdesk workspace
/// this version can open, and returns its schema version.
pub fn inspect(path: &Path) -> Result<i64> {
    let version = inspect_header(path)?;
    check_pages_now(path)?;
    Ok(version)
}

/// How an open checks the file's pages.
#[derive(Clone, Copy, PartialEq)]
enum CheckPages {
    BeforeOpening,
    InBackground,
}

/// [`page_check::check_pages`] of `path`, as a refusal to open it.
fn check_pages_now(path: &Path) -> Result<()> {
    let refuse = |reason: String| Error::NotAWorkspace {
        path: path.display().to_string(),
        reason,
    };
    page_check::check_file(path).map_err(refuse)
}

/// [`inspect`] but for the check of every page: that the file is a whole
/// SQLite database of Salesdesk's, of a version this build knows.
fn inspect_header(path: &Path) -> Result<i64> {
    let shown = path.display().to_string();
    let refuse = |reason: &str| Error::NotAWorkspace {
        path: shown.clone(),
        reason: reason.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => refuse("there is no such file"),
        _ => Error::io(format!("could not read {shown}"), e),
    })?;
    if meta.is_dir() {
        return Err(refuse("it is a folder"));
    }
    let mut header = [0u8; 16];
    let read = {
        use std::io::Read;
        let mut file = std::fs::File::open(path)
            .map_err(|e| Error::io(format!("could not read {shown}"), e))?;
        file.read(&mut header)
            .map_err(|e| Error::io(format!("could not read {shown}"), e))?
    };
    if read < header.len() || &header != SQLITE_MAGIC {
        return Err(refuse(if meta.len() == 0 {
            "the file is empty"
        } else {
            "it is not an SQLite database"
        }));
    }
    recover_hot_journal(path);
    let len = std::fs::metadata(path)
        .map(|m| m.len())
        .unwrap_or(meta.len());
    if let Some(reason) = cut_short(path, len) {
        return Err(refuse(&reason));
    }
    let conn =
        read_only_connection(path).map_err(|_| refuse("it cannot be opened as a database"))?;
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|_| refuse("it is damaged"))?;
    if application_id != APPLICATION_ID {
        return Err(refuse("it is a database of another program"));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > LATEST_SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: shown,
            found: version,
            known: LATEST_SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// A database with a rollback journal beside it was stopped in the middle of
/// a write (a crash, a kill: the switch to WAL after a new workspace is
/// published, or a restore). SQLite puts the pages back from the journal
/// when the file is next read by a connection that may write; the
/// read-only inspection cannot, and would see a damaged file. So let a
/// writing connection read it once first. (Only a file that starts like an
/// SQLite database gets here; without write access nothing happens and the
/// inspection reports what it finds.)
fn recover_hot_journal(path: &Path) {
    let journal = companion(path, "-journal");
    if !std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
        return;
    }
    if let Ok(conn) = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) {
        let _ = conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0));
        let _ = conn.close();
    }
}

/// Why a file that starts like an SQLite database is not a whole one, if it
/// is not: a database is a whole number of pages of the size its header
/// names, so a copy that stopped early shows.
fn cut_short(path: &Path, len: u64) -> Option<String> {
    use std::io::Read;
    let damaged = || {
        Some(format!(
            "it is damaged: the file is cut short ({len} bytes)"
        ))
    };
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).ok()?;
    if file.read_exact(&mut header).is_err() {
        return damaged();
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Some("it is damaged: its header is not valid".into());
    }
    if len < page_size || !len.is_multiple_of(page_size) {
        return damaged();
    }
    None
}

/// The schema version (`user_version`) of a file [`inspect`] accepted.
fn schema_version(path: &Path) -> Result<i64> {
    let conn = read_only_connection(path)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > LATEST_SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: path.display().to_string(),
            found: version,
            known: LATEST_SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// What the app tells the UI about its workspace at start.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum WorkspaceStatus {
    /// The workspace is open and ready (for reading only, when it cannot
    /// be written). `example`: it is the example company's workspace, kept
    /// apart from the user's own.
    #[serde(rename_all = "camelCase")]
    Open {
        path: String,
        read_only: bool,
        example: bool,
    },
    /// The workspace could not be opened; the file was left untouched.
    #[serde(rename_all = "camelCase")]
    Failed {
        path: String,
        error: crate::error::ErrorPayload,
    },
}

impl Workspace {
    /// What Ctrl+Z would bring back: "Stage “Visit”", or none.
    pub fn last_deleted(&self) -> Option<String> {
        self.trash.last().map(|d| d.label.clone())
    }

    /// Brings back the record deleted last, exactly as it was (with what
    /// went with it, and its place in its list). When that cannot be done,
    /// says so and changes nothing: if what it belonged to is gone it never
    /// can be, and it is dropped so the deletes before it can be undone;
    /// if its name was taken since, it stays for the next try.
    pub fn undo_delete(&mut self) -> Result<trash::Restored> {
        let Some(deleted) = self.trash.last().cloned() else {
            return Err(Error::Invalid {
                field: None,
                message: "There is no delete to undo.".into(),
            });
        };
        match self.write(|tx| trash::restore(tx, &deleted)) {
            Ok(restored) => {
                self.trash.pop();
                Ok(restored)
            }
            Err(err @ Error::Conflict { .. }) => Err(err),
            Err(err @ Error::Invalid { .. }) => {
                self.trash.pop();
                Err(err)
            }
            Err(err) => Err(err),
        }
    }

    /// Runs `delete` in one write transaction, keeping what it deletes (the
    /// record `id` of `table` and everything that refers to it) for
    /// [`Workspace::undo_delete`].
    pub(crate) fn delete_undoably<T>(
        &mut self,
        table: &'static str,
        id: &str,
        label: impl FnOnce(&Connection) -> Result<String>,
        delete: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let (value, deleted) = self.write(|tx| {
            let label = label(tx)?;
            let deleted = trash::capture(tx, table, id, label)?;
            Ok((delete(tx)?, deleted))
        })?;
        self.trash.push(deleted);
        Ok(value)
    }
}
