//! The app's state: the data directory and the open workspace, if any.

use std::path::{Path, PathBuf};

use salesdesk_core::paths::{resolve_data_dir, workspace_file};
use salesdesk_core::store::WorkspaceStatus;
use salesdesk_core::{Error, Workspace};

pub struct AppState {
    pub data_dir: PathBuf,
    pub workspace: Option<Workspace>,
    pub status: WorkspaceStatus,
    /// The CSV file the user chose to import, read once: the UI never names
    /// a path for Rust to read.
    pub chosen_csv: Option<ChosenFile>,
}

pub struct ChosenFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl AppState {
    /// Opens (or creates) the workspace of the data directory chosen by the
    /// arguments, the environment, or the OS default. A file that cannot be
    /// opened is left untouched and reported in `status`.
    pub fn open(args: &[String], env_dir: Option<String>, default_dir: Option<PathBuf>) -> Self {
        let data_dir = resolve_data_dir(args, env_dir, || {
            default_dir.unwrap_or_else(|| PathBuf::from("salesdesk-data"))
        });
        let path = workspace_file(&data_dir);
        let mut state = AppState {
            data_dir,
            workspace: None,
            chosen_csv: None,
            status: WorkspaceStatus::Failed {
                path: path.display().to_string(),
                error: Error::Internal("not opened yet".into()).payload(),
            },
        };
        let _ = state.switch_to(&path, false);
        state
    }

    /// Opens the workspace at `path`, or creates a new one there when
    /// `create` is set. On failure the workspace already open stays open.
    pub fn switch_to(&mut self, path: &Path, create: bool) -> Result<WorkspaceStatus, Error> {
        let result = if create {
            Workspace::create(path)
        } else {
            Workspace::open_or_create(path)
        };
        let shown = path.display().to_string();
        match result {
            Ok(ws) => {
                self.workspace = Some(ws);
                self.status = WorkspaceStatus::Open { path: shown };
                Ok(self.status.clone())
            }
            Err(err) => {
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

    /// The open workspace, or the error that explains why there is none.
    pub fn workspace(&mut self) -> Result<&mut Workspace, Error> {
        self.workspace.as_mut().ok_or_else(|| Error::Invalid {
            field: None,
            message: "No workspace is open. Open or create one first.".into(),
        })
    }
}
