//! Reading a file the user chose (a CSV of actuals, a JSON export) with a
//! bound: the size is checked before a byte is read, and the read itself
//! stops past the limit, so a device such as `/dev/zero`, a pipe or a file
//! that grows while it is read cannot exhaust memory.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Largest JSON export accepted: far above a large workspace's (50 reps,
/// 2,000 account plans: ~40 MB), far below what would strain memory.
pub const MAX_JSON_BYTES: u64 = 512 * 1024 * 1024;

/// The bytes of the regular file at `path`, refusing anything larger than
/// `max` bytes. `what` names the file in messages ("The CSV file").
pub fn read_bounded(path: &Path, max: u64, what: &str) -> Result<Vec<u8>> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::invalid("file", format!("{what} {shown} does not exist."))
        }
        _ => Error::io(format!("could not read {shown}"), e),
    })?;
    if meta.is_dir() {
        return Err(Error::invalid(
            "file",
            format!("{what} {shown} is a folder, not a file."),
        ));
    }
    if !meta.is_file() {
        return Err(Error::invalid(
            "file",
            format!("{what} {shown} is not a regular file (a device or a pipe)."),
        ));
    }
    if meta.len() > max {
        return Err(too_large(what, &shown.to_string(), max));
    }
    let file =
        std::fs::File::open(path).map_err(|e| Error::io(format!("could not read {shown}"), e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(format!("could not read {shown}"), e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(what, &shown.to_string(), max));
    }
    Ok(bytes)
}

fn too_large(what: &str, shown: &str, max: u64) -> Error {
    Error::invalid(
        "file",
        format!(
            "{what} {shown} is larger than {} MB, the most Salesdesk reads.",
            max / (1024 * 1024)
        ),
    )
}

/// JSON text from the bytes of a file: UTF-8, with a byte-order mark (as
/// Windows editors write) dropped.
pub fn json_text(bytes: Vec<u8>) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            "file",
            format!(
                "The file is not UTF-8 text (a JSON export always is): the bytes at offset {} are not.",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_folders_are_refused_before_reading() {
        #[cfg(unix)]
        {
            let err = read_bounded(Path::new("/dev/zero"), 1024, "The CSV file").unwrap_err();
            assert!(err.to_string().contains("not a regular file"), "{err}");
        }
        let dir = tempfile::tempdir().unwrap();
        let err = read_bounded(dir.path(), 1024, "The CSV file").unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
    }

    #[test]
    fn the_limit_is_checked_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        std::fs::write(&path, vec![b'a'; 2048]).unwrap();
        let err = read_bounded(&path, 1024, "The CSV file").unwrap_err();
        assert!(err.to_string().contains("larger than"), "{err}");
        assert_eq!(read_bounded(&path, 4096, "x").unwrap().len(), 2048);
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(json_text(b"\xef\xbb\xbf{}".to_vec()).unwrap(), "{}");
        assert!(json_text(vec![0xff, 0xfe, b'{', 0]).is_err());
    }
}
