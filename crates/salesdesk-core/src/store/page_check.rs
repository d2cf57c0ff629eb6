//! SQLite's check of every page of a workspace file (`PRAGMA quick_check`),
//! run after the app's first screen instead of before it.
//!
//! The check reads the whole file: about 60–130 ms for a 45 MB workspace,
//! which was most of the difference between starting with a new workspace
//! and with a large one. The cheap checks (that the file is a whole SQLite
//! database of Salesdesk's, of a version this build knows) still come
//! first; the page check then runs on a connection of its own, once the
//! first screen is drawn (on two cores, running it beside the drawing
//! slowed the drawing down). Nothing is written before it has passed: the
//! first write, backup, restore or export waits for it (see
//! `Workspace::refuse_writes_if_read_only`), starting it at once if it has
//! not started yet, and a file found damaged is refused from then on with
//! the same message an open would have given.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use rusqlite::Connection;

use crate::error::Error;

/// The state of one workspace's page check, shared with the thread that
/// runs it (and with anyone who must wait for it, such as the app's daily
/// backup).
#[derive(Clone)]
pub struct PageCheck {
    path: PathBuf,
    shared: Arc<(Mutex<Outcome>, Condvar)>,
}

/// A deferred check starts on its own after this long, should nothing
/// start it sooner (the app starts it once its first screen is drawn).
const START_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(3);

#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Not started yet: it starts when [`PageCheck::start_now`] is called,
    /// when something waits for it, or after [`START_AT_THE_LATEST`].
    Deferred,
    Running,
    Passed,
    /// Why the file is damaged, as the open's refusal words it.
    Damaged(String),
}

impl PageCheck {
    /// A check already done (by the open itself, or not needed: a new file).
    pub(crate) fn passed(path: &Path) -> Self {
        Self::with(path, Outcome::Passed)
    }

    /// A check of `path` to be run on a thread of its own, started by
    /// [`PageCheck::start_now`] (or whatever comes first, see [`Outcome::Deferred`]).
    pub(crate) fn deferred(path: &Path) -> Self {
        let check = Self::with(path, Outcome::Deferred);
        let later = check.clone();
        let _ = std::thread::Builder::new()
            .name("page check timer".into())
            .spawn(move || {
                std::thread::sleep(START_AT_THE_LATEST);
                later.start_now();
            });
        check
    }

    /// Starts the check on a thread of its own, unless it has started.
    pub fn start_now(&self) {
        if !self.claim() {
            return;
        }
        let running = self.clone();
        let spawned = std::thread::Builder::new()
            .name("page check".into())
            .spawn(move || running.finish(run(&running.path)));
        if spawned.is_err() {
            // No thread to spare: check here and now.
            self.finish(run(&self.path));
        }
    }

    /// Marks a deferred check as running: true for the one caller that
    /// gets to run it.
    fn claim(&self) -> bool {
        let (state, _) = &*self.shared;
        let mut outcome = state.lock().unwrap_or_else(|p| p.into_inner());
        if *outcome != Outcome::Deferred {
            return false;
        }
        *outcome = Outcome::Running;
        true
    }

    fn with(path: &Path, outcome: Outcome) -> Self {
        PageCheck {
            path: path.to_path_buf(),
            shared: Arc::new((Mutex::new(outcome), Condvar::new())),
        }
    }

    fn finish(&self, outcome: Outcome) {
        let (state, done) = &*self.shared;
        *state.lock().unwrap_or_else(|p| p.into_inner()) = outcome;
        done.notify_all();
    }

    /// Waits for the check: `Ok` when the file passed, the refusal an open
    /// would have given when it is damaged.
    pub fn wait(&self) -> Result<(), Error> {
        // Not started yet: run it here, rather than wait for a thread.
        if self.claim() {
            self.finish(run(&self.path));
        }
        let (state, done) = &*self.shared;
        let mut outcome = state.lock().unwrap_or_else(|p| p.into_inner());
        while *outcome == Outcome::Running {
            outcome = done.wait(outcome).unwrap_or_else(|p| p.into_inner());
        }
        self.result(&outcome)
    }

    /// [`PageCheck::wait`], but leaving the start to whoever starts it (the
    /// app's daily backup uses this: it must not run the check before the
    /// first screen is drawn).
    pub fn wait_without_starting(&self) -> Result<(), Error> {
        let (state, done) = &*self.shared;
        let mut outcome = state.lock().unwrap_or_else(|p| p.into_inner());
        while matches!(*outcome, Outcome::Deferred | Outcome::Running) {
            outcome = done.wait(outcome).unwrap_or_else(|p| p.into_inner());
        }
        self.result(&outcome)
    }

    /// The damage found so far, without waiting: `None` until the check
    /// has run, and when it passed.
    pub fn damage_found(&self) -> Option<Error> {
        let (state, _) = &*self.shared;
        let outcome = state.lock().unwrap_or_else(|p| p.into_inner());
        self.result(&outcome).err()
    }

    fn result(&self, outcome: &Outcome) -> Result<(), Error> {
        match outcome {
            Outcome::Damaged(reason) => Err(Error::NotAWorkspace {
                path: self.path.display().to_string(),
                reason: reason.clone(),
            }),
            _ => Ok(()),
        }
    }
}

/// The check of the file at `path`, on a connection of its own.
fn run(path: &Path) -> Outcome {
    match check_file(path) {
        Ok(()) => Outcome::Passed,
        Err(reason) => Outcome::Damaged(reason),
    }
}

/// SQLite's quick check of every page of `path`, on a connection of its
/// own: `Err` with the reason, worded as the open's refusal, when the file
/// is damaged (or cannot be read as a database at all).
pub(crate) fn check_file(path: &Path) -> Result<(), String> {
    let conn = super::read_only_connection(path)
        .map_err(|_| "it cannot be opened as a database".to_string())?;
    check_pages(&conn)
}

fn check_pages(conn: &Connection) -> Result<(), String> {
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|_| "it is damaged".to_string())?;
    if check != "ok" {
        return Err(format!("it is damaged ({check})"));
    }
    Ok(())
}
