//! One writer per workspace: whoever opens a workspace (the app or the CLI)
//! holds an exclusive OS lock on a small file beside it until it closes it.
//! SQLite alone would let two programs interleave their edits; the lock
//! makes a second opener wait briefly and then say the workspace is busy.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on
//! Windows), so it is released when the process ends, even by a crash.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long opening waits for another holder to let go before giving up.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(3);

/// Held for as long as the workspace is open.
#[derive(Debug)]
pub struct WorkspaceLock {
    _file: File,
}

/// `<workspace>.lock`, beside the workspace file. Never deleted: removing a
/// lock file another process is waiting on would let two holders in.
pub fn lock_path(workspace: &Path) -> PathBuf {
    let mut name = workspace.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    workspace.with_file_name(name)
}

impl WorkspaceLock {
    /// Takes the lock of `workspace`, retrying until `wait` has passed.
    pub fn acquire(workspace: &Path, wait: Duration) -> Result<Self> {
        let path = lock_path(workspace);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(format!("could not open {}", path.display()), e))?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(WorkspaceLock { _file: file }),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(Error::Busy {
                        path: workspace.display().to_string(),
                    });
                }
                Err(TryLockError::Error(e)) => {
                    return Err(Error::io(format!("could not lock {}", path.display()), e));
                }
            }
        }
    }
}
