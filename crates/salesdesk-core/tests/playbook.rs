//! Every playbook operation, its rules, and that a failed command leaves
//! nothing half-written.

mod common;

use salesdesk_core::demo::stage_input;
use salesdesk_core::playbook::*;
use salesdesk_core::{ErrorCode, Workspace};

fn started(template: PlaybookTemplate) -> (tempfile::TempDir, Workspace) {
    let (dir, mut ws) = common::new_workspace();
    ws.playbook_mut()
        .start(&PlaybookStart {
            company_name: "Café Müller".into(),
            template,
        })
        .unwrap();
    (dir, ws)
}

fn names(ws: &mut Workspace) -> Vec<String> {
    ws.playbook()
        .get()
        .unwrap()
        .stages
        .into_iter()
        .map(|s| s.name)
        .collect()
}

#[test]
fn a_new_workspace_asks_how_to_start() {
    let (_dir, ws) = common::new_workspace();
    let playbook = ws.playbook().get().unwrap();
    assert!(!playbook.started);
    assert!(playbook.stages.is_empty());
}

#[test]
fn blank_start_has_only_the_builtin_criteria() {
    let (_dir, ws) = started(PlaybookTemplate::Blank);
    let playbook = ws.playbook().get().unwrap();
    assert!(playbook.started);
    assert_eq!(playbook.company_name, "Café Müller");
    assert!(playbook.stages.is_empty());
    let builtins: Vec<_> = playbook.qualification.iter().map(|c| c.builtin).collect();
    assert_eq!(
        builtins,
        vec![
            Some(BuiltinCriterion::DecisionMaker),
            Some(BuiltinCriterion::DecisionDate),
            Some(BuiltinCriterion::Budget)
        ]
    );
}

#[test]
fn starter_template_has_the_default_process() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    assert_eq!(
        names(&mut ws),
        [
            "Lead",
            "Suspect",
            "Qualified",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Closed lost"
        ]
    );
    let playbook = ws.playbook().get().unwrap();
    assert!(playbook.stages.iter().all(|s| !s.purpose.is_empty()));
    assert!(playbook.kpis.iter().any(|k| k.kind == KpiKind::Activity));
    assert!(playbook.kpis.iter().any(|k| k.kind == KpiKind::Result));
    for area in TrainingArea::ALL {
        assert!(playbook.training.iter().any(|m| m.area == area), "{area:?}");
    }
}

#[test]
fn starting_twice_is_refused() {
    let (_dir, mut ws) = started(PlaybookTemplate::Blank);
    let err = ws
        .playbook_mut()
        .start(&PlaybookStart {
            company_name: "Other".into(),
            template: PlaybookTemplate::Starter,
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(ws.playbook().get().unwrap().company_name, "Café Müller");
    assert!(ws.playbook().get().unwrap().stages.is_empty());
}

#[test]
fn stages_are_created_edited_and_kept_with_every_field() {
    let (dir, mut ws) = started(PlaybookTemplate::Blank);
    let stage = ws
        .playbook_mut()
        .create_stage(&NewStage {
            name: "  Discovery ".into(),
            after_id: None,
        })
        .unwrap();
    assert_eq!(stage.name, "Discovery");
    let mut input = stage_input(&stage);
    input.purpose = "Understand the need".into();
    input.entry_criteria = "Meeting booked".into();
    input.exit_criteria = vec![
        ChecklistItemInput {
            id: None,
            text: "Need written down".into(),
        },
        ChecklistItemInput {
            id: None,
            text: "Señor Pérez met — € budget".into(),
        },
    ];
    input.key_activities = "Ask, listen".into();
    input.scripts = "<b>x</b>".into();
    input.materials = "Brochure".into();
    input.expected_days = Some(12.0);
    let saved = ws.playbook_mut().update_stage(&input).unwrap();
    assert_eq!(saved.exit_criteria.len(), 2);
    drop(ws);

    let mut ws = Workspace::open_existing(dir.path().join("test.salesdesk")).unwrap();
    let stage = ws.playbook().get().unwrap().stages.remove(0);
    assert_eq!(stage.purpose, "Understand the need");
    assert_eq!(stage.entry_criteria, "Meeting booked");
    assert_eq!(stage.key_activities, "Ask, listen");
    assert_eq!(stage.scripts, "<b>x</b>");
    assert_eq!(stage.materials, "Brochure");
    assert_eq!(stage.expected_days, Some(12));
    assert_eq!(stage.exit_criteria[1].text, "Señor Pérez met — € budget");

    // Editing the checklist keeps the ids of items that stay.
    let kept_id = stage.exit_criteria[1].id.clone();
    let mut input = stage_input(&stage);
    input.exit_criteria.remove(0);
    input.exit_criteria.push(ChecklistItemInput {
        id: None,
        text: "Third".into(),
    });
    let saved = ws.playbook_mut().update_stage(&input).unwrap();
    assert_eq!(saved.exit_criteria[0].id, kept_id);
    assert_eq!(saved.exit_criteria[1].text, "Third");
}

#[test]
fn a_stage_can_be_inserted_after_another() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let qualified = ws.playbook().get().unwrap().stages[2].id.clone();
    ws.playbook_mut()
        .create_stage(&NewStage {
            name: "Site visit".into(),
            after_id: Some(qualified),
        })
        .unwrap();
    assert_eq!(names(&mut ws)[3], "Site visit");
}

#[test]
fn bad_stage_names_are_refused_with_the_field() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    for (name, code) in [
        ("", ErrorCode::Invalid),
        ("   ", ErrorCode::Invalid),
        (&"x".repeat(81), ErrorCode::Invalid),
        ("lead", ErrorCode::Conflict),
        (" LEAD ", ErrorCode::Conflict),
        ("Line\nbreak", ErrorCode::Invalid),
    ] {
        let err = ws
            .playbook_mut()
            .create_stage(&NewStage {
                name: name.into(),
                after_id: None,
            })
            .unwrap_err();
        assert_eq!(err.code(), code, "{name:?}: {err}");
        assert_eq!(err.field(), Some("name"));
        assert!(!err.to_string().is_empty());
    }
    assert_eq!(names(&mut ws).len(), 7, "nothing was saved");

    // Renaming onto another stage's name is refused too; its own name is fine.
    let suspect = ws.playbook().get().unwrap().stages[1].clone();
    let mut input = stage_input(&suspect);
    input.name = "Proposal".into();
    assert_eq!(
        ws.playbook_mut().update_stage(&input).unwrap_err().code(),
        ErrorCode::Conflict
    );
    input.name = "suspect".into();
    assert_eq!(
        ws.playbook_mut().update_stage(&input).unwrap().name,
        "suspect"
    );
}

