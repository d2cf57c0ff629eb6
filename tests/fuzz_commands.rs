//! Hostile input against every command, through the real command layer on
//! tauri's mock runtime, with the demo company in a real workspace file.
//!
//! Each command starts from a valid call (ids from the demo). Then every
//! value in its arguments, one at a time, is replaced by hostile values:
//! huge strings, control characters, markup, unknown ids, bad dates,
//! negative, absurd and non-finite-adjacent numbers, and values of the
//! wrong type. Every answer must be a success or a rejection; a rejection
//! must be `{code, message, field}` (or, for a value of the wrong JSON
//! type, which never reaches our code, tauri's own message), never an
//! internal error or a panic; and a rejected call must leave the workspace
//! exactly as it was (compared through the full JSON export).
//!
//! `SALESDESK_FUZZ_ROUNDS=N` repeats the run with N seeded random picks of
//! hostile values per leaf on top of the fixed list (default 0).

mod common;

use std::sync::Mutex;

use common::{Webview, invoke};
use serde_json::{Value, json};
use tauri::Manager;
use tauri::test::MockRuntime;

fn ok(webview: &Webview, cmd: &str, args: Value) -> Value {
    invoke(webview, cmd, &args).unwrap_or_else(|e| panic!("{cmd} {args}: {e}"))
}

/// Hostile strings: size, control characters, direction overrides, markup,
/// SQL, unknown ids, impossible dates, paths, odd Unicode.
fn hostile_strings() -> Vec<String> {
    vec![
        String::new(),
        "   \t\n ".into(),
        "A".repeat(1_000_000),
        "é".repeat(30_000),
        "\u{0}".into(),
        "nul\u{0}inside".into(),
        "\u{7}\u{8}\u{1b}[31mred\u{1b}[0m".into(),
        "\u{202e}fdp.exe".into(),
        "<script>alert(1)</script>".into(),
        "<img src=x onerror=alert(1)>".into(),
        "'; DROP TABLE stages; --".into(),
        "00000000-0000-0000-0000-000000000000".into(),
        "019abcde-0000-7000-8000-000000000000".into(),
        "2026-02-30".into(),
        "9999-99-99".into(),
        "2026-13".into(),
        "2026Q5".into(),
        "-0001-01-01".into(),
        "../../../../etc/passwd".into(),
        "👩\u{200d}💼🏳️\u{200d}🌈".into(),
        "\u{FFFF}\u{FEFF}\u{FFFD}".into(),
        "1e309".into(),
    ]
}

/// Numbers a JSON client can send (NaN and infinities arrive as null from
/// JavaScript's JSON.stringify, covered by the wrong-type values).
fn hostile_numbers() -> Vec<Value> {
    vec![
        json!(0),
        json!(-1),
        json!(-0.0),
        json!(0.5),
        json!(-0.5),
        json!(1e15),
        json!(1e308),
        json!(-1e308),
        json!(f64::MAX),
        json!(f64::MIN_POSITIVE),
        json!(5e-324),
        json!(9_007_199_254_740_993_i64),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(4_294_967_296_u64),
    ]
}

/// Values of the wrong type; these are refused by argument parsing.
fn wrong_types() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!("12"),
        json!(12),
    ]
}

