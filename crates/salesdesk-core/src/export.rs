//! The documents a workspace renders (PDFs), and writing them to disk by
//! the rules of [`crate::output`].

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::output::{self, Protected};
use crate::pdf::{self, ManualEdition};
use crate::store::Reader;
use crate::store::Workspace;

/// A PDF whose data has been read from the workspace, to be rendered
/// without it: the app releases the workspace while a PDF renders (the
/// large team packet takes half a second), so other commands go on.
pub struct PdfJob(Box<dyn FnOnce() -> Result<Vec<u8>> + Send>);

impl PdfJob {
    fn new(render: impl FnOnce() -> Result<Vec<u8>> + Send + 'static) -> Self {
        PdfJob(Box::new(render))
    }

    /// Lays the document out and writes its bytes.
    pub fn render(self) -> Result<Vec<u8>> {
        (self.0)()
    }
}

impl Workspace {
    /// What an export must never write over: this workspace, its
    /// companion files and its backups.
    pub fn protected_paths(&self) -> Protected {
        Protected::workspace(self.path())
    }

    /// Writes an exported file to `out` (never over this workspace or its
    /// files); returns the file written. Nothing read from a file whose
    /// page check found damage is written out: the export waits for the
    /// check (see `store::page_check`).
    pub fn write_export(&self, out: &Path, bytes: &[u8]) -> Result<PathBuf> {
        self.page_check().wait()?;
        output::write_file(out, bytes, &self.protected_paths())
    }
}

impl Workspace {
    /// The sales manual as PDF bytes: the working playbook, or a published
    /// version when `version_id` is given.
    pub fn manual_pdf(&self, version_id: Option<&str>) -> Result<Vec<u8>> {
        self.manual_job(version_id)?.render()
    }

    /// [`Workspace::manual_pdf`], read now and rendered later.
    pub fn manual_job(&self, version_id: Option<&str>) -> Result<PdfJob> {
        self.snapshot(|r| {
            let now = chrono::Utc::now();
            let (playbook, label) = match version_id {
                Some(id) => {
                    let version = r.playbook().version(id)?;
                    let published =
                        chrono::DateTime::parse_from_rfc3339(&version.summary.published_at)
                            .map(|d| d.format("%-d %B %Y").to_string())
                            .unwrap_or_default();
                    (
                        version.playbook,
                        format!("Version {}, published {published}", version.summary.number),
                    )
                }
                None => {
                    let latest = r.playbook().versions()?.into_iter().next();
                    let label = match latest {
                        Some(v) => format!("Working copy after version {}", v.number),
                        None => "Working draft".to_string(),
                    };
                    (r.playbook().get()?, label)
                }
            };
            let size = r.print_settings()?.page_size();
            Ok(PdfJob::new(move || {
                pdf::render_manual(
                    &playbook,
                    &ManualEdition {
                        label,
                        printed_on: now,
                    },
                    size,
                )
            }))
        })
    }

    /// Writes the sales manual to `out`.
    pub fn export_manual(&self, version_id: Option<&str>, out: &Path) -> Result<PathBuf> {
        // Refuse a bad name before rendering, not after.
        output::check_target(out, &self.protected_paths())?;
        let bytes = self.manual_pdf(version_id)?;
        self.write_export(out, &bytes)
    }
}

impl Workspace {
    /// The interview kit of a role as PDF bytes.
    pub fn interview_kit_pdf(&self, role_id: &str) -> Result<Vec<u8>> {
        self.interview_kit_job(role_id)?.render()
    }

    /// [`Workspace::interview_kit_pdf`], read now and rendered later.
    pub fn interview_kit_job(&self, role_id: &str) -> Result<PdfJob> {
        self.snapshot(|r| {
            let role = r.hiring().role(role_id)?;
            let company = r.playbook().get()?.company_name;
            let size = r.print_settings()?.page_size();
            Ok(PdfJob::new(move || {
                pdf::hiring::interview_kit(&company, &role, chrono::Utc::now(), size)
            }))
        })
    }

