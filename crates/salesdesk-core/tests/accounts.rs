//! Accounts and account plans: the five-step limit, copy forward, next
//! steps, the roll-up against hand-computed figures, bad input.

mod common;

use chrono::NaiveDate;
use salesdesk_core::Workspace;
use salesdesk_core::accounts::*;
use salesdesk_core::plans::{ForecastRow, NewPlan, PlanSection};
use salesdesk_core::team::PersonRole;

struct Setup {
    _dir: tempfile::TempDir,
    ws: Workspace,
    rep: String,
    account: Account,
}

fn setup() -> Setup {
    let (dir, mut ws) = common::new_workspace();
    let rep = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let account = ws
        .accounts_mut()
        .save_account(&AccountInput {
            id: None,
            name: "Café Müller".into(),
            industry: "Hospitality".into(),
            size: "25 staff".into(),
            yearly_revenue: 48_000.0,
            potential: 120_000.0,
            owner_id: Some(rep.clone()),
        })
        .unwrap();
    Setup {
        _dir: dir,
        ws,
        rep,
        account,
    }
}

fn step(s: &Setup, action: &str, due: &str, status: StepStatus) -> Step {
    Step {
        id: None,
        action: action.into(),
        owner_id: s.rep.clone(),
        due_date: due.into(),
        status,
        result: String::new(),
    }
}

fn plan(s: &mut Setup, quarter: &str) -> AccountPlan {
    s.ws.accounts_mut()
        .create_plan(&NewAccountPlan {
            account_id: s.account.id.clone(),
            quarter: quarter.into(),
            rep_id: s.rep.clone(),
        })
        .unwrap()
}

fn input(plan: &AccountPlan, steps: Vec<Step>) -> AccountPlanInput {
    AccountPlanInput {
        id: plan.id.clone(),
        contacts: vec![Contact {
            id: None,
            name: "Petra Hoffmann".into(),
            title: "MD".into(),
            buying_role: BuyingRole::DecisionMaker,
            relationship: Relationship::Good,
        }],
        competition: "Büro Direkt".into(),
        past_successes: "First fit-out".into(),
        strategy: "Grow".into(),
        revenue_target: 20_000.0,
        steps,
    }
}

#[test]
fn a_sixth_step_is_refused_with_a_clear_message_and_nothing_saved() {
    let mut s = setup();
    let p = plan(&mut s, "2026Q4");
    let five: Vec<Step> = (1..=5)
        .map(|i| step(&s, &format!("Step {i}"), "2026-11-01", StepStatus::Open))
        .collect();
    let saved =
        s.ws.accounts_mut()
            .save_plan(&input(&p, five.clone()))
            .unwrap();
    assert_eq!(saved.steps.len(), 5);
    let mut six = saved.steps.clone();
    six.push(step(&s, "One more", "2026-11-02", StepStatus::Open));
    let mut too_many = input(&p, six);
    too_many.strategy = "CHANGED".into();
    let err = s.ws.accounts_mut().save_plan(&too_many).unwrap_err();
    assert_eq!(err.field(), Some("steps"));
    assert!(err.to_string().contains("at most 5 steps"), "{err}");
    assert_eq!(s.ws.accounts().plan(&p.id).unwrap(), saved);
}

