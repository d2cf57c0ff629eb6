//! Rows keep their identity: saving a list as the editor sends it updates
//! each row in place by its id (or key), inserts and deletes rows one by
//! one, records only the fields that changed, and stamps only the rows that
//! changed.

mod common;

use rusqlite::Connection;
use salesdesk_core::Workspace;
use salesdesk_core::accounts::*;
use salesdesk_core::plans::{
    ActivityGoal, ForecastRow, GoalKind, MarketingActivity, NewPlan, PlanGoal, PlanSection,
};
use salesdesk_core::store::seam::{Change, ChangeKind};
use salesdesk_core::team::PersonRole;

fn changes_after(ws: &mut Workspace, seq: i64, table: &str) -> Vec<Change> {
    ws.changes_since(seq)
        .unwrap()
        .into_iter()
        .filter(|c| c.table == table)
        .collect()
}

fn updated_at(ws: &Workspace, table: &str, id: &str) -> String {
    let conn = Connection::open(ws.path()).unwrap();
    conn.query_row(
        &format!("SELECT updated_at FROM {table} WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )
    .unwrap()
}

fn goal(id: Option<&str>, text: &str) -> PlanGoal {
    PlanGoal {
        id: id.map(str::to_string),
        kind: GoalKind::Professional,
        text: text.into(),
    }
}

#[test]
fn a_plans_goals_keep_their_ids_and_a_changed_goal_records_one_field() {
    let (_dir, mut ws) = common::new_workspace();
    let rep = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let plan = ws
        .plans_mut()
        .create_plan(&NewPlan {
            rep_id: rep,
            first_month: "2026-07".into(),
        })
        .unwrap();
    let id = plan.summary.id.clone();
    let saved = ws
        .plans_mut()
        .save_plan_section(
            &id,
            &PlanSection::Goals(vec![
                goal(None, "One"),
                goal(None, "Two"),
                goal(None, "Three"),
            ]),
        )
        .unwrap();
    let ids: Vec<String> = saved
        .content
        .goals
        .iter()
        .map(|g| g.id.clone().expect("a saved goal has its id"))
        .collect();
    assert_eq!(ids.len(), 3);
    let untouched = updated_at(&ws, "plan_goals", &ids[0]);
    std::thread::sleep(std::time::Duration::from_millis(5));

    // A keystroke in the second goal: one field of one row, nothing else.
    let before = common::last_seq(&mut ws);
    let saved = ws
        .plans_mut()
        .save_plan_section(
            &id,
            &PlanSection::Goals(vec![
                goal(Some(&ids[0]), "One"),
                goal(Some(&ids[1]), "Two!"),
                goal(Some(&ids[2]), "Three"),
            ]),
        )
        .unwrap();
    let after: Vec<String> = saved
        .content
        .goals
        .iter()
        .map(|g| g.id.clone().unwrap())
        .collect();
    assert_eq!(after, ids);
    let changes = changes_after(&mut ws, before, "plan_goals");
    let fields: Vec<(&str, Option<&str>)> = changes
        .iter()
        .filter(|c| c.column.as_deref() != Some("updated_at"))
        .map(|c| (c.row_id.as_str(), c.column.as_deref()))
        .collect();
    assert_eq!(fields, [(ids[1].as_str(), Some("text"))], "{changes:?}");
    assert_eq!(changes[0].old_value, Some(serde_json::json!("Two")));
    assert_eq!(
        updated_at(&ws, "plan_goals", &ids[0]),
        untouched,
        "an untouched goal was stamped"
    );

    // The first removed, a new one added at the end: one delete, one insert,
    // the others keep their ids (their positions move).
    let before = common::last_seq(&mut ws);
    let saved = ws
        .plans_mut()
        .save_plan_section(
            &id,
            &PlanSection::Goals(vec![
                goal(Some(&ids[1]), "Two!"),
                goal(Some(&ids[2]), "Three"),
                goal(None, "Four"),
            ]),
        )
        .unwrap();
    let now: Vec<String> = saved
        .content
        .goals
        .iter()
        .map(|g| g.id.clone().unwrap())
        .collect();
    assert_eq!(now[..2], ids[1..]);
    assert!(!ids.contains(&now[2]));
    let changes = changes_after(&mut ws, before, "plan_goals");
    let deletes: Vec<&str> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Delete)
        .map(|c| c.row_id.as_str())
        .collect();
    let inserts: Vec<&str> = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Insert)
        .map(|c| c.row_id.as_str())
        .collect();
    assert_eq!(deletes, [ids[0].as_str()]);
    assert_eq!(inserts, [now[2].as_str()]);

    // Saving the same list again changes nothing and records nothing.
    let before = common::last_seq(&mut ws);
    let same: Vec<PlanGoal> = saved.content.goals.clone();
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::Goals(same))
        .unwrap();
    assert!(changes_after(&mut ws, before, "plan_goals").is_empty());

    // A goal deleted meanwhile (another window) is not brought back.
    let err = ws
        .plans_mut()
        .save_plan_section(&id, &PlanSection::Goals(vec![goal(Some(&ids[0]), "One")]))
        .unwrap_err();
    assert_eq!(err.field(), Some("goals"), "{err}");
    assert_eq!(
        ws.plans().plan(&id).unwrap().content.goals.len(),
        3,
        "nothing was saved"
    );
}

