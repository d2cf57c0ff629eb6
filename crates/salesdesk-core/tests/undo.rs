//! Undo of deletes: the workspace comes back exactly as it was before the
//! delete (children, order, links, time stamps), or the undo is refused
//! with a message and nothing changes.

mod common;

use common::{contents, demo_workspace};

/// Equal workspaces; on a difference, the tables that differ (not the
/// whole export).
/// The activity log keeps that a record was deleted and brought back
/// (history is not rewritten), so it is left out.
fn assert_same(left: &serde_json::Value, right: &serde_json::Value) {
    let mut left = left.clone();
    let mut right = right.clone();
    left["tables"]["activity_log"] = serde_json::Value::Null;
    right["tables"]["activity_log"] = serde_json::Value::Null;
    if left != right {
        let tables: Vec<&String> = left["tables"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(name, rows)| right["tables"][name.as_str()] != **rows)
            .map(|(name, _)| name)
            .collect();
        panic!("the workspaces differ in {tables:?}");
    }
}

/// A new attribute nobody rated, on the demo's role.
fn unrated_attribute(
    ws: &mut salesdesk_core::Workspace,
    name: &str,
) -> salesdesk_core::hiring::RoleAttribute {
    use salesdesk_core::hiring::*;
    let role = ws.hiring().roles().unwrap()[0].clone();
    ws.hiring_mut()
        .save_attribute(&AttributeInput {
            id: None,
            role_id: role.id,
            group: AttributeGroup::Skill,
            name: name.into(),
            test_method: TestMethod::RolePlay,
            test_detail: "Sell this pen.".into(),
            weight: 1.0,
        })
        .unwrap()
}
use salesdesk_core::playbook::{NewStage, PlaybookList};

#[test]
fn a_deleted_stage_comes_back_with_its_criteria_links_and_place() {
    let (_dir, mut ws) = demo_workspace();
    let playbook = ws.playbook().get().unwrap();
    // A middle stage with exit criteria, linked from training modules.
    let stage = playbook.stages[3].clone();
    assert!(!stage.exit_criteria.is_empty());
    let before = contents(&mut ws);

    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &stage.id)
        .unwrap();
    assert_ne!(contents(&mut ws), before);
    let label = ws.last_deleted().unwrap();
    assert_eq!(label, format!("Stage “{}”", stage.name));

    let restored = ws.undo_delete().unwrap();
    assert_eq!(restored.label, label);
    assert_eq!(restored.id, stage.id);
    assert_same(&contents(&mut ws), &before);
    assert!(ws.last_deleted().is_none());
    let err = ws.undo_delete().unwrap_err();
    assert_eq!(err.to_string(), "There is no delete to undo.");
}

#[test]
fn a_list_changed_since_keeps_its_new_rows_after_the_old_order() {
    let (_dir, mut ws) = demo_workspace();
    let stages = ws.playbook().get().unwrap().stages;
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &stages[1].id)
        .unwrap();
    let added = ws
        .playbook_mut()
        .create_stage(&NewStage {
            name: "Added meanwhile".into(),
            after_id: None,
        })
        .unwrap();
    ws.undo_delete().unwrap();
    let names: Vec<String> = ws
        .playbook()
        .get()
        .unwrap()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    let mut expected: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    expected.push(added.name);
    assert_eq!(names, expected);
}

