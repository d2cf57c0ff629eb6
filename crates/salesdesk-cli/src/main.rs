//! `salesdesk-cli`: the headless command-line tool on the Salesdesk library.
//! Every command opens the workspace, does one thing, and exits non-zero
//! with a clear message on any error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use salesdesk_core::input;
use salesdesk_core::output;
use salesdesk_core::plans::csv_import;
use salesdesk_core::plans::{RevenueImport, UnknownNames};
use salesdesk_core::store::backup;
use salesdesk_core::store::seam::Origin;
use salesdesk_core::team::PersonRole;
use salesdesk_core::validate::{self, quoted};
use salesdesk_core::{Workspace, demo};

#[derive(Parser)]
#[command(
    name = "salesdesk-cli",
    version,
    about = "Salesdesk without the window: fill, list and export a workspace."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fill a new (or empty) workspace with the example company.
    Demo {
        /// The workspace file; created when it does not exist.
        #[arg(long)]
        db: PathBuf,
        /// `large`: grown to 50 reps, 2,000 accounts with plans, a year of
        /// actuals and 100 candidates (the benchmarks' workspace).
        #[arg(long, value_enum, default_value = "small")]
        size: DemoSize,
        /// The day the example is dated around (YYYY-MM-DD); today when
        /// left out.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Write the sales manual (the current playbook) as a PDF.
    ExportManual {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// Print a published version instead of the working copy.
        #[arg(long)]
        version: Option<u32>,
    },
    /// Write the interview kit of a role (questions and a blank scorecard).
    ExportInterviewKit {
        #[arg(long)]
        db: PathBuf,
        /// The role's title.
        #[arg(long)]
        role: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a candidate's summary: every scorecard and the comparison.
    ExportCandidate {
        #[arg(long)]
        db: PathBuf,
        /// The candidate's name.
        #[arg(long)]
        candidate: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import a rep's actual revenue from a CSV file (all rows or none;
    /// rows imported before are skipped). Columns are found by their header
    /// names; number and date formats are detected and can be set.
    ImportActuals {
        #[arg(long)]
        db: PathBuf,
        /// The rep's name.
        #[arg(long)]
        rep: String,
        #[arg(long)]
        csv: PathBuf,
        /// Decimal mark of the amounts: point (1,234.50) or comma (1.234,50).
        #[arg(long, value_enum)]
        decimal: Option<DecimalArg>,
        /// How dates like 05/11/2026 read: day-month or month-day.
        #[arg(long, value_enum)]
        dates: Option<DatesArg>,
        /// The file's character encoding (UTF-8, UTF-16LE, windows-1252,
        /// ISO-8859-15, Shift_JIS, …); detected when not given.
        #[arg(long)]
        encoding: Option<String>,
        /// Refuse rows whose client or product is not in the workspace yet
        /// (by default they are added).
        #[arg(long)]
        reject_unknown: bool,
        /// Only report what would be imported.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print a rep's plan-versus-actual figures.
    Figures {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        rep: String,
        /// The date the figures are as of (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<String>,
        /// Print JSON instead of a short text summary.
        #[arg(long)]
        json: bool,
    },
    /// Write all of a rep's account plans for a quarter (with the roll-up).
    ExportAccountPlans {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        rep: String,
        /// e.g. 2026Q4
        #[arg(long)]
        quarter: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the plan-review packet of one rep, or of the whole team.
    Packet {
        #[arg(long)]
        db: PathBuf,
        /// The rep's name (or --team).
        #[arg(long, conflicts_with = "team", required_unless_present = "team")]
        rep: Option<String>,
        /// Every active rep, with contents and bookmarks.
        #[arg(long)]
        team: bool,
        /// e.g. 2026Q4
        #[arg(long)]
        quarter: String,
        #[arg(long)]
        out: PathBuf,
        /// Figures as of this date (YYYY-MM-DD); today (or the quarter's end) by default.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Write the whole workspace as JSON (the format is in docs/EXPORT_FORMAT.md).
    ExportJson {
        #[arg(long)]
        db: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Load a JSON export into a workspace. The whole file is checked first;
    /// when anything is wrong nothing changes.
    ImportJson {
        /// The workspace; created when it does not exist.
        #[arg(long)]
        db: PathBuf,
        #[arg(long = "in")]
        input: PathBuf,
        /// Replace the contents of an existing workspace (a backup is taken first).
        #[arg(long)]
        replace: bool,
    },
    /// Take a backup now (into the "<name> backups" folder beside the workspace).
    Backup {
        #[arg(long)]
        db: PathBuf,
    },
    /// Replace the workspace's contents with a backup (checked first; the
    /// current state is backed up before).
    Restore {
        #[arg(long)]
        db: PathBuf,
        /// The backup's file name, as `list backups` prints it.
        #[arg(long)]
        from: String,
    },
    /// For the crash tests: make edits one transaction at a time and print
    /// each edit's id once it is committed, until killed.
    #[command(hide = true)]
    StressEdits {
        #[arg(long)]
        db: PathBuf,
    },
    /// Print records, one per line, in their order.
    List {
        kind: ListKind,
        #[arg(long)]
        db: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DemoSize {
    Small,
    Large,
}

#[derive(Clone, Copy, ValueEnum)]
enum DecimalArg {
    Point,
    Comma,
}

#[derive(Clone, Copy, ValueEnum)]
enum DatesArg {
    DayMonth,
    MonthDay,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListKind {
    /// Sales-process stage names.
    Stages,
    /// Published playbook versions: number, date, change note.
    Versions,
    /// Everyone on the team (active first).
    People,
    /// Active reps.
    Reps,
    /// Role titles (archived ones too).
    Roles,
    /// Candidates of every role.
    Candidates,
    /// Business plans: rep, first month, status.
    Plans,
    /// Accounts (clients), by name.
    Accounts,
    /// Backups of the workspace, newest first: file name, reason, size.
    Backups,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("salesdesk-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The id of the team member called `name` (any case).
fn rep_id_by_name(ws: &mut Workspace, name: &str) -> Result<String, String> {
    let wanted = name.trim().to_lowercase();
    ws.team()
        .people()
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|p| p.name.to_lowercase() == wanted)
        .map(|p| p.id)
        .ok_or_else(|| format!("nobody called {} is on the team", quoted(name)))
}

/// A date argument, by the rules of a date typed in the app.
fn date_argument(flag: &str, text: Option<&str>) -> Result<chrono::NaiveDate, String> {
    match text {
        Some(text) => {
            validate::parse_date(flag, &format!("--{flag}"), text).map_err(|e| e.to_string())
        }
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// Opens a workspace for a command that only reads and prints: one that
/// cannot be written (a read-only folder or disk) is opened read-only.
fn open_for_reading(db: &std::path::Path) -> Result<Workspace, String> {
    opened_for_reading(db, Workspace::open_for_reading(db))
}

/// [`open_for_reading`] for a command that writes a file: the workspace's
/// pages are checked while the export is made, and the file is written only
/// once the check has passed (`Workspace::write_export`).
fn open_for_export(db: &std::path::Path) -> Result<Workspace, String> {
    opened_for_reading(db, Workspace::open_for_exporting(db))
}

fn opened_for_reading(
    db: &std::path::Path,
    opened: salesdesk_core::Result<Workspace>,
) -> Result<Workspace, String> {
    let ws = opened.map_err(|e| e.to_string())?;
    if ws.is_read_only() {
        eprintln!(
            "salesdesk-cli: note: {} is read-only; it was opened for reading and printing only.",
            db.display()
        );
    }
    Ok(ws)
}

/// Refuses an output path before anything is rendered.
fn check_out(ws: &Workspace, out: &std::path::Path) -> Result<(), String> {
    output::check_target(out, &ws.protected_paths())
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Writes an export by the library's rules and says where it went.
fn write_out(ws: &Workspace, out: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    let written = ws.write_export(out, bytes).map_err(|e| e.to_string())?;
    println!("Wrote {}.", written.display());
    Ok(())
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::ExportJson { db, out } => {
            let ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let text = ws.export_json_text().map_err(|e| e.to_string())?;
            write_out(&ws, &out, text.as_bytes())?;
        }
        Command::ImportJson { db, input, replace } => {
            let bytes = input::read_bounded(&input, input::MAX_JSON_BYTES, "The JSON file")
                .map_err(|e| e.to_string())?;
            let text = input::json_text(bytes).map_err(|e| e.to_string())?;
            let existed = db.exists();
            if existed && !replace {
                return Err(format!(
                    "{} already exists; add --replace to replace its contents (a backup is taken first)",
                    db.display()
                ));
            }
            let summary = if existed {
                let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
                ws.set_origin(Origin::Cli);
                ws.check_json_import(&text).map_err(|e| e.to_string())?;
                let backup = ws
                    .back_up(&backup::BackupReason::BeforeImport)
                    .map_err(|e| e.to_string())?;
                println!("Backed up the previous contents as {}.", backup.file_name);
                ws.import_json_text(&text).map_err(|e| e.to_string())?
            } else {
                // Built aside and moved into place only when the import
                // succeeded: a refused file leaves nothing behind.
                let mut summary = None;
                Workspace::create_with(&db, |ws| {
                    ws.set_origin(Origin::Cli);
                    summary = Some(ws.import_json_text(&text)?);
                    Ok(())
                })
                .map_err(|e| e.to_string())?;
                summary.expect("set by a successful import")
            };
            println!("Imported {} row(s) into {}.", summary.rows, db.display());
        }
        Command::Backup { db } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            ws.set_origin(Origin::Cli);
            let backup = ws
                .back_up(&backup::BackupReason::Manual)
                .map_err(|e| e.to_string())?;
            println!(
                "Wrote {}.",
                backup::backups_dir(&db).join(&backup.file_name).display()
            );
        }
        Command::Restore { db, from } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            ws.set_origin(Origin::Cli);
            let safety = ws.restore_backup(&from).map_err(|e| e.to_string())?;
            println!(
                "Restored {from}; the state before is in the backup {}.",
                safety.file_name
            );
        }
        Command::Demo { db, size, as_of } => {
            let today = date_argument("as-of", as_of.as_deref())?;
            let calendar = demo::DemoCalendar::new(today).map_err(|e| e.to_string())?;
            let mut ws = Workspace::open_or_create(&db).map_err(|e| e.to_string())?;
            ws.set_origin(Origin::Cli);
            match size {
                DemoSize::Small => demo::fill_demo(&mut ws, &calendar),
                DemoSize::Large => demo::fill_large(&mut ws, demo::LargeSize::BENCHMARK, &calendar),
            }
            .map_err(|e| e.to_string())?;
            println!(
                "Filled {} with the demo company {}.",
                db.display(),
                demo::DEMO_COMPANY
            );
        }
        Command::ExportManual { db, out, version } => {
            let ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let version_id = match version {
                None => None,
                Some(number) => Some(
                    ws.playbook()
                        .versions()
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .find(|v| v.number == number)
                        .ok_or_else(|| format!("there is no published version {number}"))?
                        .id,
                ),
            };
            let written = ws
                .export_manual(version_id.as_deref(), &out)
                .map_err(|e| e.to_string())?;
            println!("Wrote {}.", written.display());
        }
        Command::ExportInterviewKit { db, role, out } => {
            let ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let role = ws
                .hiring()
                .role_by_title(&role)
                .map_err(|e| e.to_string())?;
            let bytes = ws.interview_kit_pdf(&role.id).map_err(|e| e.to_string())?;
            write_out(&ws, &out, &bytes)?;
        }
        Command::ExportCandidate { db, candidate, out } => {
            let ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let candidate = ws
                .hiring()
                .candidate_by_name(&candidate)
                .map_err(|e| e.to_string())?;
            let bytes = ws
                .candidate_summary_pdf(&candidate.id)
                .map_err(|e| e.to_string())?;
            write_out(&ws, &out, &bytes)?;
        }
        Command::ImportActuals {
            db,
            rep,
            csv,
            decimal,
            dates,
            encoding,
            reject_unknown,
            dry_run,
        } => {
            let bytes =
                input::read_bounded(&csv, csv_import::MAX_FILE_BYTES as u64, "The CSV file")
                    .map_err(|e| e.to_string())?;
            let encoding = match &encoding {
                Some(label) => csv_import::encoding_by_label(label).map_err(|e| e.to_string())?,
                None => csv_import::detect_encoding(&bytes),
            };
            let text = csv_import::decode(&bytes, encoding)
                .map_err(|e| format!("{}: {e}", csv.display()))?;
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            ws.set_origin(Origin::Cli);
            let rep_id = rep_id_by_name(&mut ws, &rep)?;
            let mut settings = csv_import::sniff(&text);
            settings.encoding = encoding.name().to_string();
            if let Some(d) = decimal {
                settings.decimal_mark = match d {
                    DecimalArg::Point => csv_import::DecimalMark::Point,
                    DecimalArg::Comma => csv_import::DecimalMark::Comma,
                };
            }
            if let Some(d) = dates {
                settings.date_order = match d {
                    DatesArg::DayMonth => csv_import::DateOrder::DayMonth,
                    DatesArg::MonthDay => csv_import::DateOrder::MonthDay,
                };
            }
            let table = csv_import::read_table(&bytes, &settings)
                .map_err(|e| format!("{}: {e}", csv.display()))?;
            let mapping = csv_import::mapping_from_headers(&table.headers)
                .map_err(|e| format!("{}: {e}", csv.display()))?;
            let import = RevenueImport {
                rep_id,
                settings,
                mapping,
                unknown: if reject_unknown {
                    UnknownNames::Reject
                } else {
                    UnknownNames::Add
                },
            };
            let report = ws
                .plans_mut()
                .import_revenue(&bytes, &import, dry_run)
                .map_err(|e| e.to_string())?;
            for error in &report.errors {
                eprintln!("{}:{}: {}", csv.display(), error.line, error.message);
            }
            if !report.errors.is_empty() {
                return Err(format!(
                    "{} row(s) could not be read; nothing was imported",
                    report.errors.len()
                ));
            }
            println!(
                "{} {} new row(s) totalling {:.2}; {} already imported{}.",
                if report.saved {
                    "Imported"
                } else {
                    "Would import"
                },
                report.new_rows,
                report.total,
                report.duplicates,
                if report.new_clients.is_empty() && report.new_products.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; new clients: {}; new products: {}",
                        quoted_list(&report.new_clients),
                        quoted_list(&report.new_products)
                    )
                }
            );
        }
        Command::Figures {
            db,
            rep,
            as_of,
            json,
        } => {
            let as_of = date_argument("as-of", as_of.as_deref())?;
            let ws = open_for_reading(&db)?;
            let plan = ws
                .plans()
                .plan_for_rep_name(&rep, as_of)
                .map_err(|e| e.to_string())?;
            let figures = ws
                .plans()
                .plan_figures(&plan.id, as_of)
                .map_err(|e| e.to_string())?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&figures).map_err(|e| e.to_string())?
                );
            } else {
                let pct = |v: Option<f64>| {
                    v.map(|v| format!("{:.0} %", v * 100.0))
                        .unwrap_or_else(|| "—".into())
                };
                println!(
                    "{} · plan {} to {} · {}",
                    figures.plan.rep_name,
                    figures.plan.first_month,
                    figures.plan.last_month,
                    salesdesk_core::playbook::enum_text(&figures.plan.status)
                );
                println!(
                    "Quota attainment to date: {}",
                    pct(figures.revenue.attainment_to_date)
                );
                if let Some(pace) = &figures.revenue.pace {
                    println!(
                        "This month's pace:        on track for {} of {}",
                        pct(pace.projected_attainment),
                        pace.month
                    );
                }
                println!(
                    "Forecast accuracy:        {}",
                    pct(figures.revenue.forecast_accuracy)
                );
                println!(
                    "Activity attainment:      {}",
                    pct(figures.activity_attainment)
                );
                println!(
                    "Pipeline coverage:        {}",
                    figures
                        .revenue
                        .pipeline_coverage
                        .map(|v| format!("{v:.2}×"))
                        .unwrap_or_else(|| "—".into())
                );
            }
        }
        Command::ExportAccountPlans {
            db,
            rep,
            quarter,
            out,
        } => {
            let mut ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let rep_id = rep_id_by_name(&mut ws, &rep)?;
            let bytes = ws
                .rep_account_plans_pdf(&rep_id, &quarter)
                .map_err(|e| e.to_string())?;
            write_out(&ws, &out, &bytes)?;
        }
        Command::Packet {
            db,
            rep,
            team,
            quarter,
            out,
            as_of,
        } => {
            let today = date_argument("as-of", as_of.as_deref())?;
            let mut ws = open_for_export(&db)?;
            check_out(&ws, &out)?;
            let bytes = if team {
                ws.team_packet_pdf(&quarter, today)
                    .map_err(|e| e.to_string())?
            } else {
                let name = rep.unwrap_or_default();
                let rep_id = rep_id_by_name(&mut ws, &name)?;
                ws.rep_packet_pdf(&rep_id, &quarter, today)
                    .map_err(|e| e.to_string())?
            };
            write_out(&ws, &out, &bytes)?;
        }
        Command::StressEdits { db } => {
            use std::io::Write;
            let mut ws = Workspace::open_or_create(&db).map_err(|e| e.to_string())?;
            ws.set_origin(Origin::Cli);
            let mut out = std::io::stdout().lock();
            for n in 0u64.. {
                let objection = ws
                    .playbook_mut()
                    .create_objection(&format!("Edit {n}: {}", "x".repeat((n % 200) as usize)))
                    .map_err(|e| e.to_string())?;
                // Acknowledged only after the commit returned.
                writeln!(out, "{}", objection.id).map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())?;
            }
        }
        Command::List { kind, db } => {
            let ws = open_for_reading(&db)?;
            match kind {
                ListKind::Stages => {
                    for stage in ws.playbook().get().map_err(|e| e.to_string())?.stages {
                        println!("{}", stage.name);
                    }
                }
                ListKind::People => {
                    for p in ws.team().people().map_err(|e| e.to_string())? {
                        println!("{}", p.name);
                    }
                }
                ListKind::Reps => {
                    for p in ws.team().people().map_err(|e| e.to_string())? {
                        if p.active && p.role == PersonRole::Rep {
                            println!("{}", p.name);
                        }
                    }
                }
                ListKind::Roles => {
                    for r in ws.hiring().roles().map_err(|e| e.to_string())? {
                        println!("{}", r.title);
                    }
                }
                ListKind::Candidates => {
                    for c in ws.hiring().all_candidates().map_err(|e| e.to_string())? {
                        println!("{}", c.name);
                    }
                }
                ListKind::Accounts => {
                    for a in ws.accounts().list().map_err(|e| e.to_string())? {
                        println!("{}", a.name);
                    }
                }
                ListKind::Backups => {
                    for b in backup::list_backups(&db).map_err(|e| e.to_string())? {
                        println!("{}\t{}\t{}", b.file_name, b.reason, b.bytes);
                    }
                }
                ListKind::Plans => {
                    for p in ws.plans().list(None).map_err(|e| e.to_string())? {
                        println!(
                            "{}\t{}\t{}",
                            p.rep_name,
                            p.first_month,
                            salesdesk_core::playbook::enum_text(&p.status)
                        );
                    }
                }
                ListKind::Versions => {
                    for v in ws.playbook().versions().map_err(|e| e.to_string())? {
                        println!("{}\t{}\t{}", v.number, &v.published_at[..10], v.change_note);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Names as a person would read them: “Acme”, “Widgets”.
fn quoted_list(names: &[String]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names
        .iter()
        .map(|n| quoted(n))
        .collect::<Vec<_>>()
        .join(", ")
}
