//! Crash test: a child process makes edits, one transaction each, and
//! prints each edit's id once committed; it is killed (SIGKILL) at random
//! moments. After each kill the workspace must open, pass
//! `PRAGMA integrity_check`, and hold every acknowledged edit.
//! Trials: SALESDESK_CRASH_TRIALS (default 40; the reliability report
//! runs thousands).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use salesdesk_core::Workspace;

#[test]
fn killed_mid_edit_the_workspace_opens_whole_with_every_acknowledged_edit() {
    let trials: u32 = std::env::var("SALESDESK_CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.salesdesk");
    Workspace::create(&db).unwrap();
    // A small pseudo-random sequence of kill delays (no extra crate needed).
    let mut seed: u64 = 0x5EED_1234;
    let mut acknowledged = Vec::new();
    for _ in 0..trials {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(5 + seed % 60);
        let mut child = Command::new(env!("CARGO_BIN_EXE_salesdesk-cli"))
            .args(["stress-edits", "--db", db.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        let start = Instant::now();
        while start.elapsed() < delay {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        acknowledged.extend(reader.join().unwrap());

        let mut ws = Workspace::open_existing(&db).expect("the workspace opens after a kill");
        assert!(ws.integrity_ok().unwrap(), "integrity_check failed");
        let saved: std::collections::HashSet<String> = ws
            .playbook()
            .unwrap()
            .objections
            .into_iter()
            .map(|o| o.id)
            .collect();
        for id in &acknowledged {
            assert!(saved.contains(id), "an acknowledged edit was lost");
        }
    }
    eprintln!(
        "crash test: {trials} kills, {} acknowledged edits verified",
        acknowledged.len()
    );
    assert!(
        !acknowledged.is_empty(),
        "no edit was acknowledged: the test did not exercise anything"
    );
}