/// Every path to a leaf (string, number, bool, null) inside `value`.
fn leaves(value: &Value, path: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(PathStep::Key(k.clone()));
                leaves(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            // The first element stands for all of them.
            if let Some(v) = items.first() {
                path.push(PathStep::Index(0));
                leaves(v, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn replaced(value: &Value, path: &[PathStep], with: Value) -> Value {
    let mut copy = value.clone();
    let mut at = &mut copy;
    for step in path {
        at = match step {
            PathStep::Key(k) => &mut at[k.as_str()],
            PathStep::Index(i) => &mut at[*i],
        };
    }
    *at = with;
    copy
}

fn path_text(path: &[PathStep]) -> String {
    path.iter()
        .map(|s| match s {
            PathStep::Key(k) => format!(".{k}"),
            PathStep::Index(i) => format!("[{i}]"),
        })
        .collect()
}

struct Fixture {
    app: tauri::App<MockRuntime>,
    webview: Webview,
    _data: tempfile::TempDir,
    _exports: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let data = tempfile::tempdir().unwrap();
        let exports = tempfile::tempdir().unwrap();
        {
            let mut ws =
                salesdesk_core::Workspace::create(data.path().join("workspace.salesdesk")).unwrap();
            salesdesk_core::demo::fill_demo(
                &mut ws,
                &salesdesk_core::demo::DemoCalendar::reference(),
            )
            .unwrap();
        }
        // Exports go to a temporary folder; the open dialog "returns" a
        // small CSV file (for the imports; as JSON it is refused).
        let chosen = exports.path().join("chosen.csv");
        std::fs::write(
            &chosen,
            "Date,Client,Product,Amount\n2026-10-05,Fuzz GmbH,Desks,1200.50\n",
        )
        .unwrap();
        // SAFETY: set before the app (and any thread that reads it) starts.
        unsafe {
            std::env::set_var("SALESDESK_EXPORT_DIR", exports.path());
            std::env::set_var("SALESDESK_OPEN_FILE", &chosen);
        }
        let (app, webview) = common::mock_app(data.path());
        Fixture {
            app,
            webview,
            _data: data,
            _exports: exports,
        }
    }

    /// The whole workspace, for "nothing changed" comparisons.
    fn contents(&self) -> Value {
        let state = self.app.state::<Mutex<salesdesk_app::AppState>>();
        let mut guard = state.lock().unwrap();
        let mut value = guard.workspace().unwrap().export_json().unwrap();
        value.as_object_mut().unwrap().remove("exportedAt");
        value
    }

    fn integrity_ok(&self) -> bool {
        let state = self.app.state::<Mutex<salesdesk_app::AppState>>();
        let mut guard = state.lock().unwrap();
        guard.workspace().unwrap().integrity_ok().unwrap()
    }
}

/// One valid call per command, with ids from the demo company. Commands
/// that delete come last, so the others still find their records.
fn valid_calls(w: &Webview) -> Vec<(&'static str, Value)> {
    let playbook = ok(w, "get_playbook", json!({}));
    let team = ok(w, "get_team", json!({}));
    let person = |role: &str| -> String {
        team.as_array()
            .unwrap()
            .iter()
            .find(|p| p["role"] == role && p["active"] == true)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (owner, manager, rep) = (person("owner"), person("manager"), person("rep"));
    let roles = ok(w, "list_roles", json!({}));
    let role = roles[0].clone();
    let role_id = role["id"].as_str().unwrap().to_string();
    let attribute = role["attributes"][0].clone();
    let candidates = ok(w, "list_candidates", json!({"roleId": role_id}));
    let candidate = candidates
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] != "hired")
        .unwrap()
        .clone();
    let candidate_id = candidate["id"].as_str().unwrap().to_string();
    let scorecards = ok(w, "list_scorecards", json!({"candidateId": candidate_id}));
    let scorecard = scorecards[0].clone();
    // A draft scorecard, by someone who has not interviewed the candidate.
    let interviewer = team
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].clone())
        .find(|id| {
            !scorecards
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["interviewerId"] == *id)
        })
        .unwrap();
    let mut draft = ok(
        w,
        "new_scorecard",
        json!({"input": {"candidateId": candidate_id, "interviewerId": interviewer, "heldOn": "2026-11-20"}}),
    );
    draft["recommendation"] = json!("yes");
    // An attribute nobody has rated, so it can be deleted.
    let mut spare_attribute = role["attributes"][0].clone();
    spare_attribute["id"] = json!(null);
    spare_attribute["name"] = json!("Fuzz attribute");
    spare_attribute["roleId"] = json!(role_id);
    ok(w, "save_attribute", json!({"input": spare_attribute}));
    let spare_attribute_id = ok(w, "list_roles", json!({}))[0]["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Fuzz attribute")
        .unwrap()["id"]
        .clone();
    let plans = ok(w, "list_plans", json!({"repId": null}));
    let plan_id = plans[0]["id"].as_str().unwrap().to_string();
    let plan_rep = plans[0]["repId"].as_str().unwrap().to_string();
    let plan = ok(w, "get_plan", json!({"id": plan_id}));
    let accounts = ok(w, "list_accounts", json!({}));
    let account = accounts[0].clone();
    let account_plans = ok(
        w,
        "list_account_plans",
        json!({"repId": null, "quarter": null}),
    );
    let account_plan = account_plans[0].clone();
    let mut review = ok(
        w,
        "get_review",
        json!({"repId": plan_rep, "quarter": "2026Q4"}),
    );
    review["commitments"] = json!("Grow the North territory by a tenth.");
    let other_account = accounts
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] != account_plans[0]["account"]["id"])
        .unwrap()
        .clone();
    let print = ok(w, "get_print_settings", json!({}));
    let kpi = playbook["kpis"][0].clone();
    let stage = playbook["stages"][0].clone();
    let stage_id = stage["id"].as_str().unwrap().to_string();
    let mut attribute_input = attribute.clone();
    attribute_input["roleId"] = json!(role_id);

    vec![
        ("workspace_status", json!({})),
        ("reopen_workspace", json!({})),
        ("ui_ready", json!({})),
        (
            "start_playbook",
            json!({"start": {"companyName": "Fuzz GmbH", "template": "starter"}}),
        ),
        ("get_playbook", json!({})),
        ("search", json!({"query": "Müller"})),
        ("last_deleted", json!({})),
        ("menu_events", json!({"channel": "__CHANNEL__:1"})),
        ("change_events", json!({"channel": "__CHANNEL__:2"})),
        ("set_company_name", json!({"name": "Müller & Peña"})),
        (
            "create_stage",
            json!({"input": {"name": "Fuzzed stage", "afterId": stage_id}}),
        ),
        ("update_stage", json!({"input": stage})),
        (
            "move_item",
            json!({"list": "stages", "id": stage_id, "toIndex": 1}),
        ),
        ("create_criterion", json!({"label": "Fuzzed criterion"})),
        (
            "update_criterion",
            json!({"input": playbook["qualification"][0]}),
        ),
        ("update_profile", json!({"input": playbook["profile"]})),
        ("create_objection", json!({"objection": "Too dear"})),
        (
            "update_objection",
            json!({"input": playbook["objections"][0]}),
        ),
        ("create_competitor", json!({"name": "Fuzz Corp"})),
        (
            "update_competitor",
            json!({"input": playbook["competitors"][0]}),
        ),
        ("save_kpi", json!({"input": kpi})),
        (
            "save_training_module",
            json!({"input": playbook["training"][0]}),
        ),
        ("publish_version", json!({"changeNote": "Fuzz"})),
        ("list_versions", json!({})),
        (
            "get_version",
            json!({"id": ok(w, "list_versions", json!({}))[0]["id"]}),
        ),
        ("export_manual", json!({"versionId": null})),
        ("get_team", json!({})),
        ("save_person", json!({"input": team[0]})),
        ("current_user", json!({})),
        ("set_current_user", json!({"personId": manager})),
        ("list_roles", json!({})),
        (
            "save_role",
            json!({"input": {"id": role_id, "title": role["title"], "responsibilities": "Sell."}}),
        ),
        ("save_attribute", json!({"input": attribute_input})),
        (
            "move_attribute",
            json!({"id": attribute["id"], "toIndex": 1}),
        ),
        ("suggested_attributes", json!({})),
        ("list_candidates", json!({"roleId": role_id})),
        ("save_candidate", json!({"input": candidate})),
        (
            "set_candidate_status",
            json!({"id": candidate_id, "status": "interviewing"}),
        ),
        ("list_scorecards", json!({"candidateId": candidate_id})),
        (
            "new_scorecard",
            json!({"input": {"candidateId": candidate_id, "interviewerId": owner, "heldOn": "2026-11-20"}}),
        ),
        ("update_scorecard", json!({"input": draft})),
        ("submit_scorecard", json!({"id": draft["id"]})),
        (
            "amend_scorecard",
            json!({"input": {"scorecardId": scorecard["id"], "change": {"field": "summary", "summary": "Amended."}, "reason": "Typo"}}),
        ),
        ("compare_candidates", json!({"roleId": role_id})),
        ("export_interview_kit", json!({"roleId": role_id})),
        (
            "export_candidate_summary",
            json!({"candidateId": candidate_id}),
        ),
        ("list_plans", json!({"repId": rep})),
        ("get_plan", json!({"id": plan_id})),
        (
            "create_plan",
            json!({"input": {"repId": rep, "firstMonth": "2027-01"}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "goals", "value": plan["content"]["goals"]}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "months", "value": plan["content"]["months"]}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "forecast", "value": plan["content"]["forecast"]}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "activityGoals", "value": plan["content"]["activityGoals"]}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "marketing", "value": plan["content"]["marketing"]}}),
        ),
        (
            "save_plan_section",
            json!({"planId": plan_id, "section": {"section": "trainingNeeds", "value": plan["content"]["trainingNeeds"]}}),
        ),
        ("submit_plan", json!({"id": plan_id})),
        ("approve_plan", json!({"id": plan_id})),
        (
            "return_plan",
            json!({"id": plan_id, "comment": "More detail, please."}),
        ),
        (
            "set_actual",
            json!({"cell": {"repId": plan_rep, "month": "2026-10", "client": "Fuzz GmbH", "product": "Desks", "amount": 1200.5}}),
        ),
        (
            "set_activity_count",
            json!({"count": {"repId": plan_rep, "month": "2026-10", "kpiId": kpi["id"], "count": 5}}),
        ),
        (
            "get_actuals",
            json!({"repId": plan_rep, "from": "2026-07", "to": "2026-12"}),
        ),
        (
            "plan_figures",
            json!({"planId": plan_id, "asOf": "2026-11-15"}),
        ),
        ("team_figures", json!({"asOf": "2026-11-15"})),
        (
            "rep_figures",
            json!({"repId": plan_rep, "asOf": "2026-11-15"}),
        ),
        ("choose_csv", json!({})),
        ("preview_chosen_csv", json!({"encoding": "windows-1252"})),
        (
            "import_actuals",
            json!({"import": {"repId": plan_rep, "settings": {"delimiter": ",", "dateOrder": "day_month", "decimalMark": "point"}, "mapping": {"date": 0, "client": 1, "product": 2, "amount": 3}, "unknown": "add"}, "dryRun": true}),
        ),
        (
            "import_activities",
            json!({"import": {"repId": plan_rep, "settings": {"delimiter": ",", "dateOrder": "day_month", "decimalMark": "point"}, "mapping": {"date": 0, "activity": 1, "count": 2}}, "dryRun": true}),
        ),
        (
            "export_plan",
            json!({"planId": plan_id, "asOf": "2026-11-15"}),
        ),
        ("list_accounts", json!({"ownerId": rep})),
        ("quarter_choices", json!({"today": "2026-11-23"})),
        ("save_account", json!({"input": account})),
        (
            "list_account_plans",
            json!({"repId": rep, "quarter": "2026Q4"}),
        ),
        (
            "create_account_plan",
            json!({"input": {"accountId": other_account["id"], "quarter": "2027Q1", "repId": rep}}),
        ),
        ("save_account_plan", json!({"input": account_plan})),
        ("get_account_plan", json!({"id": account_plan["id"]})),
        (
            "copy_account_plan_forward",
            json!({"id": account_plan["id"]}),
        ),
        (
            "next_steps",
            json!({"repId": rep, "today": "2026-11-15", "limit": 100}),
        ),
        (
            "account_roll_up",
            json!({"repId": rep, "quarter": "2026Q4"}),
        ),
        ("export_account_plan", json!({"id": account_plan["id"]})),
        (
            "export_rep_account_plans",
            json!({"repId": rep, "quarter": "2026Q4"}),
        ),
        (
            "get_review",
            json!({"repId": plan_rep, "quarter": "2026Q4"}),
        ),
        ("list_reviews", json!({"quarter": "2026Q4"})),
        ("save_review", json!({"input": review})),
        ("hold_review", json!({"id": review["id"]})),
        (
            "agree_review",
            json!({"id": review["id"], "agreementDate": "2026-11-20"}),
        ),
        (
            "amend_review",
            json!({"id": review["id"], "text": "Later note."}),
        ),
        (
            "export_packet",
            json!({"repId": plan_rep, "quarter": "2026Q4", "today": "2026-11-20", "open": false}),
        ),
        ("get_print_settings", json!({})),
        ("set_print_settings", json!({"input": print})),
        ("about", json!({})),
        ("list_backups", json!({})),
        ("back_up_now", json!({})),
        (
            "restore_backup",
            json!({"fileName": "2026-01-01 00.00.00.000 manual.salesdesk"}),
        ),
        ("export_workspace_json", json!({})),
        ("import_workspace_json", json!({})),
        (
            "hire",
            json!({"input": {"candidateId": candidate_id, "startDate": "2026-12-01", "managerId": manager, "territory": "North"}}),
        ),
        ("delete_attribute", json!({"id": spare_attribute_id})),
        ("remove_role", json!({"id": role_id})),
        ("restore_role", json!({"id": role_id})),
        ("delete_item", json!({"list": "stages", "id": stage_id})),
        ("undo_delete", json!({})),
        // Last: it switches to the example company's own workspace.
        ("open_example_workspace", json!({})),
    ]
}