    /// The summary of one candidate (every scorecard and the comparison).
    pub fn candidate_summary_pdf(&self, candidate_id: &str) -> Result<Vec<u8>> {
        self.candidate_summary_job(candidate_id)?.render()
    }

    /// [`Workspace::candidate_summary_pdf`], read now and rendered later.
    pub fn candidate_summary_job(&self, candidate_id: &str) -> Result<PdfJob> {
        self.snapshot(|r| {
            let candidate = r.hiring().candidate_by_id(candidate_id)?;
            let comparison = r.hiring().compare_candidates(&candidate.role_id)?;
            let row = comparison
                .candidates
                .iter()
                .find(|c| c.candidate.id == candidate_id)
                .cloned()
                .ok_or_else(|| crate::Error::not_found("The candidate"))?;
            let scorecards = r.hiring().scorecards(candidate_id)?;
            let company = r.playbook().get()?.company_name;
            let size = r.print_settings()?.page_size();
            Ok(PdfJob::new(move || {
                pdf::hiring::candidate_summary(
                    &company,
                    &comparison.role,
                    &row,
                    &scorecards,
                    chrono::Utc::now(),
                    size,
                )
            }))
        })
    }
}

impl Workspace {
    /// A rep's business plan with its figures as of `as_of`.
    pub fn business_plan_pdf(&self, plan_id: &str, as_of: chrono::NaiveDate) -> Result<Vec<u8>> {
        self.business_plan_job(plan_id, as_of)?.render()
    }

    /// [`Workspace::business_plan_pdf`], read now and rendered later.
    pub fn business_plan_job(&self, plan_id: &str, as_of: chrono::NaiveDate) -> Result<PdfJob> {
        self.snapshot(|r| {
            let as_of = crate::plans::as_of_in_range(as_of)?;
            let plan = r.plans().plan(plan_id)?;
            let figures = r.plans().plan_figures(plan_id, as_of)?;
            let playbook = r.playbook().get()?;
            let settings = r.print_settings()?;
            Ok(PdfJob::new(move || {
                pdf::plan::business_plan(
                    &playbook.company_name,
                    &plan,
                    &figures,
                    &playbook,
                    &settings,
                    chrono::Utc::now(),
                )
            }))
        })
    }
}

impl Workspace {
    /// One account plan as PDF.
    pub fn account_plan_pdf(&self, plan_id: &str) -> Result<Vec<u8>> {
        self.account_plan_job(plan_id)?.render()
    }

    /// [`Workspace::account_plan_pdf`], read now and rendered later.
    pub fn account_plan_job(&self, plan_id: &str) -> Result<PdfJob> {
        self.snapshot(|r| {
            let plan = r.accounts().plan(plan_id)?;
            let company = r.playbook().get()?.company_name;
            let team = r.team().people()?;
            let title = format!("Account plan — {} — {}", plan.account.name, plan.quarter);
            let settings = r.print_settings()?;
            Ok(PdfJob::new(move || {
                pdf::accounts::account_plans(
                    &company,
                    &title,
                    &[plan],
                    None,
                    &team,
                    &settings,
                    chrono::Utc::now(),
                )
            }))
        })
    }

    /// All of a rep's account plans for a quarter, with the roll-up first.
    pub fn rep_account_plans_pdf(&self, rep_id: &str, quarter: &str) -> Result<Vec<u8>> {
        self.rep_account_plans_job(rep_id, quarter)?.render()
    }

    /// [`Workspace::rep_account_plans_pdf`], read now and rendered later.
    pub fn rep_account_plans_job(&self, rep_id: &str, quarter: &str) -> Result<PdfJob> {
        self.snapshot(|r| {
            let plans = r.accounts().plans(Some(rep_id), Some(quarter))?;
            let roll_up = r.accounts().roll_up(rep_id, quarter)?;
            let team = r.team().people()?;
            let rep = team
                .iter()
                .find(|p| p.id == rep_id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let company = r.playbook().get()?.company_name;
            let title = format!("Account plans — {rep} — {}", roll_up.quarter);
            let settings = r.print_settings()?;
            Ok(PdfJob::new(move || {
                pdf::accounts::account_plans(
                    &company,
                    &title,
                    &plans,
                    Some(&roll_up),
                    &team,
                    &settings,
                    chrono::Utc::now(),
                )
            }))
        })
    }
}

impl Workspace {
    /// The plan-review packet of one rep for a quarter.
    pub fn rep_packet_pdf(
        &self,
        rep_id: &str,
        quarter: &str,
        today: chrono::NaiveDate,
    ) -> Result<Vec<u8>> {
        self.rep_packet_job(rep_id, quarter, today)?.render()
    }