#[test]
fn marketing_forecast_activity_goals_and_training_needs_are_saved_row_by_row() {
    let (_dir, mut ws) = common::demo_workspace();
    let plan = ws
        .plans()
        .list(None)
        .unwrap()
        .into_iter()
        .find(|p| {
            ws.plans().plan(&p.id).is_ok_and(|plan| {
                !plan.content.marketing.is_empty() && !plan.content.forecast.is_empty()
            })
        })
        .expect("a demo plan with marketing and a forecast");
    let id = plan.id.clone();
    let content = ws.plans().plan(&id).unwrap().content;

    // Marketing: the first activity's cost changes; ids stay.
    let mut marketing: Vec<MarketingActivity> = content.marketing.clone();
    assert!(marketing.iter().all(|m| m.id.is_some()));
    marketing[0].cost += 100.0;
    let before = common::last_seq(&mut ws);
    let saved = ws
        .plans_mut()
        .save_plan_section(&id, &PlanSection::Marketing(marketing.clone()))
        .unwrap();
    let ids = |items: &[MarketingActivity]| -> Vec<Option<String>> {
        items.iter().map(|m| m.id.clone()).collect()
    };
    assert_eq!(ids(&saved.content.marketing), ids(&content.marketing));
    let fields: Vec<String> = changes_after(&mut ws, before, "plan_marketing")
        .into_iter()
        .filter_map(|c| c.column)
        .filter(|c| c != "updated_at")
        .collect();
    assert_eq!(fields, ["cost"]);

    // The forecast: one cell changed is one field of one row.
    let mut forecast: Vec<ForecastRow> = content.forecast.clone();
    let month = forecast[0].amounts.iter().position(|a| *a != 0.0).unwrap();
    forecast[0].amounts[month] += 1.0;
    let before = common::last_seq(&mut ws);
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::Forecast(forecast))
        .unwrap();
    let changes = changes_after(&mut ws, before, "plan_forecasts");
    let fields: Vec<(ChangeKind, Option<String>)> = changes
        .iter()
        .filter(|c| c.column.as_deref() != Some("updated_at"))
        .map(|c| (c.kind, c.column.clone()))
        .collect();
    assert_eq!(
        fields,
        [(ChangeKind::Update, Some("amount".to_string()))],
        "{changes:?}"
    );

    // Activity goals and training needs: saved again as they are, nothing
    // is recorded; one target changed, one field.
    let goals: Vec<ActivityGoal> = content.activity_goals.clone();
    let needs = content.training_needs.clone();
    let before = common::last_seq(&mut ws);
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::ActivityGoals(goals.clone()))
        .unwrap();
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::TrainingNeeds(needs))
        .unwrap();
    let forecast = ws.plans().plan(&id).unwrap().content.forecast;
    ws.plans_mut()
        .save_plan_section(&id, &PlanSection::Forecast(forecast))
        .unwrap();
    assert!(
        ws.changes_since(before).unwrap().is_empty(),
        "saving what is there records nothing"
    );
    if let Some(first) = goals.first() {
        let mut changed = goals.clone();
        changed[0] = ActivityGoal {
            target: first.target + 1.0,
            ..first.clone()
        };
        let before = common::last_seq(&mut ws);
        ws.plans_mut()
            .save_plan_section(&id, &PlanSection::ActivityGoals(changed))
            .unwrap();
        let fields: Vec<String> = changes_after(&mut ws, before, "plan_activity_goals")
            .into_iter()
            .filter_map(|c| c.column)
            .filter(|c| c != "updated_at")
            .collect();
        assert!(fields.contains(&"target".to_string()), "{fields:?}");
        assert!(fields.iter().all(|f| f == "target" || f == "period"));
    }
}

