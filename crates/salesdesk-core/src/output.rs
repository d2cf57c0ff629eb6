//! Writing a file the user asked for (a PDF, a JSON export) without ever
//! damaging what is already on disk. The rules, shared by the app and the
//! CLI:
//!
//! - never over the open workspace, its `-wal`, `-shm`, `-journal` or lock
//!   file, its backups folder, or any other Salesdesk workspace;
//! - through a symbolic link to the file it points at (the link stays);
//! - only over a regular file (not a folder, a device, a pipe or a socket),
//!   and only one that may be written: a read-only file is refused, and an
//!   existing file keeps its permissions;
//! - atomically: the bytes go to a short-named temporary file in the target's
//!   folder, are synced, and are renamed over the target, so a failure or a
//!   kill leaves the old file (or none) and never half a new one.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// How many symbolic links a path may go through before it is refused.
const MAX_LINK_HOPS: usize = 40;

/// The files and folders of an open workspace that no export may touch.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    files: Vec<PathBuf>,
    folders: Vec<PathBuf>,
}

impl Protected {
    /// Nothing protected beyond the general rules (no workspace is open).
    pub fn nothing() -> Self {
        Self::default()
    }

    /// The workspace at `workspace`, its companion files and its backups.
    pub fn workspace(workspace: &Path) -> Self {
        let mut files = vec![workspace.to_path_buf()];
        for suffix in ["-wal", "-shm", "-journal", ".lock", ".creating"] {
            let mut name = workspace.as_os_str().to_os_string();
            name.push(suffix);
            files.push(PathBuf::from(name));
        }
        Protected {
            files: files.iter().map(|f| normalize(f)).collect(),
            folders: vec![normalize(&crate::store::backup::backups_dir(workspace))],
        }
    }
}

/// Writes `bytes` to `path` by the rules above; returns the file actually
/// written (the target of a link).
pub fn write_file(path: &Path, bytes: &[u8], protected: &Protected) -> Result<PathBuf> {
    let target = check_target(path, protected)?;
    let shown = target.display().to_string();
    let dir = parent_of(&target);
    let existing_permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    // A short name (a long target name plus a suffix could pass the file
    // system's 255-byte limit); the random end of a UUID v7 keeps it unique.
    let unique = uuid::Uuid::now_v7().simple().to_string();
    let temp = dir.join(format!(".salesdesk-{}.tmp", &unique[unique.len() - 16..]));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        if let Some(permissions) = existing_permissions {
            file.set_permissions(permissions)?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, &target)?;
        sync_folder(dir);
        Ok(())
    })();
    result.map_err(|e: std::io::Error| {
        let _ = std::fs::remove_file(&temp);
        Error::io(format!("could not write {shown}"), e)
    })?;
    Ok(target)
}

/// The file `path` names once its links are followed, checked against every
/// rule; the error says which rule refused it.
pub fn check_target(path: &Path, protected: &Protected) -> Result<PathBuf> {
    let refuse = |message: String| Error::invalid("path", message);
    if path.as_os_str().is_empty() {
        return Err(refuse("No file name was given.".into()));
    }
    let target = follow_links(path)?;
    let shown = target.display().to_string();
    let dir = parent_of(&target);
    if !dir.is_dir() {
        return Err(refuse(format!(
            "The folder {} does not exist.",
            dir.display()
        )));
    }
    let normal = normalize(&target);
    for file in &protected.files {
        if same_name(&normal, file) || same_file(&target, file) {
            return Err(refuse(format!(
                "{shown} is the open workspace or one of its own files; choose another name."
            )));
        }
    }
    for folder in &protected.folders {
        if inside(&normal, folder) {
            return Err(refuse(format!(
                "{shown} is inside the workspace's backups folder; choose another folder."
            )));
        }
    }
    match std::fs::symlink_metadata(&target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(target),
        Err(e) => Err(Error::io(format!("could not look at {shown}"), e)),
        Ok(meta) if meta.is_dir() => Err(refuse(format!(
            "{shown} is a folder; choose a file name inside it."
        ))),
        Ok(meta) if !meta.is_file() => Err(refuse(format!(
            "{shown} is not a regular file (a device, a pipe or a socket); choose another name."
        ))),
        Ok(meta) if is_read_only(&meta) || !can_write(&target) => Err(refuse(format!(
            "{shown} is read-only; choose another name, or make it writable first."
        ))),
        Ok(_) if is_salesdesk_workspace(&target) => Err(refuse(format!(
            "{shown} is a Salesdesk workspace; choose another name."
        ))),
        Ok(_) => Ok(target),
    }
}