#[test]
fn bad_expected_days_are_refused_and_nothing_is_half_written() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let before = ws.playbook().get().unwrap();
    let lead = before.stages[0].clone();
    for days in [-1.0, 366.0, 2.5, f64::NAN, f64::INFINITY, 1e12] {
        let mut input = stage_input(&lead);
        // Other fields change in the same command; none of it may stick.
        input.purpose = "CHANGED".into();
        input.exit_criteria.clear();
        input.expected_days = Some(days);
        let err = ws.playbook_mut().update_stage(&input).unwrap_err();
        assert_eq!(err.field(), Some("expectedDays"), "{days}");
    }
    assert_eq!(ws.playbook().get().unwrap(), before);
}

#[test]
fn a_failing_write_rolls_back_everything_it_did() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let before = ws.playbook().get().unwrap();
    let lead = before.stages[0].clone();
    let mut input = stage_input(&lead);
    input.purpose = "CHANGED".into();
    // An exit criterion id that does not belong to this stage fails inside
    // the transaction, after the stage row itself was updated.
    input.exit_criteria.push(ChecklistItemInput {
        id: Some("not-a-real-id".into()),
        text: "x".into(),
    });
    assert!(ws.playbook_mut().update_stage(&input).is_err());
    assert_eq!(ws.playbook().get().unwrap(), before);
}