    /// [`Workspace::rep_packet_pdf`], read now and rendered later.
    pub fn rep_packet_job(
        &self,
        rep_id: &str,
        quarter: &str,
        today: chrono::NaiveDate,
    ) -> Result<PdfJob> {
        self.snapshot(|r| {
            let today = crate::plans::as_of_in_range(today)?;
            let q = crate::accounts::Quarter::parse("quarter", quarter)?.to_string();
            let packet = rep_packet(r, rep_id, &q, today)?;
            let team = r.team().people()?;
            let playbook = r.playbook().get()?;
            let settings = r.print_settings()?;
            Ok(PdfJob::new(move || {
                pdf::packet::packet(
                    &playbook.company_name,
                    &q,
                    &[packet],
                    &team,
                    &playbook,
                    false,
                    &settings,
                    chrono::Utc::now(),
                )
            }))
        })
    }

    /// The team packet: every active rep, with contents and bookmarks.
    pub fn team_packet_pdf(&self, quarter: &str, today: chrono::NaiveDate) -> Result<Vec<u8>> {
        self.team_packet_job(quarter, today)?.render()
    }

    /// [`Workspace::team_packet_pdf`], read now and rendered later.
    pub fn team_packet_job(&self, quarter: &str, today: chrono::NaiveDate) -> Result<PdfJob> {
        self.snapshot(|r| {
            let today = crate::plans::as_of_in_range(today)?;
            let q = crate::accounts::Quarter::parse("quarter", quarter)?.to_string();
            let team = r.team().people()?;
            let mut packets = Vec::new();
            for rep in team
                .iter()
                .filter(|p| p.active && p.role == crate::team::PersonRole::Rep)
            {
                packets.push(rep_packet(r, &rep.id, &q, today)?);
            }
            let playbook = r.playbook().get()?;
            let settings = r.print_settings()?;
            Ok(PdfJob::new(move || {
                pdf::packet::packet(
                    &playbook.company_name,
                    &q,
                    &packets,
                    &team,
                    &playbook,
                    true,
                    &settings,
                    chrono::Utc::now(),
                )
            }))
        })
    }
}

/// One rep's part of a packet, read through `r` (the packet's snapshot).
fn rep_packet(
    r: Reader<'_>,
    rep_id: &str,
    quarter: &str,
    today: chrono::NaiveDate,
) -> Result<pdf::packet::RepPacket> {
    let q = crate::accounts::Quarter::parse("quarter", quarter)?;
    let team = r.team().people()?;
    let rep = team
        .iter()
        .find(|p| p.id == rep_id)
        .cloned()
        .ok_or_else(|| crate::Error::not_found("The rep"))?;
    let manager_name = rep
        .manager_id
        .as_ref()
        .and_then(|m| team.iter().find(|p| &p.id == m))
        .map(|p| p.name.clone());
    let as_of = crate::reviews::as_of_for(q, today);
    let months = q.months();
    let mut plan = None;
    for summary in r.plans().list(Some(rep_id))? {
        let first = crate::plans::Month::parse("firstMonth", &summary.first_month)?;
        if first.six_from().iter().any(|m| months.contains(m)) {
            let figures = r.plans().plan_figures(&summary.id, as_of)?;
            plan = Some((r.plans().plan(&summary.id)?, figures));
            break;
        }
    }
    let account_plans = r.accounts().plans(Some(rep_id), Some(quarter))?;
    let review = r.reviews().review_or_blank(rep_id, quarter)?;
    Ok(pdf::packet::RepPacket {
        rep,
        manager_name,
        plan,
        account_plans,
        review,
    })
}