/// The folder a file is in ("." for a bare name).
fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `path` with its symbolic links followed to the file they name (which
/// need not exist yet: a dangling link is written through, as editors do).
fn follow_links(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINK_HOPS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current).map_err(|e| {
                    Error::io(format!("could not read the link {}", current.display()), e)
                })?;
                current = if link.is_absolute() {
                    link
                } else {
                    parent_of(&current).join(link)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::invalid(
        "path",
        format!(
            "{} goes through too many symbolic links (a loop?).",
            path.display()
        ),
    ))
}

/// An absolute path with `.`/`..` and the links of the folders that exist
/// resolved, so two names of one file compare equal.
fn normalize(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // Canonicalize the longest part that exists; append the rest as written.
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&existing) {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return lexical(&out);
        }
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => return lexical(&absolute),
        }
    }
}

/// Drops `.` and resolves `..` by name.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Two normalized names of one file: on macOS and Windows names differ in
/// case only for people, not for the file system, so they compare folded.
fn same_name(a: &Path, b: &Path) -> bool {
    if cfg!(any(windows, target_os = "macos")) {
        fold(a) == fold(b)
    } else {
        a == b
    }
}

/// `path` is `folder` or inside it (folded as [`same_name`] does).
fn inside(path: &Path, folder: &Path) -> bool {
    if cfg!(any(windows, target_os = "macos")) {
        let (p, f) = (fold(path), fold(folder));
        p == f || p.starts_with(&format!("{f}{}", std::path::MAIN_SEPARATOR))
    } else {
        path.starts_with(folder)
    }
}

/// A path as case-folded text, trailing dots and spaces of its name dropped
/// (Windows drops them too: `w.salesdesk.` is `w.salesdesk`).
fn fold(path: &Path) -> String {
    path.to_string_lossy()
        .trim_end_matches(['.', ' '])
        .to_lowercase()
}

/// The file can be opened for writing by this process (a file of another
/// user, or on a read-only disk, cannot, whatever its mode says).
fn can_write(path: &Path) -> bool {
    std::fs::OpenOptions::new().write(true).open(path).is_ok()
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(unix)]
fn is_read_only(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    // Nobody may write it: refused even for root, who could.
    meta.permissions().mode() & 0o222 == 0
}

#[cfg(not(unix))]
fn is_read_only(meta: &std::fs::Metadata) -> bool {
    meta.permissions().readonly()
}

/// The file starts with an SQLite header whose application id is ours.
fn is_salesdesk_workspace(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 72];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    if file.read_exact(&mut header).is_err() {
        return false;
    }
    &header[..16] == b"SQLite format 3\0"
        && i32::from_be_bytes([header[68], header[69], header[70], header[71]])
            == crate::store::APPLICATION_ID
}

/// Makes the rename durable where the platform allows syncing a folder.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_resolves_dots() {
        assert_eq!(lexical(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }

    #[test]
    fn a_link_loop_is_refused_not_followed_forever() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pdf");
        let b = dir.path().join("b.pdf");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&b, &a).unwrap();
            std::os::unix::fs::symlink(&a, &b).unwrap();
            let err = write_file(&a, b"x", &Protected::nothing()).unwrap_err();
            assert!(err.to_string().contains("too many symbolic links"), "{err}");
        }
    }
}
