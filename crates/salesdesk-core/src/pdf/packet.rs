//! Plan-review packets: for each rep, a cover, the summary figures with
//! charts drawn as vector graphics, the business plan, the quarter's
//! account plans, training, the review and signature lines. A team packet
//! puts every rep in one PDF behind a table of contents.

use super::accounts::write_account_plan;
use super::layout::{Align, Column, DocumentInfo, Layout, Rgb3, Style, Weight, palette, scale};
use super::plan::write_plan_sections;
use crate::accounts::AccountPlan;
use crate::error::Result;
use crate::plans::{Plan, PlanFigures};
use crate::playbook::Playbook;
use crate::print::{NumberFormat, PrintSettings};
use crate::reviews::{Review, ReviewStatus};
use crate::team::Person;

/// Everything printed for one rep.
pub struct RepPacket {
    pub rep: Person,
    pub manager_name: Option<String>,
    pub plan: Option<(Plan, PlanFigures)>,
    pub account_plans: Vec<AccountPlan>,
    pub review: Review,
}

const QUOTA: Rgb3 = Rgb3(0.75, 0.80, 0.87);
const ACTUAL: Rgb3 = Rgb3(0.11, 0.30, 0.55);

#[allow(clippy::too_many_arguments)] // each is a distinct input of the document
pub fn packet(
    company: &str,
    quarter: &str,
    reps: &[RepPacket],
    team: &[Person],
    playbook: &Playbook,
    team_packet: bool,
    print: &PrintSettings,
    printed_on: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>> {
    let fmt = &print.numbers();
    let title = if team_packet {
        format!("Plan-review packet — team — {quarter}")
    } else {
        format!(
            "Plan-review packet — {} — {quarter}",
            reps.first().map(|r| r.rep.name.as_str()).unwrap_or("")
        )
    };
    let mut doc = Layout::new(&title, print.page_size());
    if team_packet {
        cover(
            &mut doc,
            company,
            "Plan-review packet: the team",
            &[
                format!("Quarter {quarter}"),
                format!("{} reps", reps.len()),
                format!("Printed {}", printed_on.format("%-d %B %Y")),
            ],
        );
    }
    for packet in reps {
        rep_section(
            &mut doc,
            company,
            quarter,
            packet,
            team,
            playbook,
            team_packet,
            fmt,
            printed_on,
        );
    }
    if team_packet {
        doc.insert_toc(0, "Contents")?;
    }
    doc.finish(
        &format!("{company} · {title}"),
        DocumentInfo {
            title: title.clone(),
            author: company.to_string(),
            subject: "Plan-review packet".into(),
            created_unix: printed_on.timestamp(),
        },
    )
}

fn cover(doc: &mut Layout, company: &str, heading: &str, lines: &[String]) {
    doc.cover(&company.to_uppercase(), heading, 150.0, 250.0, 40.0, None);
    for line in lines {
        doc.paragraph(line, scale::H2);
        doc.space(4.0);
    }
}

#[allow(clippy::too_many_arguments)]
fn rep_section(
    doc: &mut Layout,
    company: &str,
    quarter: &str,
    p: &RepPacket,
    team: &[Person],
    playbook: &Playbook,
    team_packet: bool,
    fmt: &NumberFormat,
    printed_on: chrono::DateTime<chrono::Utc>,
) {
    // Cover of the rep: in a team packet it is the rep's entry in the contents.
    doc.cover(
        &format!("{} · PLAN-REVIEW PACKET {quarter}", company.to_uppercase()),
        &p.rep.name,
        120.0,
        220.0,
        40.0,
        team_packet.then_some(1),
    );
    let manager = p.manager_name.clone().unwrap_or_else(|| "—".into());
    doc.table(
        &[
            Column::new("", 0.3, Align::Left),
            Column::new("", 0.7, Align::Left),
        ],
        &[
            vec!["Company".into(), company.to_string()],
            vec!["Rep".into(), p.rep.name.clone()],
            vec!["Manager".into(), manager.clone()],
            vec!["Quarter".into(), quarter.to_string()],
            vec!["Printed".into(), printed_on.format("%-d %B %Y").to_string()],
        ],
    );
    let toc = if team_packet { Some(2) } else { Some(1) };

    // Summary figures and charts.
    doc.new_page();
    doc.heading("Summary figures", scale::H1, toc);
    match &p.plan {
        None => doc.paragraph("No business plan covers this quarter.", scale::BODY),
        Some((plan, figures)) => {
            let r = &figures.revenue;
            let q = r.quarters.iter().find(|q| q.quarter == quarter);
            if !figures.targets_agreed {
                doc.paragraph("The plan's targets are not approved yet; figures measure against the plan as written.", scale::SMALL);
            }
            doc.table(
                &[
                    Column::new("Figure", 0.6, Align::Left),
                    Column::new("Value", 0.4, Align::Right),
                ],
                &[
                    vec![
                        format!("Quota attainment {quarter}"),
                        fmt.percent(q.and_then(|q| q.attainment)),
                    ],
                    vec![
                        format!(
                            "Quota attainment, plan to date ({} to {}, the current month in full)",
                            plan.summary.first_month, figures.as_of
                        ),
                        fmt.percent(r.attainment_to_date),
                    ],
                    vec![
                        "This month's pace".into(),
                        super::plan::pace_text(r.pace.as_ref(), fmt),
                    ],
                    vec!["Forecast accuracy".into(), fmt.percent(r.forecast_accuracy)],
                    vec![
                        "Activity attainment".into(),
                        fmt.percent(figures.activity_attainment),
                    ],
                    vec![
                        "Pipeline coverage".into(),
                        r.pipeline_coverage
                            .map(|v| fmt.ratio(v))
                            .unwrap_or_else(|| "—".into()),
                    ],
                ],
            );
            let labels: Vec<String> = r
                .months
                .iter()
                .map(|m| m.month.to_string()[2..].replace('-', "/"))
                .collect();
            bar_chart(
                doc,
                fmt,
                "Quota and actual per month",
                &labels,
                &[
                    ("Quota", QUOTA, r.months.iter().map(|m| m.quota).collect()),
                    (
                        "Actual",
                        ACTUAL,
                        r.months.iter().map(|m| m.actual).collect(),
                    ),
                ],
            );
            if !figures.activities.is_empty() {
                let labels: Vec<String> =
                    figures.activities.iter().map(|a| a.name.clone()).collect();
                bar_chart(
                    doc,
                    fmt,
                    "Activities against goal, to date",
                    &labels,
                    &[
                        (
                            "Goal",
                            QUOTA,
                            figures.activities.iter().map(|a| a.goal_to_date).collect(),
                        ),
                        (
                            "Done",
                            ACTUAL,
                            figures
                                .activities
                                .iter()
                                .map(|a| a.actual_to_date)
                                .collect(),
                        ),
                    ],
                );
            }
            doc.new_page();
            doc.heading("Business plan", scale::H1, toc);
            doc.paragraph(
                &format!(
                    "{} to {} · {:?}",
                    plan.summary.first_month, plan.summary.last_month, plan.summary.status
                ),
                scale::SMALL,
            );
            write_plan_sections(doc, plan, figures, playbook, fmt, None);
        }
    }

    doc.new_page();
    doc.heading(&format!("Account plans {quarter}"), scale::H1, toc);
    if p.account_plans.is_empty() {
        doc.paragraph("No account plans for this quarter.", scale::BODY);
    }
    for (i, plan) in p.account_plans.iter().enumerate() {
        if i > 0 {
            doc.new_page();
        }
        write_account_plan(doc, plan, team, &company.to_uppercase(), fmt, None);
    }

    doc.new_page();
    doc.heading("Training", scale::H1, toc);
    let needs: Vec<String> = p
        .plan
        .as_ref()
        .map(|(plan, _)| {
            plan.content
                .training_needs
                .iter()
                .filter_map(|n| playbook.training.iter().find(|m| m.id == n.module_id))
                .map(|m| {
                    if m.cadence.is_empty() {
                        m.title.clone()
                    } else {
                        format!("{} — {}", m.title, m.cadence)
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if needs.is_empty() {
        doc.paragraph("No training needs in the plan.", scale::BODY);
    } else {
        doc.paragraph(
            "Training needs agreed in the business plan, and how they are practised:",
            scale::BODY,
        );
        doc.list(&needs, "☐");
    }

    doc.heading("Quarterly review", scale::H1, toc);
    let review = &p.review;
    let status = match review.status {
        ReviewStatus::Preparing => "Being prepared".to_string(),
        ReviewStatus::Held => "Held, not yet agreed".to_string(),
        ReviewStatus::Agreed => format!(
            "Agreed on {}",
            review.agreement_date.clone().unwrap_or_default()
        ),
    };
    doc.paragraph(&status, scale::SMALL);
    doc.space(4.0);
    for (label, text) in [
        ("The rep's own input", &review.rep_input),
        ("Strengths", &review.strengths),
        ("Development areas", &review.development_areas),
        ("Commitments for next quarter", &review.commitments),
    ] {
        if text.trim().is_empty() {
            doc.labeled(label, "—");
        } else {
            doc.labeled(label, text);
        }
    }
    if !review.amendments.is_empty() {
        let notes: Vec<String> = review
            .amendments
            .iter()
            .map(|a| {
                format!(
                    "{} — {}: {}",
                    &a.at[..10.min(a.at.len())],
                    a.author_name.as_deref().unwrap_or("someone"),
                    a.text
                )
            })
            .collect();
        doc.ensure(scale::LABEL.line_height() + 2.0 * scale::BODY.line_height());
        doc.line(doc.left(), "NOTES AFTER AGREEMENT", scale::LABEL);
        doc.list(&notes, "•");
    }
    doc.ensure(110.0);
    doc.space(36.0);
    doc.paragraph(&format!("Rep: {}", p.rep.name), scale::BODY);
    doc.space(18.0);
    doc.paragraph(
        "Signature: ______________________________   Date: ______________",
        scale::BODY,
    );
    doc.space(18.0);
    doc.paragraph(&format!("Manager: {manager}"), scale::BODY);
    doc.space(18.0);
    doc.paragraph(
        "Signature: ______________________________   Date: ______________",
        scale::BODY,
    );
}

/// A grouped vertical bar chart with a value axis, drawn with rectangles
/// and lines so it prints sharply at any size.
fn bar_chart(
    doc: &mut Layout,
    fmt: &NumberFormat,
    title: &str,
    labels: &[String],
    series: &[(&str, Rgb3, Vec<f64>)],
) {
    let height = 150.0;
    let legend = 18.0;
    doc.ensure(height + legend + 60.0);
    doc.space(8.0);
    doc.line(doc.left(), &title.to_uppercase(), scale::LABEL);
    let small = Style::new(Weight::Regular, 7.5, palette::MUTED);
    // Legend.
    let mut x = doc.left();
    let legend_y = doc.cursor() - 10.0;
    for (name, color, _) in series {
        doc.fill_rect(x, legend_y, 8.0, 8.0, *color);
        doc.text_at(x + 11.0, legend_y + 1.0, name, small);
        x += 20.0 + doc.measure(name, small) + 12.0;
    }
    doc.space(legend);
    let max = series
        .iter()
        .flat_map(|(_, _, v)| v.iter().copied())
        .fold(0.0_f64, f64::max)
        .max(1.0);
    // A round top for the axis: 1, 2 or 5 times a power of ten.
    let magnitude = 10f64.powf(max.log10().floor());
    let top_value = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|f| f * magnitude)
        .find(|v| *v >= max)
        .unwrap_or(max);
    let axis_width = 44.0;
    let left = doc.left() + axis_width;
    let width = doc.text_width() - axis_width;
    let bottom = doc.cursor() - height;
    for step in 0..=4 {
        let value = top_value * step as f64 / 4.0;
        let y = bottom + height * step as f32 / 4.0;
        doc.draw_line(left, y, left + width, y, palette::RULE, 0.4);
        let label = fmt.number(value, 0);
        let w = doc.measure(&label, small);
        doc.text_at(left - 4.0 - w, y - 2.5, &label, small);
    }
    let groups = labels.len().max(1) as f32;
    let group_width = width / groups;
    let bar_width = (group_width * 0.7) / series.len().max(1) as f32;
    for (g, label) in labels.iter().enumerate() {
        let gx = left + group_width * g as f32 + group_width * 0.15;
        for (s, (_, color, values)) in series.iter().enumerate() {
            let v = values.get(g).copied().unwrap_or(0.0).max(0.0);
            let h = (v / top_value) as f32 * height;
            if h > 0.0 {
                doc.fill_rect(
                    gx + bar_width * s as f32,
                    bottom,
                    bar_width * 0.92,
                    h,
                    *color,
                );
            }
        }
        let shown: String = label.chars().take(14).collect();
        let w = doc.measure(&shown, small);
        doc.text_at(
            left + group_width * g as f32 + (group_width - w) / 2.0,
            bottom - 10.0,
            &shown,
            small,
        );
    }
    doc.draw_line(left, bottom, left + width, bottom, palette::MUTED, 0.8);
    doc.set_cursor(bottom - 20.0);
}
