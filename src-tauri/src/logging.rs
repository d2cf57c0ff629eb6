//! The log file: `<data dir>/logs/salesdesk_rCURRENT.log`, rotated at 1 MB with the
//! newest few kept, so it never grows without bound. Panics are written to
//! it too, with a backtrace, before the command that hit them reports an
//! internal error to the user.

use std::path::Path;

use flexi_logger::{
    Age, Cleanup, Criterion, Duplicate, FileSpec, Logger, LoggerHandle, Naming, WriteMode,
};
use salesdesk_core::paths::log_dir;

/// How big a log file grows before a new one is started.
const ROTATE_AT_BYTES: u64 = 1_000_000;
/// How many rotated files are kept besides the current one.
const KEEP_FILES: usize = 5;

/// Kept in the app's state: dropping it would stop the logger.
pub struct LogHandle(#[allow(dead_code)] Option<LoggerHandle>);

/// Starts logging into the data directory and installs the panic hook.
/// A log that cannot be started (a read-only folder) is reported on stderr
/// and the app runs without it.
pub fn start(data_dir: &Path) -> LogHandle {
    let handle = Logger::try_with_env_or_str("info")
        .and_then(|logger| {
            logger
                .log_to_file(
                    FileSpec::default()
                        .directory(log_dir(data_dir))
                        .basename("salesdesk")
                        .suppress_timestamp(),
                )
                .rotate(
                    Criterion::AgeOrSize(Age::Day, ROTATE_AT_BYTES),
                    Naming::Numbers,
                    Cleanup::KeepLogFiles(KEEP_FILES),
                )
                .append()
                .duplicate_to_stderr(Duplicate::Warn)
                .format(flexi_logger::detailed_format)
                .write_mode(WriteMode::Direct)
                .start()
        })
        .map_err(|e| eprintln!("salesdesk: could not start the log file: {e}"))
        .ok();
    install_panic_hook();
    log::info!("Salesdesk {} started", env!("CARGO_PKG_VERSION"));
    LogHandle(handle)
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let backtrace = std::backtrace::Backtrace::force_capture();
        log::error!("panic: {info}\n{backtrace}");
        previous(info);
    }));
}