#[test]
fn bad_input_is_refused() {
    let mut s = setup();
    let p = plan(&mut s, "2026Q4");
    for (steps, why) in [
        (
            vec![step(&s, "Call", "2029-01-01", StepStatus::Open)],
            "outside",
        ),
        (
            vec![step(&s, "Call", "2020-01-01", StepStatus::Open)],
            "outside",
        ),
        (
            vec![step(&s, "Call", "2026-13-01", StepStatus::Open)],
            "date",
        ),
        (
            vec![Step {
                owner_id: "stranger".into(),
                ..step(&s, "Call", "2026-11-01", StepStatus::Open)
            }],
            "not on the team",
        ),
        (
            vec![step(&s, " ", "2026-11-01", StepStatus::Open)],
            "needs an action",
        ),
    ] {
        let err =
            s.ws.accounts_mut()
                .save_plan(&input(&p, steps))
                .unwrap_err();
        assert_eq!(err.field(), Some("steps"));
        assert!(err.to_string().contains(why), "{err}");
    }
    for quarter in ["2026-Q4", "Q4 2026", "2026Q5"] {
        let err =
            s.ws.accounts_mut()
                .create_plan(&NewAccountPlan {
                    account_id: s.account.id.clone(),
                    quarter: quarter.into(),
                    rep_id: s.rep.clone(),
                })
                .unwrap_err();
        assert_eq!(err.field(), Some("quarter"), "{quarter}");
    }
    let err =
        s.ws.accounts_mut()
            .create_plan(&NewAccountPlan {
                account_id: s.account.id.clone(),
                quarter: "2026Q4".into(),
                rep_id: s.rep.clone(),
            })
            .unwrap_err();
    assert_eq!(
        err.field(),
        Some("quarter"),
        "one plan per account and quarter"
    );
    let mut bad = input(&p, vec![]);
    bad.revenue_target = -1.0;
    assert_eq!(
        s.ws.accounts_mut().save_plan(&bad).unwrap_err().field(),
        Some("revenueTarget")
    );
    let err =
        s.ws.accounts_mut()
            .save_account(&common::account_named("café müller"))
            .unwrap_err();
    assert_eq!(err.field(), Some("name"));
}

#[test]
fn copy_forward_carries_unfinished_steps_and_keeps_history() {
    let mut s = setup();
    let p = plan(&mut s, "2026Q4");
    let steps = input(
        &p,
        vec![
            step(&s, "Done one", "2026-10-10", StepStatus::Done),
            step(&s, "Open one", "2026-11-10", StepStatus::Open),
            step(&s, "Busy one", "2026-12-10", StepStatus::InProgress),
            step(&s, "Dropped one", "2026-12-11", StepStatus::Dropped),
        ],
    );
    let saved = s.ws.accounts_mut().save_plan(&steps).unwrap();
    let next = s.ws.accounts_mut().copy_plan_forward(&p.id).unwrap();
    assert_eq!(next.quarter, "2027Q1");
    assert_eq!(
        next.steps
            .iter()
            .map(|s| s.action.as_str())
            .collect::<Vec<_>>(),
        ["Open one", "Busy one"]
    );
    // The same contacts, as rows of the new plan (ids of their own).
    let without_id = |contacts: &[Contact]| -> Vec<Contact> {
        contacts
            .iter()
            .map(|c| Contact {
                id: None,
                ..c.clone()
            })
            .collect()
    };
    assert_eq!(without_id(&next.contacts), without_id(&saved.contacts));
    assert!(next.contacts.iter().all(|c| c.id.is_some()));
    assert!(
        next.contacts
            .iter()
            .zip(&saved.contacts)
            .all(|(n, o)| n.id != o.id)
    );
    assert_eq!(next.strategy, "Grow");
    assert_eq!(
        s.ws.accounts().plan(&p.id).unwrap(),
        saved,
        "the old quarter stays as history"
    );
    assert!(
        s.ws.accounts_mut().copy_plan_forward(&p.id).is_err(),
        "2027Q1 exists already"
    );

    // Next steps: open ones, soonest first, overdue marked, each shown once.
    let steps =
        s.ws.accounts()
            .next_steps(
                Some(&s.rep.clone()),
                NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                100,
            )
            .unwrap();
    assert_eq!((steps.total, steps.overdue), (2, 1));
    assert_eq!(
        steps
            .steps
            .iter()
            .map(|n| (n.action.as_str(), n.overdue, n.quarter.as_str()))
            .collect::<Vec<_>>(),
        [("Open one", true, "2027Q1"), ("Busy one", false, "2027Q1"),]
    );
}