/// Arguments that must not be fuzzed: `open` would start a PDF viewer.
fn skipped(command: &str, path: &str) -> bool {
    // `open` would open every fuzzed packet in the PDF viewer; a channel
    // is tauri's own value (any other text is refused by tauri before our
    // code runs), so only its valid call is made.
    (command == "export_packet" && path == ".open")
        || (matches!(command, "menu_events" | "change_events") && path == ".channel")
}

#[derive(Default)]
struct Tally {
    cases: usize,
    accepted: usize,
    refused: usize,
    refused_by_parsing: usize,
    per_command: std::collections::BTreeMap<&'static str, usize>,
}

fn check_answer(
    fixture: &Fixture,
    command: &'static str,
    args: &Value,
    wrong_type: bool,
    before: &mut Value,
    tally: &mut Tally,
    failures: &mut Vec<String>,
) {
    let what = || {
        let mut shown = args.to_string();
        if shown.len() > 300 {
            shown.truncate(300);
            shown.push('…');
        }
        format!("{command} {shown}")
    };
    tally.cases += 1;
    *tally.per_command.entry(command).or_default() += 1;
    let answer = invoke(&fixture.webview, command, args);
    match &answer {
        Ok(_) => tally.accepted += 1,
        Err(Value::Object(error)) => {
            tally.refused += 1;
            let code = error.get("code").and_then(Value::as_str).unwrap_or("");
            let message = error.get("message").and_then(Value::as_str).unwrap_or("");
            if !error.contains_key("field") || message.is_empty() {
                failures.push(format!(
                    "{}: not {{code, message, field}}: {error:?}",
                    what()
                ));
            } else if code == "internal" {
                failures.push(format!("{}: internal error: {message}", what()));
            }
        }
        Err(Value::String(message)) if wrong_type || message.contains("invalid args") => {
            // Argument parsing refused the JSON before any command code ran.
            tally.refused_by_parsing += 1;
        }
        Err(other) => failures.push(format!("{}: unexpected rejection {other}", what())),
    }
    let after = fixture.contents();
    if answer.is_err() && after != *before {
        failures.push(format!("{}: refused, but the workspace changed", what()));
    }
    *before = after;
}

