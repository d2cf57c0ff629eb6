//! The search box's library side: what it finds, that it follows edits,
//! and that any text is a query.

mod common;

use salesdesk_core::playbook::{PlaybookList, StageInput};
use salesdesk_core::search::{NOT_SEARCHED, SearchHit, SearchKind, source_tables};
use salesdesk_core::team::PersonRole;

fn titles(hits: &[SearchHit], kind: SearchKind) -> Vec<String> {
    hits.iter()
        .filter(|h| h.kind == kind)
        .map(|h| h.title.clone())
        .collect()
}

#[test]
fn finds_records_of_every_kind_by_part_of_a_word() {
    let (_dir, ws) = common::demo_workspace();
    let hits = ws.search("Müller").unwrap();
    assert!(titles(&hits, SearchKind::Account).contains(&"Café Müller".to_string()));
    assert!(titles(&hits, SearchKind::AccountPlan).contains(&"Café Müller".to_string()));
    // Without the accent, in another case, part of the word.
    let hits = ws.search("cafe mull").unwrap();
    assert!(
        titles(&hits, SearchKind::Account).contains(&"Café Müller".to_string()),
        "{hits:?}"
    );

    let hits = ws.search("Aylin").unwrap();
    assert_eq!(titles(&hits, SearchKind::Person), ["Aylin Demir"]);
    assert_eq!(
        titles(&hits, SearchKind::BusinessPlan),
        ["Aylin Demir's business plan"]
    );
    // The person comes before records that only mention her.
    assert_eq!(hits[0].kind, SearchKind::Person, "{hits:?}");

    // The playbook's text, with the line it was found in.
    let hits = ws.search("floor plan").unwrap();
    let stage = hits
        .iter()
        .find(|h| h.kind == SearchKind::Stage)
        .expect("a stage mentions the floor plan");
    assert!(
        stage.excerpt.to_lowercase().contains("floor plan"),
        "{stage:?}"
    );

    // A candidate, with the role that opens it.
    let hits = ws.search("Anna Schmidt").unwrap();
    let anna = hits
        .iter()
        .find(|h| h.kind == SearchKind::Candidate)
        .unwrap();
    assert!(anna.role_id.is_some());
    assert!(anna.detail.starts_with("Candidate for "), "{anna:?}");

    // Words must all match.
    assert!(ws.search("Aylin Stadtwerke zzzz").unwrap().is_empty());
    assert!(ws.search("").unwrap().is_empty());
    assert!(ws.search("   ").unwrap().is_empty());
}

#[test]
fn follows_every_edit_and_delete() {
    let (_dir, mut ws) = common::demo_workspace();
    let account = ws
        .accounts()
        .list()
        .unwrap()
        .into_iter()
        .find(|a| a.name == "Bäckerei Schulte")
        .unwrap();
    assert_eq!(ws.search("Schulte").unwrap().len(), 2);
    let mut input = salesdesk_core::accounts::AccountInput {
        id: Some(account.id.clone()),
        name: "Konditorei Lange".into(),
        industry: account.industry.clone(),
        size: account.size.clone(),
        yearly_revenue: account.yearly_revenue,
        potential: account.potential,
        owner_id: account.owner_id.clone(),
    };
    ws.accounts_mut().save_account(&input).unwrap();
    // Only the plan's strategy still names the old account.
    let hits = ws.search("Schulte").unwrap();
    assert!(titles(&hits, SearchKind::Account).is_empty(), "{hits:?}");
    assert_eq!(titles(&hits, SearchKind::AccountPlan), ["Konditorei Lange"]);
    // The account and its plan, whose title is the account's name.
    let hits = ws.search("Konditorei").unwrap();
    assert_eq!(titles(&hits, SearchKind::Account), ["Konditorei Lange"]);
    assert_eq!(titles(&hits, SearchKind::AccountPlan), ["Konditorei Lange"]);
    input.name = "Bäckerei Schulte".into();
    ws.accounts_mut().save_account(&input).unwrap();
    assert_eq!(ws.search("Schulte").unwrap().len(), 2);

    // A stage's text, then the stage deleted.
    let stage = ws.playbook().get().unwrap().stages[0].clone();
    ws.playbook_mut()
        .update_stage(&StageInput {
            scripts: "Ask about the xylophone room.".into(),
            ..salesdesk_core::demo::stage_input(&stage)
        })
        .unwrap();
    assert_eq!(
        titles(&ws.search("xylophone").unwrap(), SearchKind::Stage),
        std::slice::from_ref(&stage.name)
    );
    ws.playbook_mut()
        .delete_item(PlaybookList::Stages, &stage.id)
        .unwrap();
    assert!(ws.search("xylophone").unwrap().is_empty());

    // A new person, in any script.
    common::person(&mut ws, "王小明", PersonRole::Rep);
    common::person(&mut ws, "سارة العلي", PersonRole::Rep);
    common::person(&mut ws, "प्रिया शर्मा", PersonRole::Rep);
    assert_eq!(
        titles(&ws.search("王小明").unwrap(), SearchKind::Person),
        ["王小明"]
    );
    // Two characters: too short for trigrams, still found.
    assert_eq!(
        titles(&ws.search("小明").unwrap(), SearchKind::Person),
        ["王小明"]
    );
    assert_eq!(
        titles(&ws.search("العلي").unwrap(), SearchKind::Person),
        ["سارة العلي"]
    );
    assert_eq!(
        titles(&ws.search("शर्मा").unwrap(), SearchKind::Person),
        ["प्रिया शर्मा"]
    );
}

