//! The large workspace of the benchmarks (`salesdesk-cli demo --size
//! large`): the demo company grown to 50 reps, each with an approved
//! six-month plan forecasting 20 clients × 5 products, a year of monthly
//! actuals (imported from CSV, as a user would), about 2,000 accounts with
//! a quarterly account plan each, and 100 candidates with two scorecards
//! each. Everything goes through the library's own operations, so the data
//! obeys every rule.

use crate::Workspace;
use crate::accounts::*;
use crate::error::{Error, Result};
use crate::hiring::*;
use crate::plans::csv_import::{CsvSettings, DateOrder, DecimalMark, RevenueMapping};
use crate::plans::*;
use crate::team::{PersonInput, PersonRole};

use super::DemoCalendar;

/// How big the generated company is.
#[derive(Debug, Clone, Copy)]
pub struct LargeSize {
    pub reps: usize,
    pub clients_per_plan: usize,
    pub products: usize,
    pub accounts: usize,
    pub candidates: usize,
}

impl LargeSize {
    /// The size issue #8 asks for.
    pub const BENCHMARK: LargeSize = LargeSize {
        reps: 50,
        clients_per_plan: 20,
        products: 5,
        accounts: 2_000,
        candidates: 100,
    };
}

/// Fills an empty workspace with the demo company, then grows it to `size`.
/// The year of actuals ends with the current month (of `calendar`).
/// Recorded as one reset, like the small one.
pub fn fill_large(ws: &mut Workspace, size: LargeSize, calendar: &DemoCalendar) -> Result<()> {
    super::refuse_unless_empty(ws)?;
    ws.fill_as_one_reset(|ws| grow(ws, size, calendar))
}

fn grow(ws: &mut Workspace, size: LargeSize, calendar: &DemoCalendar) -> Result<()> {
    super::fill_demo(ws, calendar)?;
    let manager = demo_person(ws, PersonRole::Manager)?;
    let products: Vec<String> = (1..=size.products)
        .map(|p| format!("Product line {p}"))
        .collect();
    let existing_reps = ws
        .team()
        .people()?
        .into_iter()
        .filter(|p| p.role == PersonRole::Rep && p.active)
        .count();
    let new_reps = size.reps.saturating_sub(existing_reps).max(1);
    let accounts_per_rep = size
        .accounts
        .saturating_sub(ws.accounts().list()?.len())
        .div_ceil(new_reps)
        .max(size.clients_per_plan);

    for n in 0..new_reps {
        let rep = ws.team_mut().save_person(&PersonInput {
            id: None,
            name: format!("Rep {:03}", n + 1),
            email: format!("rep{:03}@example.com", n + 1),
            role: PersonRole::Rep,
            manager_id: Some(manager.clone()),
            start_date: Some("2025-01-01".into()),
            territory: format!("Area {}", n + 1),
            active: true,
        })?;
        let clients: Vec<String> = (1..=accounts_per_rep)
            .map(|c| format!("Client {:03}-{c:02}", n + 1))
            .collect();
        let plan_clients = &clients[..size.clients_per_plan];
        plan_for(ws, calendar, &rep.id, n, plan_clients, &products)?;
        actuals_for(ws, calendar, &rep.id, n, plan_clients, &products)?;
        account_plans_for(ws, calendar, &rep.id, &manager, &clients)?;
    }
    candidates(ws, calendar, size.candidates, &manager)?;
    Ok(())
}

/// The id of the demo's first person with `role`.
fn demo_person(ws: &mut Workspace, role: PersonRole) -> Result<String> {
    ws.team()
        .people()?
        .into_iter()
        .find(|p| p.role == role)
        .map(|p| p.id)
        .ok_or_else(|| Error::Internal(format!("the demo has no {role:?}")))
}

