//! The sales manual: the playbook as a PDF a new rep can follow.

use super::layout::{Align, Column, DocumentInfo, Layout, PageSize, scale};
use crate::error::Result;
use crate::playbook::{KpiKind, KpiPeriod, KpiUnit, Playbook, TrainingArea};

/// Which playbook the manual shows: the working copy or a published version.
pub struct ManualEdition {
    /// "Version 3, published 12 March 2026" or "Working draft".
    pub label: String,
    pub printed_on: chrono::DateTime<chrono::Utc>,
}

pub fn render_manual(
    playbook: &Playbook,
    edition: &ManualEdition,
    size: PageSize,
) -> Result<Vec<u8>> {
    let company = if playbook.company_name.trim().is_empty() {
        "Our company".to_string()
    } else {
        playbook.company_name.clone()
    };
    let title = format!("{company} — Sales manual");
    let mut doc = Layout::new(&title, size);

    cover(&mut doc, &company, edition);

    // Overview of the process.
    doc.new_page();
    doc.heading("How we sell", scale::H1, Some(1));
    doc.paragraph(
        "Selling is a process, not an event. Every opportunity moves through the stages below, in order. Each stage says what it is for, when an opportunity enters it, and the checklist that must be done before it moves on. Skipping a step lowers the chance of winning.",
        scale::BODY,
    );
    doc.space(10.0);
    if playbook.stages.is_empty() {
        doc.paragraph("No stages have been defined yet.", scale::BODY);
    } else {
        let rows: Vec<Vec<String>> = playbook
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    (i + 1).to_string(),
                    s.name.clone(),
                    s.purpose.clone(),
                    s.expected_days
                        .map(|d| format!("{d} {}", if d == 1 { "day" } else { "days" }))
                        .unwrap_or_else(|| "—".into()),
                ]
            })
            .collect();
        doc.table(
            &[
                Column::new("#", 0.06, Align::Right),
                Column::new("Stage", 0.22, Align::Left),
                Column::new("Purpose", 0.56, Align::Left),
                Column::new("Expected", 0.16, Align::Right),
            ],
            &rows,
        );
    }

    // One section per stage, each on its own page so a rep can find it.
    let count = playbook.stages.len();
    for (index, stage) in playbook.stages.iter().enumerate() {
        doc.new_page();
        doc.line(
            doc.left(),
            &format!("STAGE {} OF {}", index + 1, count),
            scale::LABEL,
        );
        doc.heading(&stage.name, scale::H1, Some(2));
        if let Some(days) = stage.expected_days {
            doc.paragraph(
                &format!(
                    "Expected time in this stage: {days} {}.",
                    if days == 1 { "day" } else { "days" }
                ),
                scale::SMALL,
            );
            doc.space(6.0);
        }
        doc.labeled("Purpose", &stage.purpose);
        doc.labeled("Entry criteria", &stage.entry_criteria);
        let exit: Vec<String> = stage
            .exit_criteria
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| c.text.clone())
            .collect();
        if !exit.is_empty() {
            doc.ensure(scale::LABEL.line_height() + 2.0 * scale::BODY.line_height());
            doc.line(
                doc.left(),
                "EXIT CRITERIA — DONE BEFORE MOVING ON",
                scale::LABEL,
            );
            doc.list(&exit, "☐");
            doc.space(8.0);
        }
        doc.labeled("Key activities", &stage.key_activities);
        doc.labeled("Scripts and talk tracks", &stage.scripts);
        doc.labeled("Materials", &stage.materials);
        let modules: Vec<String> = playbook
            .training
            .iter()
            .filter(|m| m.stage_ids.contains(&stage.id))
            .map(|m| m.title.clone())
            .collect();
        if !modules.is_empty() {
            doc.ensure(scale::LABEL.line_height() + scale::BODY.line_height());
            doc.line(doc.left(), "TRAINING FOR THIS STAGE", scale::LABEL);
            doc.list(&modules, "•");
        }
    }

    // Qualification.
    doc.new_page();
    doc.heading("Qualification", scale::H1, Some(1));
    doc.paragraph(
        "An opportunity counts as Qualified only when every criterion below is met. Until then it is a Suspect opportunity.",
        scale::BODY,
    );
    doc.space(6.0);
    let criteria: Vec<String> = playbook
        .qualification
        .iter()
        .map(|c| {
            if c.description.trim().is_empty() {
                c.label.clone()
            } else {
                format!("{} — {}", c.label, c.description)
            }
        })
        .collect();
    doc.list(&criteria, "☐");

    doc.heading("Ideal customer profile", scale::H1, Some(1));
    doc.paragraph(
        or_placeholder(&playbook.profile.ideal_customer_profile),
        scale::BODY,
    );
    doc.heading("Value proposition", scale::H1, Some(1));
    doc.paragraph(
        or_placeholder(&playbook.profile.value_proposition),
        scale::BODY,
    );

    doc.heading("Objection handling", scale::H1, Some(1));
    if playbook.objections.is_empty() {
        doc.paragraph("No objections recorded yet.", scale::BODY);
    }
    for objection in &playbook.objections {
        let first = doc.wrap(&objection.objection, scale::BODY_BOLD, doc.text_width());
        doc.ensure(
            first.len() as f32 * scale::BODY_BOLD.line_height() + 2.0 * scale::BODY.line_height(),
        );
        doc.paragraph(&format!("“{}”", objection.objection), scale::BODY_BOLD);
        doc.paragraph_indented(or_placeholder(&objection.response), scale::BODY, 14.0);
        doc.space(8.0);
    }

    doc.heading("Competitors", scale::H1, Some(1));
    if playbook.competitors.is_empty() {
        doc.paragraph("No competitors recorded yet.", scale::BODY);
    }
    for competitor in &playbook.competitors {
        doc.ensure(3.0 * scale::BODY.line_height());
        doc.paragraph(&competitor.name, scale::BODY_BOLD);
        doc.paragraph_indented(or_placeholder(&competitor.notes), scale::BODY, 14.0);
        doc.space(8.0);
    }

    doc.heading("Key performance indicators", scale::H1, Some(1));
    doc.paragraph(
        "Inputs drive outputs: activity KPIs are what a rep controls each week; result KPIs show whether the activities work.",
        scale::BODY,
    );
    doc.space(6.0);
    for kind in [KpiKind::Activity, KpiKind::Result] {
        let rows: Vec<Vec<String>> = playbook
            .kpis
            .iter()
            .filter(|k| k.kind == kind)
            .map(|k| {
                vec![
                    k.name.clone(),
                    format_target(k.target, k.unit),
                    period(k.period).into(),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let title = match kind {
            KpiKind::Activity => "Activity KPIs",
            KpiKind::Result => "Result KPIs",
        };
        doc.heading(title, scale::H2, None);
        doc.table(
            &[
                Column::new("KPI", 0.5, Align::Left),
                Column::new("Target", 0.25, Align::Right),
                Column::new("Per", 0.25, Align::Left),
            ],
            &rows,
        );
    }

    doc.heading("Training program", scale::H1, Some(1));
    for area in TrainingArea::ALL {
        let modules: Vec<_> = playbook
            .training
            .iter()
            .filter(|m| m.area == area)
            .collect();
        if modules.is_empty() {
            continue;
        }
        doc.heading(area.title(), scale::H2, None);
        for module in modules {
            doc.ensure(3.0 * scale::BODY.line_height());
            doc.paragraph(&module.title, scale::BODY_BOLD);
            if !module.objectives.trim().is_empty() {
                doc.paragraph_indented(&module.objectives, scale::BODY, 14.0);
            }
            let mut facts = Vec::new();
            if !module.cadence.trim().is_empty() {
                facts.push(format!("Cadence: {}", module.cadence));
            }
            let stages: Vec<&str> = module
                .stage_ids
                .iter()
                .filter_map(|id| playbook.stages.iter().find(|s| &s.id == id))
                .map(|s| s.name.as_str())
                .collect();
            if !stages.is_empty() {
                facts.push(format!("Stages: {}", stages.join(", ")));
            }
            if !facts.is_empty() {
                doc.paragraph_indented(&facts.join("   ·   "), scale::SMALL, 14.0);
            }
            doc.space(6.0);
        }
    }
    if playbook.training.is_empty() {
        doc.paragraph("No training modules yet.", scale::BODY);
    }

    doc.insert_toc(0, "Contents")?;
    let footer = format!("{company} · Sales manual · {}", edition.label);
    doc.finish(
        &footer,
        DocumentInfo {
            title,
            author: company.clone(),
            subject: "Sales manual".into(),
            created_unix: edition.printed_on.timestamp(),
        },
    )
}

fn cover(doc: &mut Layout, company: &str, edition: &ManualEdition) {
    doc.cover("SALES MANUAL", company, 150.0, 250.0, 40.0, None);
    doc.paragraph(&edition.label, scale::H2);
    doc.space(4.0);
    doc.paragraph(
        &format!("Printed {}", edition.printed_on.format("%-d %B %Y")),
        scale::SMALL,
    );
    doc.space(30.0);
    doc.paragraph(
        "How we find, win and keep customers: the stages of our sales process with their checklists and talk tracks, how we qualify, who we sell to and why they buy from us, how we answer objections, the numbers we aim for, and how we train.",
        scale::BODY,
    );
}

fn or_placeholder(text: &str) -> &str {
    if text.trim().is_empty() {
        "Not written yet."
    } else {
        text
    }
}

fn period(period: KpiPeriod) -> &'static str {
    match period {
        KpiPeriod::Week => "week",
        KpiPeriod::Month => "month",
        KpiPeriod::Quarter => "quarter",
        KpiPeriod::Year => "year",
    }
}

/// Formats a KPI target for print: thousands separated, units spelled out.
pub fn format_target(value: f64, unit: KpiUnit) -> String {
    let number = group_thousands(value);
    match unit {
        KpiUnit::Count => number,
        KpiUnit::Percent => format!("{number} %"),
        KpiUnit::Currency => number,
        KpiUnit::Days => format!("{number} days"),
    }
}

/// 12000 → "12,000"; 2.5 → "2.5".
pub fn group_thousands(value: f64) -> String {
    let negative = value < 0.0;
    let abs = value.abs();
    let whole = abs.trunc() as u64;
    let fraction = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if fraction > 0 {
        let f = format!("{fraction:02}");
        grouped.push('.');
        grouped.push_str(f.trim_end_matches('0'));
    }
    if negative {
        format!("−{grouped}")
    } else {
        grouped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(12_000.0), "12,000");
        assert_eq!(group_thousands(999.0), "999");
        assert_eq!(group_thousands(1_234_567.5), "1,234,567.5");
        assert_eq!(group_thousands(0.0), "0");
    }
}
