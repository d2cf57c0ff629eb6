//! Where the workspace lives: a data directory holding `workspace.salesdesk`
//! (and, later, backups and logs). Chosen by, in order: the command-line
//! argument, the `SALESDESK_DATA_DIR` environment variable, the OS
//! app-data directory.

use std::path::{Path, PathBuf};

use crate::store::WORKSPACE_FILE_NAME;

pub const DATA_DIR_ENV: &str = "SALESDESK_DATA_DIR";
pub const DATA_DIR_ARG: &str = "--data-dir";

/// The data directory from `args` (`--data-dir DIR` or `--data-dir=DIR`),
/// else from `env_value`, else `default`.
pub fn resolve_data_dir(
    args: &[String],
    env_value: Option<String>,
    default: impl FnOnce() -> PathBuf,
) -> PathBuf {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == DATA_DIR_ARG {
            if let Some(dir) = iter.next() {
                return PathBuf::from(dir);
            }
        } else if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return PathBuf::from(dir);
        }
    }
    match env_value {
        Some(dir) if !dir.trim().is_empty() => PathBuf::from(dir),
        _ => default(),
    }
}

pub fn workspace_file(data_dir: &Path) -> PathBuf {
    data_dir.join(WORKSPACE_FILE_NAME)
}

/// The example company's own workspace, beside the user's and never mixed
/// with it: opened from the first-run screen to look around first.
pub fn example_workspace_file(data_dir: &Path) -> PathBuf {
    data_dir.join("example-company.salesdesk")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn argument_beats_environment_beats_default() {
        let default = || PathBuf::from("/default");
        assert_eq!(
            resolve_data_dir(
                &args(&["app", "--data-dir", "/a"]),
                Some("/env".into()),
                default
            ),
            PathBuf::from("/a")
        );
        assert_eq!(
            resolve_data_dir(&args(&["app", "--data-dir=/b"]), None, default),
            PathBuf::from("/b")
        );
        assert_eq!(
            resolve_data_dir(&args(&["app"]), Some("/env".into()), default),
            PathBuf::from("/env")
        );
        assert_eq!(
            resolve_data_dir(&args(&["app"]), Some(" ".into()), default),
            PathBuf::from("/default")
        );
    }
}

/// Where the log files go inside a data directory.
pub fn log_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("logs")
}

/// The current log file (the name the rotating logger gives it; rotated
/// ones are `salesdesk_r00000.log`, `salesdesk_r00001.log`, …).
pub fn log_file(data_dir: &Path) -> PathBuf {
    log_dir(data_dir).join("salesdesk_rCURRENT.log")
}

/// What the About box shows.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AboutInfo {
    pub version: String,
    pub data_dir: String,
    /// The open workspace, if any.
    pub workspace: Option<String>,
    pub backups_dir: Option<String>,
    pub log_file: String,
}