#[test]
fn an_account_plans_contacts_and_steps_keep_their_ids() {
    let (_dir, mut ws) = common::new_workspace();
    let rep = common::person(&mut ws, "Rita Rep", PersonRole::Rep);
    let account = ws
        .accounts_mut()
        .save_account(&common::account_named("Café Müller"))
        .unwrap();
    let plan = ws
        .accounts_mut()
        .create_plan(&NewAccountPlan {
            account_id: account.id,
            quarter: "2026Q4".into(),
            rep_id: rep.clone(),
        })
        .unwrap();
    let contact = |id: Option<String>, name: &str| Contact {
        id,
        name: name.into(),
        title: "MD".into(),
        buying_role: BuyingRole::DecisionMaker,
        relationship: Relationship::Good,
    };
    let step = |id: Option<String>, action: &str| Step {
        id,
        action: action.into(),
        owner_id: rep.clone(),
        due_date: "2026-11-15".into(),
        status: StepStatus::Open,
        result: String::new(),
    };
    let input = |contacts: Vec<Contact>, steps: Vec<Step>| AccountPlanInput {
        id: plan.id.clone(),
        contacts,
        competition: String::new(),
        past_successes: String::new(),
        strategy: "Grow".into(),
        revenue_target: 1000.0,
        steps,
    };
    let saved = ws
        .accounts_mut()
        .save_plan(&input(
            vec![contact(None, "Petra"), contact(None, "Luca")],
            vec![step(None, "Call"), step(None, "Visit")],
        ))
        .unwrap();
    let contact_ids: Vec<String> = saved
        .contacts
        .iter()
        .map(|c| c.id.clone().unwrap())
        .collect();
    let step_ids: Vec<String> = saved.steps.iter().map(|s| s.id.clone().unwrap()).collect();
    let untouched = updated_at(&ws, "account_contacts", &contact_ids[0]);
    std::thread::sleep(std::time::Duration::from_millis(5));

    // Luca's name is corrected: one field of one contact.
    let before = common::last_seq(&mut ws);
    let saved = ws
        .accounts_mut()
        .save_plan(&input(
            vec![
                contact(Some(contact_ids[0].clone()), "Petra"),
                contact(Some(contact_ids[1].clone()), "Luca Bianchi"),
            ],
            vec![
                step(Some(step_ids[0].clone()), "Call"),
                step(Some(step_ids[1].clone()), "Visit"),
            ],
        ))
        .unwrap();
    let now: Vec<String> = saved
        .contacts
        .iter()
        .map(|c| c.id.clone().unwrap())
        .collect();
    assert_eq!(now, contact_ids);
    let changes: Vec<(String, Option<String>)> = ws
        .changes_since(before)
        .unwrap()
        .into_iter()
        .filter(|c| c.column.as_deref() != Some("updated_at"))
        .map(|c| (c.table, c.column))
        .collect();
    assert_eq!(
        changes,
        [("account_contacts".to_string(), Some("name".to_string()))],
        "the plan row and the steps did not change"
    );
    assert_eq!(
        updated_at(&ws, "account_contacts", &contact_ids[0]),
        untouched
    );

    // The steps swapped: both rows stamped with their new positions, same ids.
    let before = common::last_seq(&mut ws);
    let saved = ws
        .accounts_mut()
        .save_plan(&input(
            saved.contacts.clone(),
            vec![
                step(Some(step_ids[1].clone()), "Visit"),
                step(Some(step_ids[0].clone()), "Call"),
            ],
        ))
        .unwrap();
    let order: Vec<String> = saved.steps.iter().map(|s| s.id.clone().unwrap()).collect();
    assert_eq!(order, [step_ids[1].clone(), step_ids[0].clone()]);
    let moved: Vec<String> = changes_after(&mut ws, before, "account_steps")
        .into_iter()
        .filter(|c| c.column.as_deref() == Some("position"))
        .map(|c| c.row_id)
        .collect();
    assert_eq!(moved.len(), 2);
}

#[test]
fn a_reorder_stamps_every_row_whose_position_changed() {
    let (_dir, mut ws) = common::demo_workspace();
    let stages = ws.playbook().get().unwrap().stages;
    let first = stages.first().unwrap().id.clone();
    let last = stages.last().unwrap().id.clone();
    let before: Vec<String> = stages
        .iter()
        .map(|s| updated_at(&ws, "stages", &s.id))
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(5));
    // The second stage to the front: the first two swap, the rest stay.
    let second = stages[1].id.clone();
    ws.playbook_mut()
        .move_item(salesdesk_core::playbook::PlaybookList::Stages, &second, 0)
        .unwrap();
    assert_ne!(updated_at(&ws, "stages", &first), before[0]);
    assert_ne!(updated_at(&ws, "stages", &second), before[1]);
    assert_eq!(
        updated_at(&ws, "stages", &last),
        *before.last().unwrap(),
        "a stage that did not move was stamped"
    );
}
