//! A realistic example company, used by first-time users, tests and
//! benchmarks (`salesdesk-cli demo`). Each module adds its own records.

use chrono::{Datelike, Days, NaiveDate};

use crate::accounts::Quarter;
use crate::error::{Error, Result};
use crate::hiring::*;
use crate::plans::Month;
use crate::playbook::*;
use crate::store::Workspace;
use crate::team::{PersonInput, PersonRole};

pub const DEMO_COMPANY: &str = "Müller & Peña Office Interiors";

/// The dates the demo company is written around, all counted from one day
/// ("today" for the app and the CLI), so the example never shows only the
/// past: the plans run from four months before the current month to the
/// month after it, the account plans are for the current quarter, actuals
/// cover the months before and the current one so far, and interviews were
/// last week.
#[derive(Debug, Clone, Copy)]
pub struct DemoCalendar {
    today: NaiveDate,
}

impl DemoCalendar {
    /// The day the library's tests are written for: 18 November 2026, so
    /// the plans run July to December 2026, the quarter is 2026Q4 and
    /// November is 60 % over.
    pub const REFERENCE_DAY: (i32, u32, u32) = (2026, 11, 18);

    pub fn new(today: NaiveDate) -> Result<DemoCalendar> {
        let today = crate::validate::date_in_range("asOf", "The demo's date", today)?;
        // The plan window and the large demo's year of actuals must stay
        // inside the range of dates the app accepts.
        crate::validate::date_in_range("asOf", "The demo's date", today - Days::new(400))?;
        crate::validate::date_in_range("asOf", "The demo's date", today + Days::new(100))?;
        Ok(DemoCalendar { today })
    }

