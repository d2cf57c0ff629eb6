//! The business plan of one rep: targets, forecast, activities, marketing,
//! and how the plan stands against actuals.

use super::layout::{Align, Column, DocumentInfo, Layout, scale};
use crate::error::Result;
use crate::plans::{GoalKind, Plan, PlanFigures, PlanStatus};
use crate::playbook::Playbook;
use crate::print::{NumberFormat, PrintSettings};

fn status(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Draft => "Draft",
        PlanStatus::Submitted => "Submitted",
        PlanStatus::Approved => "Approved",
        PlanStatus::Returned => "Returned",
    }
}

pub fn business_plan(
    company: &str,
    plan: &Plan,
    figures: &PlanFigures,
    playbook: &Playbook,
    print: &PrintSettings,
    printed_on: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>> {
    let (fmt, size) = (&print.numbers(), print.page_size());
    let s = &plan.summary;
    let title = format!(
        "Business plan — {} — {} to {}",
        s.rep_name, s.first_month, s.last_month
    );
    let mut doc = Layout::new(&title, size);
    doc.new_page();
    doc.line(
        doc.left(),
        &format!("{} · SIX-MONTH BUSINESS PLAN", company.to_uppercase()),
        scale::LABEL,
    );
    doc.heading(&s.rep_name, scale::H1, None);
    let approval = match s.approved_revision {
        Some(n) => format!(" · approved (revision {n})"),
        None => String::new(),
    };
    doc.paragraph(
        &format!(
            "{} to {} · {}{approval} · figures as of {} · printed {}",
            s.first_month,
            s.last_month,
            status(s.status),
            figures.as_of,
            printed_on.format("%-d %B %Y")
        ),
        scale::SMALL,
    );
    if s.status == PlanStatus::Returned && !s.return_comment.is_empty() {
        doc.labeled("Returned with the comment", &s.return_comment);
    }
    doc.space(6.0);

    write_plan_sections(&mut doc, plan, figures, playbook, fmt, Some(1));

    doc.ensure(80.0);
    doc.space(30.0);
    doc.paragraph(
        "Rep: ______________________________        Manager: ______________________________",
        scale::BODY,
    );

    doc.finish(
        &format!("{company} · {title}"),
        DocumentInfo {
            title,
            author: company.to_string(),
            subject: "Business plan".into(),
            created_unix: printed_on.timestamp(),
        },
    )
}

/// The plan's sections (summary, months, forecast, goals, activities,
/// training, marketing, history), listed in the contents at `toc` level.
pub fn write_plan_sections(
    doc: &mut Layout,
    plan: &Plan,
    figures: &PlanFigures,
    playbook: &Playbook,
    fmt: &NumberFormat,
    toc: Option<u8>,
) {
    let money = |v: f64| fmt.money(v);
    doc.heading("Summary", scale::H2, toc);
    if !figures.targets_agreed {
        doc.paragraph("These targets have not been approved yet; the figures measure against the plan as written.", scale::SMALL);
    }
    let r = &figures.revenue;
    doc.table(
        &[
            Column::new("Figure", 0.5, Align::Left),
            Column::new("Value", 0.5, Align::Right),
        ],
        &[
            vec![
                "Quota attainment, months so far (the current one in full)".into(),
                fmt.percent(r.attainment_to_date),
            ],
            vec![
                "Actual to date / quota of the months so far".into(),
                format!("{} / {}", money(r.actual_to_date), money(r.quota_to_date)),
            ],
            vec!["This month's pace".into(), pace_text(r.pace.as_ref(), fmt)],
            vec![
                "Forecast accuracy (complete months)".into(),
                fmt.percent(r.forecast_accuracy),
            ],
            vec![
                "Activity attainment".into(),
                fmt.percent(figures.activity_attainment),
            ],
            vec![
                "Pipeline coverage (open pipeline ÷ remaining quota)".into(),
                r.pipeline_coverage
                    .map(|v| fmt.ratio(v))
                    .unwrap_or_else(|| "—".into()),
            ],
        ],
    );

    doc.heading("Quota, forecast and actual by month", scale::H2, toc);
    let mut rows: Vec<Vec<String>> = r
        .months
        .iter()
        .map(|m| {
            vec![
                m.month.to_string(),
                money(m.quota),
                money(m.forecast),
                money(m.actual),
                fmt.percent(m.attainment),
            ]
        })
        .collect();
    for q in &r.quarters {
        rows.push(vec![
            q.quarter.clone(),
            money(q.quota),
            String::new(),
            money(q.actual),
            fmt.percent(q.attainment),
        ]);
    }
    doc.table(
        &[
            Column::new("Month", 0.2, Align::Left),
            Column::new("Quota", 0.2, Align::Right),
            Column::new("Forecast", 0.2, Align::Right),
            Column::new("Actual", 0.2, Align::Right),
            Column::new("Attainment", 0.2, Align::Right),
        ],
        &rows,
    );

    doc.heading("Forecast by client and product", scale::H2, toc);
    if plan.content.forecast.is_empty() {
        doc.paragraph("No forecast yet.", scale::BODY);
    } else {
        let months: Vec<String> = plan
            .content
            .months
            .iter()
            .map(|m| m.month[2..].replace('-', "/"))
            .collect();
        let mut columns = vec![
            Column::new("Client", 0.2, Align::Left),
            Column::new("Product", 0.15, Align::Left),
        ];
        for m in &months {
            columns.push(Column::new(m, 0.0875, Align::Right));
        }
        columns.push(Column::new("Total", 0.125, Align::Right));
        let mut rows: Vec<Vec<String>> = plan
            .content
            .forecast
            .iter()
            .map(|row| {
                let mut cells = vec![row.client.clone(), row.product.clone()];
                cells.extend(row.amounts.iter().map(|a| money(*a)));
                cells.push(money(row.amounts.iter().sum()));
                cells
            })
            .collect();
        let mut totals = vec!["Total".to_string(), String::new()];
        for i in 0..6 {
            totals.push(money(
                plan.content
                    .forecast
                    .iter()
                    .map(|r| r.amounts.get(i).copied().unwrap_or(0.0))
                    .sum(),
            ));
        }
        totals.push(money(
            plan.content
                .forecast
                .iter()
                .flat_map(|r| r.amounts.iter())
                .sum(),
        ));
        rows.push(totals);
        doc.table_styled(&columns, &rows, scale::TABLE_SMALL);
    }

    doc.heading("Goals", scale::H2, toc);
    for (kind, label) in [
        (GoalKind::Professional, "Professional"),
        (GoalKind::Personal, "Personal"),
    ] {
        let goals: Vec<String> = plan
            .content
            .goals
            .iter()
            .filter(|g| g.kind == kind)
            .map(|g| g.text.clone())
            .collect();
        if !goals.is_empty() {
            doc.ensure(scale::LABEL.line_height() + 2.0 * scale::BODY.line_height());
            doc.line(doc.left(), &label.to_uppercase(), scale::LABEL);
            doc.list(&goals, "•");
            doc.space(6.0);
        }
    }
    if plan.content.goals.is_empty() {
        doc.paragraph("No goals written yet.", scale::BODY);
    }

    doc.heading("Activity goals", scale::H2, toc);
    if figures.activities.is_empty() {
        doc.paragraph("No activity goals yet.", scale::BODY);
    } else {
        let rows: Vec<Vec<String>> = figures
            .activities
            .iter()
            .map(|a| {
                let per = match a.period {
                    crate::plans::figures::GoalPeriod::Week => "week",
                    crate::plans::figures::GoalPeriod::Month => "month",
                };
                vec![
                    a.name.clone(),
                    format!("{} per {per}", fmt.count(a.goal)),
                    fmt.count(a.goal_to_date.round()),
                    fmt.count(a.actual_to_date),
                    fmt.percent(a.attainment),
                ]
            })
            .collect();
        doc.table(
            &[
                Column::new("Activity", 0.28, Align::Left),
                Column::new("Goal", 0.2, Align::Right),
                Column::new("Goal to date", 0.18, Align::Right),
                Column::new("Done", 0.16, Align::Right),
                Column::new("Attainment", 0.18, Align::Right),
            ],
            &rows,
        );
    }

    doc.heading("Training needs", scale::H2, toc);
    let needs: Vec<String> = plan
        .content
        .training_needs
        .iter()
        .filter_map(|n| {
            playbook
                .training
                .iter()
                .find(|m| m.id == n.module_id)
                .map(|m| {
                    if n.note.trim().is_empty() {
                        m.title.clone()
                    } else {
                        format!("{} — {}", m.title, n.note)
                    }
                })
        })
        .collect();
    if needs.is_empty() {
        doc.paragraph("None chosen.", scale::BODY);
    } else {
        doc.list(&needs, "•");
    }

    doc.heading("Local marketing", scale::H2, toc);
    if plan.content.marketing.is_empty() {
        doc.paragraph("No marketing activities planned.", scale::BODY);
    } else {
        let rows: Vec<Vec<String>> = plan
            .content
            .marketing
            .iter()
            .map(|m| {
                vec![
                    m.what.clone(),
                    m.month.clone(),
                    money(m.cost),
                    m.expected_leads.to_string(),
                ]
            })
            .collect();
        doc.table(
            &[
                Column::new("What", 0.5, Align::Left),
                Column::new("When", 0.16, Align::Left),
                Column::new("Cost", 0.17, Align::Right),
                Column::new("Expected leads", 0.17, Align::Right),
            ],
            &rows,
        );
    }

    if !plan.events.is_empty() {
        doc.heading("History", scale::H2, toc);
        let items: Vec<String> = plan
            .events
            .iter()
            .map(|e| {
                let who = e.actor_name.as_deref().unwrap_or("someone");
                let comment = if e.comment.is_empty() {
                    String::new()
                } else {
                    format!(": {}", e.comment)
                };
                format!(
                    "{} — {} by {who}{comment}",
                    &e.at[..10.min(e.at.len())],
                    e.action
                )
            })
            .collect();
        doc.list(&items, "•");
    }
}

/// "on track for 94 % of 2026-11" for the current month, or "—".
pub(crate) fn pace_text(
    pace: Option<&crate::plans::figures::MonthPace>,
    fmt: &NumberFormat,
) -> String {
    match pace {
        Some(p) => match p.projected_attainment {
            Some(a) => format!("on track for {} of {}", fmt.percent(Some(a)), p.month),
            None => format!("no quota in {}", p.month),
        },
        None => "—".into(),
    }
}
