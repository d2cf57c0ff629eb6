//! `salesdesk-cli`: the headless command-line tool on the Salesdesk library.
//! Every command opens the workspace, does one thing, and exits non-zero
//! with a clear message on any error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use salesdesk_core::export::write_atomically;
use salesdesk_core::team::PersonRole;
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
    /// Print records, one per line, in their order.
    List {
        kind: ListKind,
        #[arg(long)]
        db: PathBuf,
    },
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

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Demo { db } => {
            let mut ws = Workspace::open_or_create(&db).map_err(|e| e.to_string())?;
            demo::fill_demo(&mut ws).map_err(|e| e.to_string())?;
            println!(
                "Filled {} with the demo company {}.",
                db.display(),
                demo::DEMO_COMPANY
            );
        }
        Command::ExportManual { db, out, version } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            let version_id = match version {
                None => None,
                Some(number) => Some(
                    ws.playbook_versions()
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .find(|v| v.number == number)
                        .ok_or_else(|| format!("there is no published version {number}"))?
                        .id,
                ),
            };
            ws.export_manual(version_id.as_deref(), &out)
                .map_err(|e| e.to_string())?;
            println!("Wrote {}.", out.display());
        }
        Command::ExportInterviewKit { db, role, out } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            let role = ws.role_by_title(&role).map_err(|e| e.to_string())?;
            let bytes = ws.interview_kit_pdf(&role.id).map_err(|e| e.to_string())?;
            write_atomically(&out, &bytes).map_err(|e| e.to_string())?;
            println!("Wrote {}.", out.display());
        }
        Command::ExportCandidate { db, candidate, out } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            let candidate = ws
                .candidate_by_name(&candidate)
                .map_err(|e| e.to_string())?;
            let bytes = ws
                .candidate_summary_pdf(&candidate.id)
                .map_err(|e| e.to_string())?;
            write_atomically(&out, &bytes).map_err(|e| e.to_string())?;
            println!("Wrote {}.", out.display());
        }
        Command::List { kind, db } => {
            let mut ws = Workspace::open_existing(&db).map_err(|e| e.to_string())?;
            match kind {
                ListKind::Stages => {
                    for stage in ws.playbook().map_err(|e| e.to_string())?.stages {
                        println!("{}", stage.name);
                    }
                }
                ListKind::People => {
                    for p in ws.team().map_err(|e| e.to_string())? {
                        println!("{}", p.name);
                    }
                }
                ListKind::Reps => {
                    for p in ws.team().map_err(|e| e.to_string())? {
                        if p.active && p.role == PersonRole::Rep {
                            println!("{}", p.name);
                        }
                    }
                }
                ListKind::Roles => {
                    for r in ws.roles().map_err(|e| e.to_string())? {
                        println!("{}", r.title);
                    }
                }
                ListKind::Candidates => {
                    for c in ws.all_candidates().map_err(|e| e.to_string())? {
                        println!("{}", c.name);
                    }
                }
                ListKind::Versions => {
                    for v in ws.playbook_versions().map_err(|e| e.to_string())? {
                        println!("{}\t{}\t{}", v.number, &v.published_at[..10], v.change_note);
                    }
                }
            }
        }
    }
    Ok(())
}