    /// The calendar of [`DemoCalendar::REFERENCE_DAY`].
    pub fn reference() -> DemoCalendar {
        let (y, m, d) = Self::REFERENCE_DAY;
        DemoCalendar {
            today: NaiveDate::from_ymd_opt(y, m, d).expect("a valid reference day"),
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The current month.
    pub fn month(&self) -> Month {
        Month::new(self.today.year(), self.today.month()).expect("a valid date's month")
    }

    /// The first month of the reps' six-month plans.
    pub fn plan_start(&self) -> Month {
        self.month().plus(-4)
    }

    pub fn quarter(&self) -> Quarter {
        Quarter::of(self.today)
    }

    /// A day of the current quarter, `days` after its first.
    pub fn in_quarter(&self, days: u64) -> String {
        (self.quarter().first_day() + Days::new(days)).to_string()
    }

    /// A step already done: `days` into the quarter, but never later than
    /// yesterday (early in a quarter, the first day of it).
    pub fn done_in_quarter(&self, days: u64) -> String {
        let planned = self.quarter().first_day() + Days::new(days);
        let yesterday = (self.today - Days::new(1)).max(self.quarter().first_day());
        planned.min(yesterday).to_string()
    }

    /// The day `days` before today.
    pub fn days_ago(&self, days: u64) -> String {
        (self.today - Days::new(days)).to_string()
    }

    /// How much of the current month is over (0 to 1): the share of a
    /// month's business already in the books.
    pub fn month_elapsed(&self) -> f64 {
        crate::plans::figures::month_progress(self.month(), self.today).1
    }
}

/// Fills an empty workspace with the demo company, dated around
/// `calendar`'s day. Refuses a workspace that already has a playbook, so
/// nobody's data is mixed with the example.
/// The fill is recorded as one reset ([`Workspace::fill_as_one_reset`]).
pub fn fill_demo(ws: &mut Workspace, calendar: &DemoCalendar) -> Result<()> {
    refuse_unless_empty(ws)?;
    ws.fill_as_one_reset(|ws| fill_demo_contents(ws, calendar))
}

/// The demo company goes only into a workspace without a playbook.
fn refuse_unless_empty(ws: &mut Workspace) -> Result<()> {
    if ws.playbook().get()?.started {
        return Err(Error::Invalid {
            field: None,
            message: "This workspace already has data; the demo company needs an empty one.".into(),
        });
    }
    Ok(())
}

fn fill_demo_contents(ws: &mut Workspace, calendar: &DemoCalendar) -> Result<()> {
    ws.playbook_mut().start(&PlaybookStart {
        company_name: DEMO_COMPANY.into(),
        template: PlaybookTemplate::Starter,
    })?;
    let playbook = ws.playbook().get()?;

    // Make the starter process the company's own.
    let proposal = find_stage(&playbook, "Proposal")?;
    let mut input = stage_input(proposal);
    input.scripts = "“Which part of this proposal matters most to you?” — for the café and restaurant segment, open with the floor plan, then the price (typical project € 18.500).".into();
    input.materials = format!(
        "Proposal template (Müller & Peña letterhead); price list {}; floor-plan samples; terms and conditions.",
        calendar.today().year()
    );
    ws.playbook_mut().update_stage(&input)?;

    let lead = find_stage(&playbook, "Lead")?;
    let site_visit = ws.playbook_mut().create_stage(&NewStage {
        name: "Site visit".into(),
        after_id: Some(find_stage(&playbook, "Qualified")?.id.clone()),
    })?;
    let mut visit = stage_input(&site_visit);
    visit.purpose = "See the space, measure it and meet the people who will work in it.".into();
    visit.entry_criteria = "Qualified opportunity; the buyer agreed to a visit.".into();
    visit.exit_criteria = [
        "Measurements taken",
        "Photos of the space filed",
        "Visit summary e-mailed within 24 hours",
    ]
    .iter()
    .map(|t| ChecklistItemInput {
        id: None,
        text: t.to_string(),
    })
    .collect();
    visit.key_activities = "Walk the space with the decision maker. Ask how the team works today and what annoys them.".into();
    visit.scripts = "“Show me where the day starts for your team.”".into();
    visit.materials =
        "Laser measure, tablet with the floor-plan app, fabric and finish samples.".into();
    visit.expected_days = Some(7.0);
    ws.playbook_mut().update_stage(&visit)?;
    let _ = lead;

    ws.playbook_mut()
        .create_criterion("Project start within six months")?;

    let profile = PlaybookProfile {
        ideal_customer_profile: "Offices, cafés and practices with 10 to 120 people within 80 km of Köln, moving, growing or renovating in the next six months. The owner or office manager decides; budgets from € 8.000 to € 150.000.".into(),
        value_proposition: "One partner from floor plan to the last chair: we plan, deliver and install on the date promised, at a fixed price agreed up front — and we come back after 90 days to adjust what does not work.".into(),
    };
    ws.playbook_mut().update_profile(&profile)?;

    let objection = ws
        .playbook_mut()
        .create_objection("We can buy the same chairs cheaper online.")?;
    ws.playbook_mut().update_objection(&Objection {
        response: "You can — and some of our customers did before. What did the delivery, the assembly and the returns cost in time? Our price includes planning, installation and the 90-day adjustment visit.".into(),
        ..objection
    })?;

    let competitor = ws.playbook_mut().create_competitor("Büro Direkt GmbH")?;
    ws.playbook_mut().update_competitor(&Competitor {
        notes: "Large catalogue and low prices; no planning service, installation subcontracted. We win on planning, on-time installation and aftercare.".into(),
        ..competitor
    })?;
    let competitor = ws.playbook_mut().create_competitor("Señor Mueble S.L.")?;
    ws.playbook_mut().update_competitor(&Competitor {
        notes: "Design-led Spanish importer; beautiful showroom, long lead times (10–14 weeks). We win on delivery dates and local service.".into(),
        ..competitor
    })?;

    ws.playbook_mut().save_kpi(&KpiInput {
        id: None,
        kind: KpiKind::Activity,
        name: "Site visits".into(),
        unit: KpiUnit::Count,
        period: KpiPeriod::Week,
        target: 2.0,
    })?;

    let fresh = ws.playbook().get()?;
    ws.playbook_mut().save_training_module(&TrainingModuleInput {
        id: None,
        area: TrainingArea::Fundamentals,
        title: "Presenting a floor plan".into(),
        objectives: "Walk the buyer through the plan in ten minutes, from how the team works to what it costs.".into(),
        cadence: "10 minutes in the weekly sales meeting".into(),
        stage_ids: vec![site_visit.id.clone(), find_stage(&fresh, "Proposal")?.id.clone()],
    })?;

    ws.playbook_mut()
        .publish_version("First edition for the new sales team.")?;
    fill_team_and_hiring(ws, calendar)?;
    fill_plans(ws, calendar)?;
    fill_account_plans(ws, calendar)?;
    Ok(())
}

/// Account facts, and an account plan for the current quarter for each
/// rep's biggest clients.
fn fill_account_plans(ws: &mut Workspace, calendar: &DemoCalendar) -> Result<()> {
    use crate::accounts::*;
    let facts = [
        (
            "Café Müller",
            "Hospitality",
            "25 staff, 3 cafés",
            48_000.0,
            120_000.0,
        ),
        (
            "Kanzlei Wagner & Partner",
            "Legal services",
            "60 staff",
            35_000.0,
            90_000.0,
        ),
        (
            "Praxis Dr. Yılmaz",
            "Healthcare",
            "14 staff",
            12_000.0,
            40_000.0,
        ),
        (
            "Bäckerei Schulte",
            "Food retail",
            "9 shops",
            22_000.0,
            60_000.0,
        ),
        (
            "Stadtwerke Bonn",
            "Public utility",
            "1,200 staff",
            0.0,
            400_000.0,
        ),
    ];
    let plans = ws.plans().list(None)?;
    for (name, industry, size, revenue, potential) in facts {
        let Some(account) = ws.accounts().list()?.into_iter().find(|a| a.name == name) else {
            continue;
        };
        // The owner: the first rep whose plan forecasts this client.
        let mut owner = None;
        for p in &plans {
            if ws
                .plans()
                .plan(&p.id)?
                .content
                .forecast
                .iter()
                .any(|r| r.client == name)
            {
                owner = Some(p.rep_id.clone());
                break;
            }
        }
        ws.accounts_mut().save_account(&AccountInput {
            id: Some(account.id.clone()),
            name: name.into(),
            industry: industry.into(),
            size: size.into(),
            yearly_revenue: revenue,
            potential,
            owner_id: owner.clone(),
        })?;
        let Some(rep) = owner else { continue };
        let quarter = calendar.quarter().to_string();
        let roll_up = ws.accounts().roll_up(&rep, &quarter)?;
        let forecast = roll_up
            .rows
            .iter()
            .find(|r| r.client == name)
            .map(|r| r.business_plan_forecast)
            .unwrap_or(0.0);
        let plan = ws.accounts_mut().create_plan(&NewAccountPlan {
            account_id: account.id.clone(),
            quarter,
            rep_id: rep.clone(),
        })?;
        let manager = ws
            .team()
            .people()?
            .into_iter()
            .find(|p| p.role == crate::team::PersonRole::Manager)
            .map(|p| p.id)
            .unwrap_or(rep.clone());
        ws.accounts_mut().save_plan(&AccountPlanInput {
            id: plan.id,
            contacts: vec![
                Contact { id: None, name: "Petra Hoffmann".into(), title: "Managing director".into(), buying_role: BuyingRole::DecisionMaker, relationship: Relationship::Good },
                Contact { id: None, name: "Luca Bianchi".into(), title: "Office manager".into(), buying_role: BuyingRole::Champion, relationship: Relationship::Strong },
                Contact { id: None, name: "Jana Novák".into(), title: "Finance".into(), buying_role: BuyingRole::Influencer, relationship: Relationship::Neutral },
            ],
            competition: "Büro Direkt GmbH quoted 15 % lower on chairs last spring; Señor Mueble showed designs in September.".into(),
            past_successes: "Fitted the first location in 2024 on time; the 90-day visit turned into a follow-up order.".into(),
            strategy: format!("Grow {name} from one product line to a full fit-out: lead with planning, then furniture."),
            revenue_target: (forecast * 1.1 / 500.0).round() * 500.0,
            steps: vec![
                Step { id: None, action: "Site visit with the office manager".into(), owner_id: rep.clone(), due_date: calendar.done_in_quarter(14), status: StepStatus::Done, result: "Measured both floors.".into() },
                Step { id: None, action: "Present the floor plan to the decision maker".into(), owner_id: rep.clone(), due_date: calendar.in_quarter(44), status: StepStatus::Open, result: String::new() },
                Step { id: None, action: "Reference visit at a similar customer".into(), owner_id: manager, due_date: calendar.in_quarter(65), status: StepStatus::InProgress, result: String::new() },
                Step { id: None, action: "Proposal with phased delivery".into(), owner_id: rep.clone(), due_date: calendar.in_quarter(78), status: StepStatus::Open, result: String::new() },
            ],
        })?;
    }
    Ok(())
}

/// A six-month plan (around the current month) for every rep, approved by
/// the manager but for one that was returned, with actuals for the months
/// before the current one and for the current one so far.
fn fill_plans(ws: &mut Workspace, calendar: &DemoCalendar) -> Result<()> {
    use crate::plans::*;
    let clients = [
        "Café Müller",
        "Kanzlei Wagner & Partner",
        "Praxis Dr. Yılmaz",
        "Bäckerei Schulte",
        "Stadtwerke Bonn",
    ];
    let products = ["Office chairs", "Desks", "Planning service"];
    let playbook = ws.playbook().get()?;
    let activity_kpis: Vec<_> = playbook
        .kpis
        .iter()
        .filter(|k| k.kind == KpiKind::Activity)
        .cloned()
        .collect();
    let team = ws.team().people()?;
    let reps: Vec<_> = team
        .iter()
        .filter(|p| p.role == crate::team::PersonRole::Rep)
        .cloned()
        .collect();
    // How each rep is doing: share of forecast actually sold.
    let performance = [1.12, 0.86, 1.0, 0.7];
    for (r, rep) in reps.iter().enumerate() {
        let plan = ws.plans_mut().create_plan(&NewPlan {
            rep_id: rep.id.clone(),
            first_month: calendar.plan_start().to_string(),
        })?;
        let months: Vec<String> = plan
            .content
            .months
            .iter()
            .map(|m| m.month.clone())
            .collect();
        let base = 30_000.0 + 5_000.0 * r as f64;
        let mut rows = Vec::new();
        for (c, client) in clients.iter().enumerate().skip(r % 2).take(4) {
            for (p, product) in products.iter().enumerate() {
                if (c + p + r) % 3 == 0 {
                    continue;
                }
                let amount = |i: usize| {
                    ((base / 6.0) * (1.0 + 0.1 * ((c + i + p) % 4) as f64) / 100.0).round() * 100.0
                };
                rows.push(ForecastRow {
                    client: client.to_string(),
                    product: product.to_string(),
                    amounts: (0..6).map(amount).collect(),
                });
            }
        }
        // Quota a little above the forecast: a stretch, agreed in writing.
        let forecast_total = |i: usize| {
            rows.iter()
                .map(|row: &ForecastRow| row.amounts[i])
                .sum::<f64>()
        };
        ws.plans_mut().save_plan_section(
            &plan.summary.id,
            &PlanSection::Months(
                months
                    .iter()
                    .enumerate()
                    .map(|(i, m)| PlanMonth {
                        month: m.clone(),
                        quota: (forecast_total(i) * 1.05 / 500.0).round() * 500.0,
                        expected_pipeline: (forecast_total(i) * 2.8 / 500.0).round() * 500.0,
                    })
                    .collect(),
            ),
        )?;
        ws.plans_mut()
            .save_plan_section(&plan.summary.id, &PlanSection::Forecast(rows.clone()))?;
        ws.plans_mut().save_plan_section(
            &plan.summary.id,
            &PlanSection::Goals(vec![
                PlanGoal {
                    id: None,
                    kind: GoalKind::Professional,
                    text: "Win three new café or restaurant customers in my territory.".into(),
                },
                PlanGoal {
                    id: None,
                    kind: GoalKind::Professional,
                    text: "Run a site visit before every proposal above € 10.000.".into(),
                },
                PlanGoal {
                    id: None,
                    kind: GoalKind::Personal,
                    text: "Finish the evening course in interior planning.".into(),
                },
            ]),
        )?;
        ws.plans_mut().save_plan_section(
            &plan.summary.id,
            &PlanSection::TrainingNeeds(
                playbook
                    .training
                    .iter()
                    .take(2)
                    .map(|m| TrainingNeed {
                        module_id: m.id.clone(),
                        note: String::new(),
                    })
                    .collect(),
            ),
        )?;
        ws.plans_mut().save_plan_section(
            &plan.summary.id,
            &PlanSection::ActivityGoals(
                activity_kpis
                    .iter()
                    .map(|k| ActivityGoal {
                        kpi_id: k.id.clone(),
                        period: crate::plans::figures::GoalPeriod::Week,
                        target: k.target,
                    })
                    .collect(),
            ),
        )?;
        ws.plans_mut().save_plan_section(
            &plan.summary.id,
            &PlanSection::Marketing(vec![
                MarketingActivity {
                    id: None,
                    what: "Breakfast seminar: the healthy office".into(),
                    month: months[2].clone(),
                    cost: 850.0,
                    expected_leads: 12,
                },
                MarketingActivity {
                    id: None,
                    what: "Mailing to new businesses in the trade register".into(),
                    month: months[4].clone(),
                    cost: 400.0,
                    expected_leads: 6,
                },
            ]),
        )?;
        ws.plans_mut().submit_plan(&plan.summary.id)?;
        if r == 3 {
            ws.plans_mut().return_plan(
                &plan.summary.id,
                "Please add the Stadtwerke tender to the forecast and raise the meeting goal.",
            )?;
        } else {
            ws.plans_mut().approve_plan(&plan.summary.id)?;
        }
        // Actuals for the four months before this one in full, and this
        // month's so far.
        for (i, month) in months.iter().enumerate().take(5) {
            let share = if i == 4 {
                calendar.month_elapsed()
            } else {
                1.0
            };
            for row in &rows {
                let wobble = 1.0 + 0.08 * (((i + row.client.len() + r) % 5) as f64 - 2.0);
                let amount =
                    (row.amounts[i] * performance[r % 4] * wobble * share / 10.0).round() * 10.0;
                if amount != 0.0 {
                    ws.plans_mut().set_actual(&ActualCell {
                        rep_id: rep.id.clone(),
                        month: month.clone(),
                        client: row.client.clone(),
                        product: row.product.clone(),
                        amount,
                    })?;
                }
            }
            for kpi in &activity_kpis {
                let weeks = 4.3 * share;
                let count = (kpi.target * weeks * performance[r % 4]).round();
                ws.plans_mut().set_activity_count(&ActivityCount {
                    rep_id: rep.id.clone(),
                    month: month.clone(),
                    kpi_id: kpi.id.clone(),
                    count,
                })?;
            }
        }
    }
    // A credit note: a returned chair order.
    if let Some(rep) = reps.first() {
        ws.plans_mut().set_actual(&ActualCell {
            rep_id: rep.id.clone(),
            month: calendar.month().plus(-1).to_string(),
            client: "Café Müller".into(),
            product: "Returns".into(),
            amount: -1_250.0,
        })?;
    }
    Ok(())
}

fn person(
    ws: &mut Workspace,
    name: &str,
    role: PersonRole,
    manager: Option<&str>,
    start: &str,
    territory: &str,
) -> Result<String> {
    Ok(ws
        .team_mut()
        .save_person(&PersonInput {
            id: None,
            name: name.into(),
            email: format!(
                "{}@mueller-pena.example",
                name.split(' ').next().unwrap_or(name).to_lowercase()
            ),
            role,
            manager_id: manager.map(str::to_string),
            start_date: Some(start.into()),
            territory: territory.into(),
            active: true,
        })?
        .id)
}

/// Interviewer id, ratings in attribute order (0 = not assessed),
/// recommendation, summary.
type DemoScorecard<'a> = (&'a str, [u8; 7], Recommendation, &'a str);

/// The team, a role with attributes, and candidates with scorecards.
fn fill_team_and_hiring(ws: &mut Workspace, calendar: &DemoCalendar) -> Result<()> {
    let owner = person(ws, "Lucía Peña", PersonRole::Owner, None, "2014-04-01", "")?;
    let manager = person(
        ws,
        "Jonas Müller",
        PersonRole::Manager,
        Some(&owner),
        "2019-09-01",
        "Köln",
    )?;
    ws.team_mut().set_current_user(&manager)?;
    for (name, start, territory) in [
        ("Aylin Demir", "2021-02-01", "Köln Nord"),
        ("Tom Becker", "2022-06-15", "Bonn"),
        ("Sofia Rossi", "2023-01-09", "Düsseldorf"),
        ("Mateo García", "2024-03-04", "Köln Süd"),
    ] {
        person(ws, name, PersonRole::Rep, Some(&manager), start, territory)?;
    }

    let role = ws.hiring_mut().save_role(&RoleInput {
        id: None,
        title: "Account Executive".into(),
        responsibilities: "Win new office and café customers in an assigned territory: prospect, qualify, run site visits, write and present proposals, close, and hand over to installation. Keep the pipeline at three times the quarterly quota.".into(),
    })?;
    let attributes = [
        (
            AttributeGroup::Skill,
            "Qualifies early: decision maker, date, budget",
            TestMethod::RolePlay,
            "Role-play a first call with a café owner who “just wants a price”. Does the candidate find out who decides, when and with what budget?",
            3.0,
        ),
        (
            AttributeGroup::Skill,
            "Presents a proposal with confidence",
            TestMethod::Exercise,
            "Present our sample floor-plan proposal in ten minutes, then handle two price questions.",
            2.0,
        ),
        (
            AttributeGroup::Skill,
            "Listens before answering",
            TestMethod::RolePlay,
            "During the role-play, does the candidate summarise what the buyer said before answering?",
            2.0,
        ),
        (
            AttributeGroup::Knowledge,
            "Understands a staged sales process",
            TestMethod::InterviewQuestion,
            "Walk me through how you moved a deal from first contact to signature.",
            1.5,
        ),
        (
            AttributeGroup::Knowledge,
            "Knows office furniture or B2B services",
            TestMethod::InterviewQuestion,
            "Which products or services have you sold to businesses, and what did buyers compare you with?",
            1.0,
        ),
        (
            AttributeGroup::Attitude,
            "Follows up without being asked",
            TestMethod::InterviewQuestion,
            "Tell me about a deal you won because you followed up when others would have stopped.",
            2.0,
        ),
        (
            AttributeGroup::Attitude,
            "Treats a no as information",
            TestMethod::InterviewQuestion,
            "Tell me about a deal you lost. What did you learn, and what did you change?",
            1.0,
        ),
    ];
    let mut ids = Vec::new();
    for (group, name, method, detail, weight) in attributes {
        ids.push(
            ws.hiring_mut()
                .save_attribute(&AttributeInput {
                    id: None,
                    role_id: role.id.clone(),
                    group,
                    name: name.into(),
                    test_method: method,
                    test_detail: detail.into(),
                    weight,
                })?
                .id,
        );
    }

    // Two interviewers per candidate; ratings in attribute order (0 = not assessed).
    let candidates: [(&str, &[DemoScorecard]); 3] = [
        (
            "Anna Schmidt",
            &[
                (
                    manager.as_str(),
                    [4, 3, 4, 3, 3, 4, 3],
                    Recommendation::StrongYes,
                    "Asked about the decision process unprompted; strong follow-up stories.",
                ),
                (
                    owner.as_str(),
                    [3, 3, 4, 3, 0, 4, 3],
                    Recommendation::Yes,
                    "Warm with buyers; little furniture knowledge, learns fast.",
                ),
            ],
        ),
        (
            "Ben Okafor",
            &[
                (
                    manager.as_str(),
                    [2, 4, 2, 3, 4, 2, 3],
                    Recommendation::No,
                    "Great presenter, talks over the buyer.",
                ),
                (
                    owner.as_str(),
                    [4, 4, 3, 3, 4, 3, 3],
                    Recommendation::Yes,
                    "Strong industry knowledge; would bring contacts.",
                ),
            ],
        ),
        (
            "Chloé Martin",
            &[(
                manager.as_str(),
                [3, 2, 3, 3, 2, 3, 4],
                Recommendation::Yes,
                "Solid; needs coaching on proposals.",
            )],
        ),
    ];
    for (name, cards) in candidates {
        let candidate = ws.hiring_mut().save_candidate(&CandidateInput {
            id: None,
            role_id: role.id.clone(),
            name: name.into(),
            email: format!(
                "{}@example.com",
                name.split(' ').next().unwrap_or(name).to_lowercase()
            ),
            notes: String::new(),
        })?;
        for (interviewer, ratings, recommendation, summary) in cards {
            let card = ws.hiring_mut().new_scorecard(&NewScorecard {
                candidate_id: candidate.id.clone(),
                interviewer_id: interviewer.to_string(),
                held_on: calendar.days_ago(8),
            })?;
            ws.hiring_mut().update_scorecard(&ScorecardInput {
                id: card.id.clone(),
                held_on: calendar.days_ago(8),
                recommendation: Some(*recommendation),
                summary: summary.to_string(),
                ratings: ids
                    .iter()
                    .zip(ratings)
                    .map(|(id, &r)| RatingInput {
                        attribute_id: id.clone(),
                        rating: (r > 0).then_some(f64::from(r)),
                        evidence: if r >= 4 {
                            "Clear, specific example.".into()
                        } else {
                            String::new()
                        },
                    })
                    .collect(),
            })?;
            ws.hiring_mut().submit_scorecard(&card.id)?;
        }
    }
    // A correction after submission, kept as an amendment.
    let anna = ws.hiring().candidate_by_name("Anna Schmidt")?;
    let card = ws
        .hiring()
        .scorecards(&anna.id)?
        .into_iter()
        .find(|c| c.interviewer_id == owner)
        .expect("demo scorecard");
    ws.hiring_mut().amend_scorecard(&AmendmentInput {
        scorecard_id: card.id,
        change: AmendmentChange::Rating {
            attribute_id: ids[4].clone(),
            rating: Some(2.0),
        },
        reason: "Asked again by phone: no B2B furniture experience.".into(),
    })?;
    Ok(())
}

fn find_stage<'a>(playbook: &'a Playbook, name: &str) -> Result<&'a Stage> {
    playbook
        .stages
        .iter()
        .find(|s| s.name == name)
        .ok_or_else(|| Error::Internal(format!("the starter template has no stage {name}")))
}