#[test]
fn every_command_refuses_hostile_input_cleanly_and_changes_nothing_when_it_does() {
    let fixture = Fixture::new();
    let calls = valid_calls(&fixture.webview);
    let strings = hostile_strings();
    let numbers = hostile_numbers();
    let wrong = wrong_types();
    let rounds: u64 = std::env::var("SALESDESK_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut tally = Tally::default();
    let mut failures = Vec::new();
    let mut before;
    let mut random = Lcg(0x5eed);

    for (command, valid) in &calls {
        // The valid call itself must parse (it may be refused by a rule,
        // e.g. approving a plan that is not submitted, but cleanly).
        if let Err(refusal) = invoke(&fixture.webview, command, valid) {
            eprintln!("fuzz: the starting call of {command} was refused: {refusal}");
        }
        before = fixture.contents();
        check_answer(
            &fixture,
            command,
            valid,
            false,
            &mut before,
            &mut tally,
            &mut failures,
        );
        let mut paths = Vec::new();
        leaves(valid, &mut Vec::new(), &mut paths);
        for path in paths {
            let shown = path_text(&path);
            if skipped(command, &shown) {
                continue;
            }
            let mut cases: Vec<(Value, bool)> = Vec::new();
            cases.extend(strings.iter().map(|s| (json!(s), false)));
            cases.extend(numbers.iter().map(|n| (n.clone(), false)));
            cases.extend(wrong.iter().map(|v| (v.clone(), true)));
            for _ in 0..rounds {
                cases.push((json!(random.string()), false));
                cases.push((random.number(), false));
            }
            for (value, wrong_type) in cases {
                let args = replaced(valid, &path, value);
                check_answer(
                    &fixture,
                    command,
                    &args,
                    wrong_type,
                    &mut before,
                    &mut tally,
                    &mut failures,
                );
            }
        }
    }
    assert!(fixture.integrity_ok());
    eprintln!(
        "fuzz: {} cases over {} commands: {} accepted, {} refused with {{code, message, field}}, {} refused by argument parsing",
        tally.cases,
        tally.per_command.len(),
        tally.accepted,
        tally.refused,
        tally.refused_by_parsing
    );
    for (command, n) in &tally.per_command {
        eprintln!("fuzz:   {command}: {n}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        tally.cases,
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The command set is covered: every registered command (the list tauri
    // is given) but those that only open native dialogs appears above.
    let registered: std::collections::BTreeSet<&str> = salesdesk_app::COMMAND_NAMES
        .iter()
        .copied()
        .filter(|name| !ONLY_OPEN_A_DIALOG.contains(name))
        .collect();
    let fuzzed: std::collections::BTreeSet<&str> = tally.per_command.keys().copied().collect();
    assert_eq!(
        registered.difference(&fuzzed).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "registered commands without a valid call in valid_calls()"
    );
    assert_eq!(
        fuzzed.difference(&registered).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "calls of commands that are not registered"
    );
}

/// Commands that do nothing but open a native file dialog (which has no
/// answer under the mock runtime): nothing to fuzz.
const ONLY_OPEN_A_DIALOG: &[&str] = &["open_workspace_file", "create_workspace_file"];

/// A small seeded generator, so a failing round can be repeated.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 11
    }

    fn string(&mut self) -> String {
        let len = (self.next() % 64) as usize;
        (0..len)
            .map(|_| {
                let pick = self.next() % 100;
                let code = match pick {
                    0..=9 => (self.next() % 0x20) as u32,
                    10..=59 => 0x20 + (self.next() % 0x5f) as u32,
                    60..=89 => 0xa0 + (self.next() % 0x2000) as u32,
                    _ => 0x1F300 + (self.next() % 0x300) as u32,
                };
                char::from_u32(code).unwrap_or('\u{FFFD}')
            })
            .collect()
    }

    fn number(&mut self) -> Value {
        let bits = self.next() << 11 | self.next() & 0x7ff;
        let value = f64::from_bits(bits);
        if value.is_finite() {
            json!(value)
        } else {
            json!(-1)
        }
    }
}