fn plan_for(
    ws: &mut Workspace,
    calendar: &DemoCalendar,
    rep_id: &str,
    n: usize,
    clients: &[String],
    products: &[String],
) -> Result<()> {
    let plan = ws.plans_mut().create_plan(&NewPlan {
        rep_id: rep_id.into(),
        first_month: calendar.plan_start().to_string(),
    })?;
    let id = plan.summary.id;
    let months: Vec<PlanMonth> = plan
        .content
        .months
        .iter()
        .enumerate()
        .map(|(i, m)| PlanMonth {
            month: m.month.clone(),
            quota: 40_000.0 + 1_000.0 * ((n + i) % 7) as f64,
            expected_pipeline: 120_000.0,
        })
        .collect();
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::Months(months))?;
    let forecast = clients
        .iter()
        .enumerate()
        .flat_map(|(c, client)| {
            products
                .iter()
                .enumerate()
                .map(move |(p, product)| ForecastRow {
                    client: client.clone(),
                    product: product.clone(),
                    amounts: (0..6)
                        .map(|m| (300 + 10 * ((c * 5 + p * 3 + m + n) % 40)) as f64)
                        .collect(),
                })
        })
        .collect();
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::Forecast(forecast))?;
    ws.plans_mut().save_plan_section(
        &id,
        &PlanSection::Goals(vec![PlanGoal {
            id: None,
            kind: GoalKind::Personal,
            text: "Grow every client by a product line.".into(),
        }]),
    )?;
    ws.plans_mut().submit_plan(&id)?;
    ws.plans_mut().approve_plan(&id)?;
    Ok(())
}

/// A year of monthly revenue for every client and product of the plan
/// (the current month up to today), imported as one CSV file.
fn actuals_for(
    ws: &mut Workspace,
    calendar: &DemoCalendar,
    rep_id: &str,
    n: usize,
    clients: &[String],
    products: &[String],
) -> Result<()> {
    let mut csv = String::from("Date,Client,Product,Amount\n");
    for m in 0..12 {
        let month = calendar.month().plus(m as i32 - 11);
        // The current month so far: its share of a month's revenue, dated
        // today (a whole month's by the 2nd read as a pace of 1,500 %).
        let (date, share) = if m == 11 {
            (calendar.today().to_string(), calendar.month_elapsed())
        } else {
            (format!("{month}-15"), 1.0)
        };
        for (c, client) in clients.iter().enumerate() {
            for (p, product) in products.iter().enumerate() {
                let amount = (200 + 10 * ((c * 3 + p * 7 + m * 5 + n) % 50)) as f64 * share;
                csv.push_str(&format!("{date},{client},{product},{amount:.2}\n"));
            }
        }
    }
    let report = ws.plans_mut().import_revenue(
        csv.as_bytes(),
        &RevenueImport {
            rep_id: rep_id.into(),
            settings: CsvSettings {
                delimiter: ",".into(),
                date_order: DateOrder::DayMonth,
                decimal_mark: DecimalMark::Point,
                encoding: "UTF-8".into(),
            },
            mapping: RevenueMapping {
                date: 0,
                client: 1,
                product: 2,
                amount: 3,
            },
            unknown: UnknownNames::Add,
        },
        false,
    )?;
    if !report.errors.is_empty() || !report.saved {
        return Err(Error::Internal(format!(
            "the generated actuals did not import: {:?}",
            report.errors.first()
        )));
    }
    Ok(())
}