#[test]
fn roll_up_against_the_business_plan_by_hand() {
    let mut s = setup();
    let bp =
        s.ws.plans_mut()
            .create_plan(&NewPlan {
                rep_id: s.rep.clone(),
                first_month: "2026-09".into(),
            })
            .unwrap();
    // Sep..Feb: Q4 is the 2nd to 4th month.
    s.ws.plans_mut()
        .save_plan_section(
            &bp.summary.id,
            &PlanSection::Forecast(vec![
                ForecastRow {
                    client: "Café Müller".into(),
                    product: "Chairs".into(),
                    amounts: vec![100.0, 1_000.0, 2_000.0, 3_000.0, 5.0, 5.0],
                },
                ForecastRow {
                    client: "Café Müller".into(),
                    product: "Desks".into(),
                    amounts: vec![0.0, 500.0, 0.0, 0.0, 0.0, 0.0],
                },
                ForecastRow {
                    client: "Bäckerei".into(),
                    product: "Desks".into(),
                    amounts: vec![0.0, 0.0, 400.0, 0.0, 0.0, 0.0],
                },
            ]),
        )
        .unwrap();
    let p = plan(&mut s, "2026Q4");
    s.ws.accounts_mut().save_plan(&input(&p, vec![])).unwrap();
    let roll = s.ws.accounts().roll_up(&s.rep.clone(), "2026Q4").unwrap();
    let cafe = roll
        .rows
        .iter()
        .find(|r| r.client == "Café Müller")
        .unwrap();
    assert_eq!(cafe.business_plan_forecast, 6_500.0);
    assert_eq!(cafe.account_plan_target, Some(20_000.0));
    assert_eq!(cafe.difference, 13_500.0);
    let bakery = roll.rows.iter().find(|r| r.client == "Bäckerei").unwrap();
    assert_eq!(
        (bakery.account_plan_target, bakery.difference),
        (None, -400.0)
    );
    assert_eq!(
        (roll.total_target, roll.total_forecast),
        (20_000.0, 6_900.0)
    );
}

#[test]
fn the_demo_has_accounts_and_plans_this_quarter() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let accounts = ws.accounts().list().unwrap();
    assert!(
        accounts
            .iter()
            .any(|a| a.name == "Stadtwerke Bonn" && a.potential > 0.0)
    );
    let plans = ws.accounts().plans(None, Some("2026Q4")).unwrap();
    assert!(plans.len() >= 4);
    assert!(plans.iter().all(|p| p.steps.len() <= 4));
    let overdue = ws
        .accounts()
        .next_steps(None, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), 100)
        .unwrap();
    assert!(overdue.steps.iter().any(|s| s.overdue));
    assert!(overdue.overdue > 0);
}

#[test]
fn a_rep_is_offered_their_own_and_unassigned_accounts_only() {
    let mut s = setup();
    let other_rep = common::person(&mut s.ws, "Otto Other", PersonRole::Rep);
    let account = |name: &str, owner: Option<&String>| AccountInput {
        id: None,
        name: name.into(),
        industry: String::new(),
        size: String::new(),
        yearly_revenue: 0.0,
        potential: 0.0,
        owner_id: owner.cloned(),
    };
    s.ws.accounts_mut()
        .save_account(&account("Zeta unassigned", None))
        .unwrap();
    s.ws.accounts_mut()
        .save_account(&account("Otto's bakery", Some(&other_rep)))
        .unwrap();
    s.ws.accounts_mut()
        .save_account(&account("apex tools", Some(&s.rep)))
        .unwrap();

    let names = |accounts: Vec<Account>| accounts.into_iter().map(|a| a.name).collect::<Vec<_>>();
    assert_eq!(
        names(s.ws.accounts().open_to(&s.rep).unwrap()),
        ["apex tools", "Café Müller", "Zeta unassigned"]
    );
    assert_eq!(
        names(s.ws.accounts().open_to(&other_rep).unwrap()),
        ["Otto's bakery", "Zeta unassigned"]
    );
    assert_eq!(
        names(s.ws.accounts().open_to("nobody").unwrap()),
        ["Zeta unassigned"]
    );
    assert_eq!(s.ws.accounts().list().unwrap().len(), 4);
}