/// A stage's current values as editor input.
pub fn stage_input(stage: &Stage) -> StageInput {
    StageInput {
        id: stage.id.clone(),
        name: stage.name.clone(),
        purpose: stage.purpose.clone(),
        entry_criteria: stage.entry_criteria.clone(),
        exit_criteria: stage
            .exit_criteria
            .iter()
            .map(|c| ChecklistItemInput {
                id: Some(c.id.clone()),
                text: c.text.clone(),
            })
            .collect(),
        key_activities: stage.key_activities.clone(),
        scripts: stage.scripts.clone(),
        materials: stage.materials.clone(),
        expected_days: stage.expected_days.map(f64::from),
    }
}

/// Adds reps to the demo company until it has `reps` active reps, each with
/// an approved plan like the first rep's and actuals for July to November:
/// the workload of the benchmarks.
pub fn grow_team(ws: &mut Workspace, reps: usize) -> Result<()> {
    use crate::plans::*;
    let team = ws.team().people()?;
    let manager = team
        .iter()
        .find(|p| p.role == crate::team::PersonRole::Manager)
        .map(|p| p.id.clone())
        .ok_or_else(|| Error::Internal("the demo has no manager".into()))?;
    let existing = team
        .iter()
        .filter(|p| p.role == crate::team::PersonRole::Rep)
        .count();
    let template = ws
        .plans()
        .list(None)?
        .into_iter()
        .next()
        .ok_or_else(|| Error::Internal("the demo has no plan".into()))?;
    let content = ws.plans().plan(&template.id)?.content;
    for n in existing..reps {
        let rep = ws.team_mut().save_person(&PersonInput {
            id: None,
            name: format!("Rep {:03}", n + 1),
            email: String::new(),
            role: PersonRole::Rep,
            manager_id: Some(manager.clone()),
            start_date: Some("2025-01-01".into()),
            territory: format!("Area {}", n + 1),
            active: true,
        })?;
        let plan = ws.plans_mut().create_plan(&NewPlan {
            rep_id: rep.id.clone(),
            first_month: template.first_month.clone(),
        })?;
        let id = plan.summary.id;
        ws.plans_mut()
            .save_plan_section(&id, &PlanSection::Months(content.months.clone()))?;
        ws.plans_mut()
            .save_plan_section(&id, &PlanSection::Forecast(content.forecast.clone()))?;
        ws.plans_mut()
            .save_plan_section(&id, &PlanSection::Goals(content.goals.clone()))?;
        ws.plans_mut().save_plan_section(
            &id,
            &PlanSection::ActivityGoals(content.activity_goals.clone()),
        )?;
        ws.plans_mut().submit_plan(&id)?;
        ws.plans_mut().approve_plan(&id)?;
        for (i, month) in content.months.iter().take(5).enumerate() {
            for row in &content.forecast {
                let amount = (row.amounts[i] * (0.7 + 0.01 * ((n * 7 + i) % 50) as f64) / 10.0)
                    .round()
                    * 10.0;
                ws.plans_mut().set_actual(&ActualCell {
                    rep_id: rep.id.clone(),
                    month: month.month.clone(),
                    client: row.client.clone(),
                    product: row.product.clone(),
                    amount,
                })?;
            }
        }
    }
    Ok(())
}

mod large;
pub use large::{LargeSize, fill_large};