fn account_plans_for(
    ws: &mut Workspace,
    calendar: &DemoCalendar,
    rep_id: &str,
    manager: &str,
    clients: &[String],
) -> Result<()> {
    let known = ws.accounts().list()?;
    for (i, client) in clients.iter().enumerate() {
        let existing = known
            .iter()
            .find(|a| &a.name == client)
            .map(|a| a.id.clone());
        let account = ws.accounts_mut().save_account(&AccountInput {
            id: existing,
            name: client.clone(),
            industry: ["Hospitality", "Legal services", "Healthcare", "Retail"][i % 4].into(),
            size: format!("{} staff", 10 + i),
            yearly_revenue: 10_000.0 + 500.0 * i as f64,
            potential: 40_000.0 + 1_000.0 * i as f64,
            owner_id: Some(rep_id.into()),
        })?;
        let plan = ws.accounts_mut().create_plan(&NewAccountPlan {
            account_id: account.id.clone(),
            quarter: calendar.quarter().to_string(),
            rep_id: rep_id.into(),
        })?;
        ws.accounts_mut().save_plan(&AccountPlanInput {
            id: plan.id,
            contacts: vec![
                Contact {
                    id: None,
                    name: format!("Buyer {i}"),
                    title: "Managing director".into(),
                    buying_role: BuyingRole::DecisionMaker,
                    relationship: Relationship::Good,
                },
                Contact {
                    id: None,
                    name: format!("Champion {i}"),
                    title: "Office manager".into(),
                    buying_role: BuyingRole::Champion,
                    relationship: Relationship::Strong,
                },
            ],
            competition: "A discounter quoted lower last spring.".into(),
            past_successes: "Delivered the first order on time.".into(),
            strategy: format!("Grow {client} to a full fit-out."),
            revenue_target: 20_000.0,
            steps: vec![
                Step {
                    id: None,
                    action: "Site visit".into(),
                    owner_id: rep_id.into(),
                    due_date: calendar.done_in_quarter(14),
                    status: StepStatus::Done,
                    result: "Measured the floor.".into(),
                },
                Step {
                    id: None,
                    action: "Proposal".into(),
                    owner_id: rep_id.into(),
                    due_date: calendar.in_quarter(60),
                    status: StepStatus::Open,
                    result: String::new(),
                },
                Step {
                    id: None,
                    action: "Reference visit".into(),
                    owner_id: manager.into(),
                    due_date: calendar.in_quarter(70),
                    status: StepStatus::InProgress,
                    result: String::new(),
                },
            ],
        })?;
    }
    Ok(())
}

/// `count` candidates for the demo's role, each with two submitted
/// scorecards (the owner's and the manager's).
fn candidates(
    ws: &mut Workspace,
    calendar: &DemoCalendar,
    count: usize,
    manager: &str,
) -> Result<()> {
    let role = ws
        .hiring()
        .roles()?
        .into_iter()
        .next()
        .ok_or_else(|| Error::Internal("the demo has no role".into()))?;
    let owner = demo_person(ws, PersonRole::Owner)?;
    let existing = ws.hiring().candidates(&role.id)?.len();
    for n in existing..count {
        let candidate = ws.hiring_mut().save_candidate(&CandidateInput {
            id: None,
            role_id: role.id.clone(),
            name: format!("Candidate {:03}", n + 1),
            email: format!("candidate{:03}@example.com", n + 1),
            notes: String::new(),
        })?;
        for (k, interviewer) in [owner.as_str(), manager].into_iter().enumerate() {
            let card = ws.hiring_mut().new_scorecard(&NewScorecard {
                candidate_id: candidate.id.clone(),
                interviewer_id: interviewer.into(),
                held_on: calendar.days_ago(8),
            })?;
            ws.hiring_mut().update_scorecard(&ScorecardInput {
                id: card.id.clone(),
                held_on: calendar.days_ago(8),
                recommendation: Some(if (n + k) % 3 == 0 {
                    Recommendation::No
                } else {
                    Recommendation::Yes
                }),
                summary: "Generated for the benchmarks.".into(),
                ratings: role
                    .attributes
                    .iter()
                    .enumerate()
                    .map(|(a, attribute)| RatingInput {
                        attribute_id: attribute.id.clone(),
                        rating: Some(1.0 + ((n + a + k) % 4) as f64),
                        evidence: String::new(),
                    })
                    .collect(),
            })?;
            ws.hiring_mut().submit_scorecard(&card.id)?;
        }
    }
    Ok(())
}
