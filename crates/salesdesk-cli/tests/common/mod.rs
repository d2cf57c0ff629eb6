//! Helpers shared by the CLI's tests: the real binary, run with a time
//! bound of its own so a command that hangs fails its test instead of
//! the suite.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The day the demo is dated around in these tests (the library's
/// `DemoCalendar::REFERENCE_DAY`), so their figures do not move with the
/// calendar.
pub const REFERENCE_DAY: &str = "2026-11-18";

/// How long any one command may take before the test fails.
pub const BOUND: Duration = Duration::from_secs(90);

/// Runs the CLI and kills it if it has not finished within `bound`.
pub fn cli_within(args: &[&str], bound: Duration) -> Output {
    run_within(
        Command::new(env!("CARGO_BIN_EXE_salesdesk-cli")).args(args),
        bound,
    )
}

pub fn run_within(command: &mut Command, bound: Duration) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start salesdesk-cli");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + bound;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} did not finish within {bound:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

pub fn cli(args: &[&str]) -> Output {
    cli_within(args, BOUND)
}

pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

pub fn ok(args: &[&str]) -> Output {
    let out = cli(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A temporary folder holding `demo.salesdesk`, filled with the demo company.
pub fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.salesdesk");
    ok(&["demo", "--db", s(&db), "--as-of", REFERENCE_DAY]);
    (dir, db)
}