#[test]
fn reorder_moves_and_renumbers() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let playbook = ws.playbook().get().unwrap();
    let lost = playbook.stages[6].id.clone();
    ws.playbook_mut()
        .move_item(PlaybookList::Stages, &lost, 0)
        .unwrap();
    assert_eq!(names(&mut ws)[0], "Closed lost");
    let lead = ws.playbook().get().unwrap().stages[1].id.clone();
    // Past the end is clamped to the end.
    ws.playbook_mut()
        .move_item(PlaybookList::Stages, &lead, 99)
        .unwrap();
    assert_eq!(
        names(&mut ws),
        [
            "Closed lost",
            "Suspect",
            "Qualified",
            "Proposal",
            "Negotiation",
            "Closed won",
            "Lead"
        ]
    );
    let err = ws
        .playbook_mut()
        .move_item(PlaybookList::Stages, "missing", 0)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    // Positions stay dense.
    let positions: Vec<i64> = ws
        .read(|tx| {
            let mut stmt = tx.prepare("SELECT position FROM stages ORDER BY position")?;
            Ok(stmt
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
        .unwrap();
    assert_eq!(positions, (0..7).collect::<Vec<_>>());
}

#[test]
fn deleting_a_stage_removes_its_checklist_and_training_links() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let playbook = ws.playbook().get().unwrap();
    let suspect = playbook.stages[1].id.clone();
    assert!(
        playbook
            .training
            .iter()
            .any(|m| m.stage_ids.contains(&suspect))
    );
    let after = ws
        .playbook_mut()
        .delete_item(PlaybookList::Stages, &suspect)
        .unwrap();
    assert_eq!(after.stages.len(), 6);
    assert!(
        after
            .training
            .iter()
            .all(|m| !m.stage_ids.contains(&suspect))
    );
    let orphans: i64 = ws
        .read(|tx| {
            Ok(tx.query_row(
                "SELECT COUNT(*) FROM stage_exit_criteria WHERE stage_id = ?1",
                [&suspect],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(orphans, 0);
    assert_eq!(
        ws.playbook_mut()
            .delete_item(PlaybookList::Stages, &suspect)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn qualification_criteria() {
    let (_dir, mut ws) = started(PlaybookTemplate::Blank);
    let custom = ws
        .playbook_mut()
        .create_criterion("Pain acknowledged")
        .unwrap();
    assert_eq!(custom.builtin, None);
    let updated = ws
        .playbook_mut()
        .update_criterion(&CriterionInput {
            id: custom.id.clone(),
            label: "Pain acknowledged by buyer".into(),
            description: "In their words".into(),
        })
        .unwrap();
    assert_eq!(updated.description, "In their words");
    let budget = ws.playbook().get().unwrap().qualification[2].clone();
    assert_eq!(budget.builtin, Some(BuiltinCriterion::Budget));
    // Built-in ones can be renamed and described but not deleted.
    ws.playbook_mut()
        .update_criterion(&CriterionInput {
            id: budget.id.clone(),
            label: "Budget confirmed".into(),
            description: String::new(),
        })
        .unwrap();
    let err = ws
        .playbook_mut()
        .delete_item(PlaybookList::Qualification, &budget.id)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Invalid);
    ws.playbook_mut()
        .move_item(PlaybookList::Qualification, &custom.id, 0)
        .unwrap();
    let playbook = ws
        .playbook_mut()
        .delete_item(PlaybookList::Qualification, &custom.id)
        .unwrap();
    assert_eq!(playbook.qualification.len(), 3);
    assert_eq!(playbook.qualification[2].label, "Budget confirmed");
    assert!(ws.playbook_mut().create_criterion(" ").is_err());
}

#[test]
fn profile_objections_and_competitors() {
    let (_dir, mut ws) = started(PlaybookTemplate::Blank);
    ws.playbook_mut()
        .update_profile(&PlaybookProfile {
            ideal_customer_profile: "Cafés in Köln".into(),
            value_proposition: "Fast".into(),
        })
        .unwrap();
    let objection = ws.playbook_mut().create_objection("Too expensive").unwrap();
    ws.playbook_mut()
        .update_objection(&Objection {
            response: "Compared with what?".into(),
            ..objection.clone()
        })
        .unwrap();
    assert_eq!(
        ws.playbook_mut()
            .create_objection("  ")
            .unwrap_err()
            .field(),
        Some("objection")
    );
    let second = ws.playbook_mut().create_objection("No time").unwrap();
    ws.playbook_mut()
        .move_item(PlaybookList::Objections, &second.id, 0)
        .unwrap();
    let competitor = ws.playbook_mut().create_competitor("Señor Mueble").unwrap();
    ws.playbook_mut()
        .update_competitor(&Competitor {
            notes: "Slow".into(),
            ..competitor.clone()
        })
        .unwrap();

    let playbook = ws.playbook().get().unwrap();
    assert_eq!(playbook.profile.ideal_customer_profile, "Cafés in Köln");
    assert_eq!(playbook.objections[0].objection, "No time");
    assert_eq!(playbook.objections[1].response, "Compared with what?");
    assert_eq!(playbook.competitors[0].notes, "Slow");
    ws.playbook_mut()
        .delete_item(PlaybookList::Competitors, &competitor.id)
        .unwrap();
    ws.playbook_mut()
        .delete_item(PlaybookList::Objections, &objection.id)
        .unwrap();
    let playbook = ws.playbook().get().unwrap();
    assert!(playbook.competitors.is_empty());
    assert_eq!(playbook.objections.len(), 1);
}

#[test]
fn kpis_with_targets() {
    let (_dir, mut ws) = started(PlaybookTemplate::Blank);
    let kpi = ws
        .playbook_mut()
        .save_kpi(&KpiInput {
            id: None,
            kind: KpiKind::Activity,
            name: "Calls".into(),
            unit: KpiUnit::Count,
            period: KpiPeriod::Week,
            target: 40.0,
        })
        .unwrap();
    let updated = ws
        .playbook_mut()
        .save_kpi(&KpiInput {
            id: Some(kpi.id.clone()),
            kind: KpiKind::Activity,
            name: "Calls".into(),
            unit: KpiUnit::Count,
            period: KpiPeriod::Week,
            target: 55.0,
        })
        .unwrap();
    assert_eq!(updated.target, 55.0);
    for (target, unit) in [
        (-1.0, KpiUnit::Count),
        (f64::NAN, KpiUnit::Count),
        (101.0, KpiUnit::Percent),
        (1e15, KpiUnit::Currency),
    ] {
        let err = ws
            .playbook_mut()
            .save_kpi(&KpiInput {
                id: Some(kpi.id.clone()),
                kind: KpiKind::Result,
                name: "Win rate".into(),
                unit,
                period: KpiPeriod::Quarter,
                target,
            })
            .unwrap_err();
        assert_eq!(err.field(), Some("target"), "{target}");
    }
    assert_eq!(ws.playbook().get().unwrap().kpis, vec![updated]);
}

#[test]
fn training_modules_link_to_stages() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    let playbook = ws.playbook().get().unwrap();
    let (lead, proposal) = (playbook.stages[0].id.clone(), playbook.stages[3].id.clone());
    let module = ws
        .playbook_mut()
        .save_training_module(&TrainingModuleInput {
            id: None,
            area: TrainingArea::Fundamentals,
            title: "Listening".into(),
            objectives: "Summarise before answering".into(),
            cadence: "Weekly, 10 minutes".into(),
            stage_ids: vec![proposal.clone(), lead.clone(), lead.clone()],
        })
        .unwrap();
    // Listed in stage order, duplicates dropped.
    assert_eq!(module.stage_ids, vec![lead.clone(), proposal.clone()]);
    let err = ws
        .playbook_mut()
        .save_training_module(&TrainingModuleInput {
            id: Some(module.id.clone()),
            area: TrainingArea::Fundamentals,
            title: "Listening".into(),
            objectives: String::new(),
            cadence: String::new(),
            stage_ids: vec!["gone".into()],
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("stageIds"));
    let count = ws.playbook().get().unwrap().training.len();
    ws.playbook_mut()
        .delete_item(PlaybookList::Training, &module.id)
        .unwrap();
    assert_eq!(ws.playbook().get().unwrap().training.len(), count - 1);
}

#[test]
fn published_versions_are_frozen_snapshots() {
    let (_dir, mut ws) = started(PlaybookTemplate::Starter);
    assert!(ws.playbook_mut().publish_version("  ").is_err());
    let v1 = ws.playbook_mut().publish_version("First edition").unwrap();
    assert_eq!(v1.number, 1);
    let lead = ws.playbook().get().unwrap().stages[0].clone();
    let mut input = stage_input(&lead);
    input.name = "Prospect".into();
    ws.playbook_mut().update_stage(&input).unwrap();
    let v2 = ws.playbook_mut().publish_version("Renamed Lead").unwrap();
    assert_eq!(v2.number, 2);

    let list = ws.playbook().versions().unwrap();
    assert_eq!(list.iter().map(|v| v.number).collect::<Vec<_>>(), [2, 1]);
    let old = ws.playbook().version(&v1.id).unwrap();
    assert_eq!(old.playbook.stages[0].name, "Lead");
    assert_eq!(old.summary.change_note, "First edition");
    let new = ws.playbook().version(&v2.id).unwrap();
    assert_eq!(new.playbook.stages[0].name, "Prospect");
    assert_eq!(
        ws.playbook().version("nope").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn publishing_needs_a_started_playbook() {
    let (_dir, mut ws) = common::new_workspace();
    assert!(ws.playbook_mut().publish_version("x").is_err());
    assert!(ws.playbook().versions().unwrap().is_empty());
}

#[test]
fn the_demo_company_is_complete_and_refuses_a_used_workspace() {
    let (_dir, mut ws) = common::new_workspace();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
    let playbook = ws.playbook().get().unwrap();
    assert_eq!(playbook.company_name, salesdesk_core::demo::DEMO_COMPANY);
    assert_eq!(playbook.stages.len(), 8);
    assert!(playbook.competitors.len() >= 2);
    assert_eq!(ws.playbook().versions().unwrap().len(), 1);
    assert!(
        salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
            .is_err()
    );
}

#[test]
fn errors_cross_the_boundary_as_code_message_field() {
    let (_dir, mut ws) = started(PlaybookTemplate::Blank);
    let err = ws
        .playbook_mut()
        .create_stage(&NewStage {
            name: String::new(),
            after_id: None,
        })
        .unwrap_err();
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "invalid");
    assert_eq!(json["field"], "name");
    assert_eq!(json["message"], "The stage name cannot be empty.");
}