#[test]
fn the_index_is_built_once_and_then_follows_the_changes() {
    let (_dir, mut ws) = common::demo_workspace();
    let count = |ws: &mut salesdesk_core::Workspace, sql: &str| -> i64 {
        ws.read(|tx| Ok(tx.query_row(sql, [], |r| r.get(0))?))
            .unwrap()
    };
    ws.search("Aylin").unwrap();
    // The index outlives the search (it is not rebuilt for every query)...
    let indexed = count(&mut ws, "SELECT count(*) FROM temp.search_rows");
    assert!(indexed > 50, "{indexed}");
    assert_eq!(count(&mut ws, "SELECT count(*) FROM temp.search_dirty"), 0);
    // ...and a change is noted in its own transaction, then re-indexed.
    common::person(&mut ws, "Zoltán Kertész", PersonRole::Rep);
    assert_eq!(count(&mut ws, "SELECT count(*) FROM temp.search_dirty"), 1);
    assert_eq!(ws.search("Kertész").unwrap().len(), 1);
    assert_eq!(count(&mut ws, "SELECT count(*) FROM temp.search_dirty"), 0);
    assert_eq!(
        count(&mut ws, "SELECT count(*) FROM temp.search_rows"),
        indexed + 1
    );
}

/// A trigger's statements take the conflict policy of the statement that
/// fired it: every kind of write the app makes, upserts and replaces
/// included, still works once the index follows the tables.
#[test]
fn every_kind_of_write_works_while_the_index_follows_it() {
    use salesdesk_core::playbook::PlaybookProfile;
    let (_dir, mut ws) = common::demo_workspace();
    ws.search("Aylin").unwrap();
    for round in 0..2 {
        let text = format!("Offices near the xylophone museum, round {round}.");
        ws.playbook_mut()
            .update_profile(&PlaybookProfile {
                ideal_customer_profile: text,
                value_proposition: "One partner.".into(),
            })
            .unwrap();
        let mut print = ws.print_settings().unwrap();
        print.currency = "€".into();
        ws.set_print_settings(&print).unwrap();
        let plan = ws
            .plans()
            .list(None)
            .unwrap()
            .into_iter()
            .find(|p| p.status == salesdesk_core::plans::PlanStatus::Returned)
            .unwrap();
        let content = ws.plans().plan(&plan.id).unwrap().content;
        ws.plans_mut()
            .save_plan_section(
                &plan.id,
                &salesdesk_core::plans::PlanSection::TrainingNeeds(content.training_needs.clone()),
            )
            .unwrap();
        ws.plans_mut()
            .save_plan_section(
                &plan.id,
                &salesdesk_core::plans::PlanSection::ActivityGoals(content.activity_goals.clone()),
            )
            .unwrap();
    }
    let hits = ws.search("xylophone museum").unwrap();
    assert_eq!(titles(&hits, SearchKind::Profile).len(), 1, "{hits:?}");
    assert!(hits[0].excerpt.contains("round 1"), "{hits:?}");
}