#[test]
fn a_kpi_comes_back_with_the_goals_and_actuals_that_counted_it() {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let kpi = ws.playbook().get().unwrap().kpis[0].clone();
    let counted = |value: &serde_json::Value| {
        value["tables"]["actual_activities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["kpi_id"] == kpi.id.as_str())
            .count()
    };
    assert!(counted(&before) > 0, "the demo counts this KPI");
    ws.playbook_mut()
        .delete_item(PlaybookList::Kpis, &kpi.id)
        .unwrap();
    assert_eq!(counted(&contents(&mut ws)), 0);
    ws.undo_delete().unwrap();
    assert_same(&contents(&mut ws), &before);
}

#[test]
fn deletes_undo_newest_first_and_roles_and_attributes_too() {
    let (_dir, mut ws) = demo_workspace();
    let before = contents(&mut ws);
    let role = ws
        .hiring_mut()
        .save_role(&salesdesk_core::hiring::RoleInput {
            id: None,
            title: "Inside sales".into(),
            responsibilities: "Calls".into(),
        })
        .unwrap();
    let with_role = contents(&mut ws);
    let demo_role = ws.hiring().roles().unwrap()[0].clone();
    let unrated = unrated_attribute(&mut ws, "Cold calling");
    let objection = ws.playbook().get().unwrap().objections[0].clone();
    let with_everything = contents(&mut ws);

    // Deleting an attribute nobody rated: refused when rated, else kept.
    let rated = demo_role.attributes[0].clone();
    assert!(ws.hiring_mut().delete_attribute(&rated.id).is_err());
    assert!(
        ws.last_deleted().is_none(),
        "a refused delete is not undoable"
    );
    match ws.hiring_mut().delete_attribute(&unrated.id) {
        Ok(_) => {}
        Err(e) => panic!("{e}"),
    }
    ws.hiring_mut().remove_role(&role.id).unwrap();
    ws.playbook_mut()
        .delete_item(PlaybookList::Objections, &objection.id)
        .unwrap();
    assert_eq!(
        ws.undo_delete().unwrap().label,
        format!("Objection “{}”", objection.objection)
    );
    assert_eq!(ws.undo_delete().unwrap().label, "Role “Inside sales”");
    assert_eq!(
        ws.undo_delete().unwrap().label,
        format!("Attribute “{}”", unrated.name)
    );
    // Everything is back; the activity log keeps that the role was
    // deleted (history is not rewritten).
    let mut now = contents(&mut ws);
    let mut then = with_everything.clone();
    now["tables"]["activity_log"] = serde_json::Value::Null;
    then["tables"]["activity_log"] = serde_json::Value::Null;
    assert_same(&now, &then);
    assert_ne!(before, with_role);
}

#[test]
fn an_undo_whose_parent_is_gone_is_refused_and_changes_nothing() {
    let (_dir, mut ws) = demo_workspace();
    let role = ws.hiring().roles().unwrap()[0].clone();
    let attribute = unrated_attribute(&mut ws, "Cold calling");
    ws.hiring_mut().delete_attribute(&attribute.id).unwrap();
    // The role goes by a way that keeps no undo (as a change from another
    // computer will): the attribute has nothing to belong to.
    ws.write(|tx| {
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        for sql in [
            "DELETE FROM ratings WHERE interview_id IN (SELECT i.id FROM interviews i JOIN candidates c ON c.id = i.candidate_id WHERE c.role_id = ?1)",
            "DELETE FROM scorecard_amendments WHERE interview_id IN (SELECT i.id FROM interviews i JOIN candidates c ON c.id = i.candidate_id WHERE c.role_id = ?1)",
            "DELETE FROM interviews WHERE candidate_id IN (SELECT id FROM candidates WHERE role_id = ?1)",
            "DELETE FROM candidates WHERE role_id = ?1",
            "DELETE FROM role_profiles WHERE id = ?1",
        ] {
            tx.execute(sql, [&role.id])?;
        }
        Ok(())
    })
    .unwrap();
    let before = contents(&mut ws);
    let err = ws.undo_delete().unwrap_err();
    assert!(err.to_string().contains("cannot be brought back"), "{err}");
    assert_same(&contents(&mut ws), &before);
    // It never can come back: dropped, so the deletes before it can be.
    assert!(ws.last_deleted().is_none());
}

#[test]
fn a_restore_or_import_forgets_what_could_be_undone() {
    let (_dir, mut ws) = demo_workspace();
    let json = ws.export_json_text().unwrap();
    let objection = ws.playbook().get().unwrap().objections[0].clone();
    ws.playbook_mut()
        .delete_item(PlaybookList::Objections, &objection.id)
        .unwrap();
    ws.import_json_text(&json).unwrap();
    assert!(ws.last_deleted().is_none());
}

#[test]
fn a_name_taken_since_is_said_and_the_undo_kept_for_later() {
    let (_dir, mut ws) = demo_workspace();
    let stage = ws.playbook().get().unwrap().stages[2].clone();
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &stage.id)
        .unwrap();
    let other = ws
        .playbook_mut()
        .create_stage(&NewStage {
            name: stage.name.clone(),
            after_id: None,
        })
        .unwrap();
    let err = ws.undo_delete().unwrap_err();
    assert!(err.to_string().contains("same name"), "{err}");
    assert!(ws.last_deleted().is_some());
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &other.id)
        .unwrap();
    // Now two deletes wait; the newest comes back first, then the stage.
    ws.undo_delete().unwrap();
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &other.id)
        .unwrap();
    ws.undo_delete().unwrap(); // the added one, again
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &other.id)
        .unwrap();
    let log = contents(&mut ws)["tables"]["activity_log"].clone();
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|r| r["action"] == "restored"),
        "an undo is in the activity log"
    );
}

#[test]
fn moves_made_after_the_delete_are_kept() {
    let (_dir, mut ws) = demo_workspace();
    let stages = ws.playbook().get().unwrap().stages;
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &stages[1].id)
        .unwrap();
    let last = stages.last().unwrap().id.clone();
    ws.playbook_mut()
        .move_item(PlaybookList::Stages, &last, 0)
        .unwrap();
    ws.undo_delete().unwrap();
    let names: Vec<String> = ws
        .playbook()
        .get()
        .unwrap()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    let mut expected: Vec<String> = stages.iter().map(|s| s.name.clone()).collect();
    let moved = expected.pop().unwrap();
    expected.insert(0, moved);
    // The deleted stage is back at its old index (1), after the move.
    expected.remove(2);
    expected.insert(1, stages[1].name.clone());
    assert_eq!(names, expected);
}
