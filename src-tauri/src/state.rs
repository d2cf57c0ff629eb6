//! The app's state: the data directory and the open workspace, if any.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use salesdesk_core::paths::{AboutInfo, example_workspace_file, log_file, workspace_file};
use salesdesk_core::store::WorkspaceStatus;
use salesdesk_core::store::backup::backups_dir;
use salesdesk_core::store::seam::{ChangeBatch, ChangeListener};
use salesdesk_core::{Error, Workspace};

pub struct AppState {
    pub data_dir: PathBuf,
    pub workspace: Option<Workspace>,
    pub status: WorkspaceStatus,
    /// The CSV file the user chose to import, read once: the UI never names
    /// a path for Rust to read.
    pub chosen_csv: Option<ChosenFile>,
    /// Where each committed change is told (the page's channel).
    pub changes: ChangeSink,
    /// Whether the data directory's workspace has been opened (or tried).
    /// The app opens it on first use rather than in its set-up, which runs
    /// on the main thread and would hold back the window's first paint
    /// while a large workspace is checked.
    opened: bool,
    /// The check that found the last workspace damaged and closed it: what
    /// a command is told until another workspace is opened.
    closed_as_damaged: Option<salesdesk_core::store::page_check::PageCheck>,
}

/// The channel the page registers to hear of every committed change (again
/// after a reload: the newest one counts). A channel, like the menu's, so
/// the UI needs no event permission.
#[derive(Clone, Default)]
pub struct ChangeSink(Arc<Mutex<Option<ChangeListener>>>);

impl ChangeSink {
    pub fn set(&self, send: impl Fn(&ChangeBatch) + Send + 'static) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(Box::new(send));
    }

    fn send(&self, batch: &ChangeBatch) {
        if let Some(send) = self.0.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            send(batch);
        }
    }
}

pub struct ChosenFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl AppState {
    /// Opens (or creates) the workspace of `data_dir` now.
    pub fn open_in(data_dir: PathBuf) -> Self {
        let mut state = Self::deferred(data_dir);
        state.ensure_open();
        state
    }

    /// The state of `data_dir`, to be opened by [`AppState::ensure_open`]
    /// on first use (a command, or the backup thread, off the main thread).
    pub fn deferred(data_dir: PathBuf) -> Self {
        let path = workspace_file(&data_dir);
        AppState {
            data_dir,
            workspace: None,
            chosen_csv: None,
            changes: ChangeSink::default(),
            status: WorkspaceStatus::Failed {
                path: path.display().to_string(),
                error: Error::Internal("not opened yet".into()).payload(),
            },
            opened: false,
            closed_as_damaged: None,
        }
    }

    /// Opens the data directory's workspace the first time it is called.
    pub fn ensure_open(&mut self) {
        if !self.opened {
            self.opened = true;
            let path = workspace_file(&self.data_dir);
            let _ = self.switch_to(&path, false);
        }
    }

    /// Opens the workspace at `path`, or creates a new one there when
    /// `create` is set. On failure the workspace already open stays open.
    pub fn switch_to(&mut self, path: &Path, create: bool) -> Result<WorkspaceStatus, Error> {
        // The file already open: nothing to do (opening it a second time
        // would wait for our own lock and report it busy).
        self.opened = true;
        if !create && self.is_open(path) {
            return Ok(self.status.clone());
        }
        let result = if create {
            Workspace::create(path)
        } else {
            // A workspace that cannot be written is opened for reading and
            // printing rather than refused (the UI says it is read-only).
            // The file's pages are checked beside the first screen (a large
            // workspace takes a tenth of a second); writes wait for it.
            match Workspace::open_or_create_checking_in_background(path) {
                Err(Error::ReadOnly { .. }) => Workspace::open_read_only(path),
                other => other,
            }
        };
        let shown = path.display().to_string();
        match result {
            Ok(mut ws) => {
                let sink = self.changes.clone();
                ws.on_change(move |batch| sink.send(batch));
                log::info!(
                    "opened workspace {shown}{}",
                    if ws.is_read_only() {
                        " (read-only)"
                    } else {
                        ""
                    }
                );
                self.status = WorkspaceStatus::Open {
                    path: shown,
                    read_only: ws.is_read_only(),
                    example: self.is_example(path),
                };
                self.workspace = Some(ws);
                self.closed_as_damaged = None;
                Ok(self.status.clone())
            }
            Err(err) => {
                log::warn!("could not open {shown}: {err}");
                if self.workspace.is_none() {
                    self.status = WorkspaceStatus::Failed {
                        path: shown,
                        error: err.payload(),
                    };
                }
                Err(err)
            }
        }
    }

    /// Opens the example company's workspace, filling it (dated around
    /// `today`) the first time.
    pub fn open_example(&mut self, today: chrono::NaiveDate) -> Result<WorkspaceStatus, Error> {
        let path = example_workspace_file(&self.data_dir);
        if !path.exists() {
            let calendar = salesdesk_core::demo::DemoCalendar::new(today)?;
            // Built in a side file and published whole: a crash leaves no
            // half-filled example behind.
            drop(Workspace::create_with(&path, |ws| {
                salesdesk_core::demo::fill_demo(ws, &calendar)
            })?);
            log::info!("filled the example workspace {}", path.display());
        }
        self.switch_to(&path, false)
    }

    /// A workspace whose page check (run beside the first screen) found
    /// damage is closed, as if its open had been refused: the status says
    /// why and the start screen offers a backup.
    pub fn close_if_damaged(&mut self) -> Option<Error> {
        if self.workspace.is_none() {
            return self.closed_as_damaged.as_ref()?.damage_found();
        }
        let ws = self.workspace.as_ref()?;
        let check = ws.page_check();
        let damage = check.damage_found()?;
        log::warn!("closed the workspace: {damage}");
        self.status = WorkspaceStatus::Failed {
            path: ws.path().display().to_string(),
            error: damage.payload(),
        };
        self.workspace = None;
        self.closed_as_damaged = Some(check);
        Some(damage)
    }

    fn is_example(&self, path: &Path) -> bool {
        let example = example_workspace_file(&self.data_dir);
        match (path.canonicalize(), example.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => path == example,
        }
    }

    fn is_open(&self, path: &Path) -> bool {
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        self.workspace
            .as_ref()
            .is_some_and(|w| same(w.path(), path))
    }

    /// Version and where everything is kept, for the About box.
    pub fn about(&self) -> AboutInfo {
        AboutInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            data_dir: self.data_dir.display().to_string(),
            workspace: self
                .workspace
                .as_ref()
                .map(|w| w.path().display().to_string()),
            backups_dir: self
                .workspace
                .as_ref()
                .map(|w| backups_dir(w.path()).display().to_string()),
            log_file: log_file(&self.data_dir).display().to_string(),
        }
    }

    /// The open workspace, or the error that explains why there is none.
    pub fn workspace(&mut self) -> Result<&mut Workspace, Error> {
        if let Some(damage) = self.close_if_damaged() {
            return Err(damage);
        }
        self.workspace.as_mut().ok_or_else(|| Error::Invalid {
            field: None,
            message: "No workspace is open. Open or create one first.".into(),
        })
    }
}