#[test]
fn any_text_is_a_query_never_an_error() {
    let (_dir, mut ws) = common::demo_workspace();
    common::person(&mut ws, "O'Brien \"Bob\" *Star* NEAR-by", PersonRole::Rep);
    for query in [
        "\"",
        "\"\"",
        "*",
        "NEAR",
        "NEAR(a b)",
        "-",
        "-Aylin",
        "a OR b",
        "AND",
        "NOT x",
        "^start",
        "col:value",
        "(",
        ")",
        "'; DROP TABLE people; --",
        "%",
        "_",
        "\\",
        "{}[]",
        "\u{0}",
        "\u{202e}",
        "🏳️‍🌈",
        &"x".repeat(100_000),
    ] {
        ws.search(query)
            .unwrap_or_else(|e| panic!("{query:?}: {e}"));
    }
    // Found as text.
    assert_eq!(
        titles(&ws.search("O'Brien").unwrap(), SearchKind::Person).len(),
        1
    );
    assert_eq!(
        titles(&ws.search("\"Bob\"").unwrap(), SearchKind::Person).len(),
        1
    );
    assert_eq!(
        titles(&ws.search("*Star*").unwrap(), SearchKind::Person).len(),
        1
    );
    assert_eq!(
        titles(&ws.search("NEAR-by").unwrap(), SearchKind::Person).len(),
        1
    );
    // LIKE's own wildcards are text too.
    assert!(titles(&ws.search("%").unwrap(), SearchKind::Person).is_empty());
    assert!(titles(&ws.search("_").unwrap(), SearchKind::Person).is_empty());
}

#[test]
fn a_restored_or_read_only_workspace_is_searched_as_it_is() {
    let (dir, mut ws) = common::demo_workspace();
    let backup = ws
        .back_up(&salesdesk_core::store::backup::BackupReason::Manual)
        .unwrap();
    assert_eq!(ws.search("Aylin").unwrap()[0].title, "Aylin Demir");
    common::person(&mut ws, "Zoltán Kertész", PersonRole::Rep);
    assert_eq!(ws.search("Zoltán").unwrap().len(), 1);
    ws.restore_backup(&backup.file_name).unwrap();
    // Writing works at once after the restore (no trigger is left without
    // its table), and the search sees the restored contents.
    common::person(&mut ws, "Ilona Szabó", PersonRole::Rep);
    assert!(ws.search("Zoltán").unwrap().is_empty());
    assert_eq!(ws.search("Szabó").unwrap().len(), 1);
    assert_eq!(ws.search("Aylin").unwrap()[0].title, "Aylin Demir");
    drop(ws);

    let read_only =
        salesdesk_core::Workspace::open_read_only(dir.path().join("test.salesdesk")).unwrap();
    assert_eq!(read_only.search("Aylin").unwrap()[0].title, "Aylin Demir");
}

#[test]
fn every_table_with_typed_text_is_searched_or_says_why_not() {
    let (_dir, ws) = common::new_workspace();
    let schema = ws.schema_sql().unwrap();
    let tables: Vec<String> = schema
        .lines()
        .filter_map(|l| l.strip_prefix("CREATE TABLE "))
        .map(|l| l.split([' ', '(']).next().unwrap().to_string())
        .collect();
    assert!(tables.len() > 30, "{tables:?}");
    let sources: Vec<&str> = source_tables().collect();
    for table in &tables {
        assert!(
            sources.contains(&table.as_str()) || NOT_SEARCHED.contains(&table.as_str()),
            "the table {table} is neither searched nor in search::NOT_SEARCHED"
        );
    }
    for table in sources.iter().chain(NOT_SEARCHED) {
        assert!(
            tables.contains(&table.to_string()),
            "{table} is not a table"
        );
    }
    // The index lives outside the workspace file: the schema is unchanged
    // by a search.
    ws.search("anything").unwrap();
    assert_eq!(ws.schema_sql().unwrap(), schema);
}
