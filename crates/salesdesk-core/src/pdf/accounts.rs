//! Account plans as PDF: one plan, or all of a rep's plans for a quarter
//! with the roll-up against the business plan first.

use super::layout::{Align, Column, DocumentInfo, Layout, scale};
use crate::accounts::{AccountPlan, RollUp};
use crate::error::Result;
use crate::print::{NumberFormat, PrintSettings};
use crate::team::Person;

pub fn account_plans(
    company: &str,
    title: &str,
    plans: &[AccountPlan],
    roll_up: Option<&RollUp>,
    team: &[Person],
    print: &PrintSettings,
    printed_on: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>> {
    let fmt = &print.numbers();
    let money = |v: f64| fmt.money(v);
    let mut doc = Layout::new(title, print.page_size());
    if let Some(roll) = roll_up {
        doc.new_page();
        doc.line(
            doc.left(),
            &format!("{} · ACCOUNT PLANS", company.to_uppercase()),
            scale::LABEL,
        );
        doc.heading(title, scale::H1, None);
        doc.paragraph(
            &format!("Printed {}", printed_on.format("%-d %B %Y")),
            scale::SMALL,
        );
        doc.heading("Targets against the business plan", scale::H2, Some(1));
        let mut rows: Vec<Vec<String>> = roll
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.client.clone(),
                    r.account_plan_target
                        .map(&money)
                        .unwrap_or_else(|| "no plan".into()),
                    money(r.business_plan_forecast),
                    money(r.difference),
                ]
            })
            .collect();
        rows.push(vec![
            "Total".into(),
            money(roll.total_target),
            money(roll.total_forecast),
            money(roll.total_target - roll.total_forecast),
        ]);
        doc.table(
            &[
                Column::new("Client", 0.4, Align::Left),
                Column::new("Account-plan target", 0.2, Align::Right),
                Column::new("Business-plan forecast", 0.2, Align::Right),
                Column::new("Difference", 0.2, Align::Right),
            ],
            &rows,
        );
    }
    for plan in plans {
        doc.new_page();
        write_account_plan(&mut doc, plan, team, &company.to_uppercase(), fmt, Some(1));
    }
    if plans.is_empty() && roll_up.is_none() {
        doc.new_page();
        doc.paragraph("No account plans.", scale::BODY);
    }
    doc.finish(
        &format!("{company} · {title}"),
        DocumentInfo {
            title: title.to_string(),
            author: company.to_string(),
            subject: "Account plans".into(),
            created_unix: printed_on.timestamp(),
        },
    )
}

/// One account plan: facts, contacts, competition, successes, strategy and
/// steps, its heading listed in the contents at `toc` level.
pub fn write_account_plan(
    doc: &mut Layout,
    plan: &AccountPlan,
    team: &[Person],
    company_caps: &str,
    fmt: &NumberFormat,
    toc: Option<u8>,
) {
    let money = |v: f64| fmt.money(v);
    let name_of = |id: &str| {
        team.iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| "—".into())
    };
    doc.line(
        doc.left(),
        &format!("{company_caps} · ACCOUNT PLAN {}", plan.quarter),
        scale::LABEL,
    );
    doc.heading(
        &plan.account.name,
        if toc == Some(1) { scale::H1 } else { scale::H2 },
        toc,
    );
    let a = &plan.account;
    doc.table(
        &[
            Column::new("Fact", 0.4, Align::Left),
            Column::new("Value", 0.6, Align::Left),
        ],
        &[
            vec!["Rep".into(), plan.rep_name.clone()],
            vec!["Industry".into(), a.industry.clone()],
            vec!["Size".into(), a.size.clone()],
            vec!["Yearly revenue with us".into(), money(a.yearly_revenue)],
            vec!["Potential per year".into(), money(a.potential)],
            vec![
                format!("Revenue target {}", plan.quarter),
                money(plan.revenue_target),
            ],
        ],
    );
    if !plan.contacts.is_empty() {
        doc.heading("Key contacts", scale::H2, None);
        let rows: Vec<Vec<String>> = plan
            .contacts
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.title.clone(),
                    c.buying_role.label().into(),
                    c.relationship.label().into(),
                ]
            })
            .collect();
        doc.table(
            &[
                Column::new("Name", 0.3, Align::Left),
                Column::new("Title", 0.26, Align::Left),
                Column::new("Buying role", 0.22, Align::Left),
                Column::new("Relationship", 0.22, Align::Left),
            ],
            &rows,
        );
    }
    doc.labeled("Competition", &plan.competition);
    doc.labeled("Past successes", &plan.past_successes);
    doc.labeled("Strategy for the quarter", &plan.strategy);
    doc.heading("Steps", scale::H2, None);
    if plan.steps.is_empty() {
        doc.paragraph("No steps yet.", scale::BODY);
    } else {
        let rows: Vec<Vec<String>> = plan
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    format!("{}", i + 1),
                    s.action.clone(),
                    name_of(&s.owner_id),
                    s.due_date.clone(),
                    s.status.label().into(),
                    s.result.clone(),
                ]
            })
            .collect();
        doc.table_styled(
            &[
                Column::new("#", 0.05, Align::Right),
                Column::new("Action", 0.32, Align::Left),
                Column::new("Owner", 0.16, Align::Left),
                Column::new("Due", 0.14, Align::Left),
                Column::new("Status", 0.13, Align::Left),
                Column::new("Result", 0.2, Align::Left),
            ],
            &rows,
            scale::TABLE_SMALL,
        );
    }
}