#[test]
fn next_steps_come_a_page_at_a_time_in_one_order_with_the_counts_of_all() {
    let mut s = setup();
    // Three accounts with steps on one day, so a page ends inside a day.
    let mut accounts = vec![s.account.clone()];
    for name in ["Zeta Bau", "alpha Logistik"] {
        let input = AccountInput {
            owner_id: Some(s.rep.clone()),
            ..common::account_named(name)
        };
        accounts.push(s.ws.accounts_mut().save_account(&input).unwrap());
    }
    let other_rep = common::person(&mut s.ws, "Otto Other", PersonRole::Rep);
    for (n, account) in accounts.iter().enumerate() {
        let rep = if n == 1 {
            other_rep.clone()
        } else {
            s.rep.clone()
        };
        let p =
            s.ws.accounts_mut()
                .create_plan(&NewAccountPlan {
                    account_id: account.id.clone(),
                    quarter: "2026Q4".into(),
                    rep_id: rep.clone(),
                })
                .unwrap();
        let mut on_the_day = step(&s, "Same day", "2026-12-01", StepStatus::Open);
        on_the_day.owner_id = rep.clone();
        let mut late = step(&s, "Overdue", "2026-11-02", StepStatus::InProgress);
        late.owner_id = rep;
        let mut done = step(&s, "Finished", "2026-10-02", StepStatus::Done);
        done.owner_id = on_the_day.owner_id.clone();
        s.ws.accounts_mut()
            .save_plan(&input(&p, vec![on_the_day, late, done]))
            .unwrap();
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let all = s.ws.accounts().next_steps(None, today, 1000).unwrap();
    assert_eq!((all.total, all.overdue), (6, 3));
    assert_eq!(
        all.steps
            .iter()
            .map(|n| (n.due_date.as_str(), n.account_name.as_str(), n.overdue))
            .collect::<Vec<_>>(),
        [
            ("2026-11-02", "alpha Logistik", true),
            ("2026-11-02", "Café Müller", true),
            ("2026-11-02", "Zeta Bau", true),
            ("2026-12-01", "alpha Logistik", false),
            ("2026-12-01", "Café Müller", false),
            ("2026-12-01", "Zeta Bau", false),
        ],
        "soonest first, the same day by account, done steps left out"
    );
    for limit in 0..=7 {
        let page = s.ws.accounts().next_steps(None, today, limit).unwrap();
        assert_eq!(
            page.steps,
            all.steps[..(limit as usize).min(all.steps.len())],
            "a page of {limit} is the start of the whole list"
        );
        assert_eq!((page.total, page.overdue), (6, 3), "a page of {limit}");
    }
    let mine =
        s.ws.accounts()
            .next_steps(Some(&s.rep.clone()), today, 3)
            .unwrap();
    assert_eq!((mine.total, mine.overdue), (4, 2));
    assert_eq!(
        mine.steps
            .iter()
            .map(|n| (n.account_name.as_str(), n.overdue))
            .collect::<Vec<_>>(),
        [
            ("alpha Logistik", true),
            ("Café Müller", true),
            ("alpha Logistik", false)
        ]
    );
    // A step carried forward counts once, as its newest copy.
    let first_plan =
        s.ws.accounts()
            .plans(Some(&s.rep.clone()), Some("2026Q4"))
            .unwrap()[0]
            .id
            .clone();
    s.ws.accounts_mut().copy_plan_forward(&first_plan).unwrap();
    let after = s.ws.accounts().next_steps(None, today, 1000).unwrap();
    assert_eq!(after.total, 6);
    assert_eq!(
        after.steps.iter().filter(|n| n.quarter == "2027Q1").count(),
        2
    );
}
