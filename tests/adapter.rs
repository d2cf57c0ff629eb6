//! The Tauri adapter on tauri's mock runtime: commands are registered,
//! parse their arguments, and return library errors as {code, message,
//! field}. Also pins the security configuration: capabilities and CSP.

mod common;

use serde_json::{Value, json};

fn invoke(webview: &common::Webview, cmd: &str, args: Value) -> Result<Value, Value> {
    common::invoke(webview, cmd, &args)
}

#[test]
fn commands_call_the_library_and_map_errors() {
    let data = tempfile::tempdir().unwrap();
    let (_app, webview) = common::mock_app(data.path());

    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert_eq!(status["status"], "open");
    assert!(data.path().join("workspace.salesdesk").exists());

    let playbook = invoke(
        &webview,
        "start_playbook",
        json!({"start": {"companyName": "Café Müller", "template": "starter"}}),
    )
    .unwrap();
    assert_eq!(playbook["stages"].as_array().unwrap().len(), 7);

    let err = invoke(
        &webview,
        "create_stage",
        json!({"input": {"name": "", "afterId": null}}),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({"code": "invalid", "message": "The stage name cannot be empty.", "field": "name"})
    );

    let err = invoke(
        &webview,
        "create_stage",
        json!({"input": {"name": "lead", "afterId": null}}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "conflict");

    let lead_id = playbook["stages"][0]["id"].as_str().unwrap();
    let moved = invoke(
        &webview,
        "move_item",
        json!({"list": "stages", "id": lead_id, "toIndex": 6}),
    )
    .unwrap();
    assert_eq!(moved["stages"][6]["name"], "Lead");

    // Arguments of the wrong shape are refused, not guessed.
    assert!(
        invoke(
            &webview,
            "move_item",
            json!({"list": "nonsense", "id": "x", "toIndex": 0})
        )
        .is_err()
    );
    let stages = invoke(&webview, "get_playbook", json!({})).unwrap()["stages"].clone();
    assert_eq!(stages.as_array().unwrap().len(), 7);

    // Hiring commands are registered and map errors to their field too.
    let role = invoke(
        &webview,
        "save_role",
        json!({"input": {"id": null, "title": "Account Executive", "responsibilities": ""}}),
    )
    .unwrap();
    let err = invoke(
        &webview,
        "save_attribute",
        json!({"input": {"id": null, "roleId": role["id"], "group": "skill", "name": "Qualifying",
                         "testMethod": "role_play", "testDetail": "", "weight": 0}}),
    )
    .unwrap_err();
    assert_eq!(err["field"], "weight");
    let err = invoke(
        &webview,
        "new_scorecard",
        json!({"input": {"candidateId": "nope", "interviewerId": "nope", "heldOn": "2026-11-02"}}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert_eq!(invoke(&webview, "get_team", json!({})).unwrap(), json!([]));
}

fn read_json(path: &str) -> Value {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn capabilities_grant_only_what_the_ui_uses() {
    let caps = read_json("src-tauri/capabilities/default.json");
    assert_eq!(caps["windows"], json!(["main"]));
    // The UI only invokes the app's own commands; dialogs open from Rust.
    assert_eq!(
        caps["permissions"],
        json!([]),
        "a permission was added: is the UI using it?"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities");
    assert_eq!(
        std::fs::read_dir(dir).unwrap().count(),
        1,
        "only one capability file is expected"
    );
}

#[test]
fn the_content_security_policy_is_strict() {
    let conf = read_json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"].as_object().unwrap();
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        assert!(!value.contains("unsafe-eval"), "{directive} allows eval");
        assert!(
            !value.contains("https:") && !value.contains("http://")
                || value.contains("ipc.localhost"),
            "{directive} allows a remote origin: {value}"
        );
        assert!(!value.contains('*'), "{directive} has a wildcard");
    }
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

#[test]
fn the_single_instance_name_uses_the_configured_identifier() {
    let context = salesdesk_app::context::<tauri::test::MockRuntime>();
    assert_eq!(context.config().identifier, salesdesk_app::IDENTIFIER);
}

#[test]
fn opening_the_workspace_that_is_already_open_keeps_it_open_at_once() {
    let data = tempfile::tempdir().unwrap();
    let mut state = salesdesk_app::AppState::open_in(data.path().to_path_buf());
    let path = data.path().join("workspace.salesdesk");
    let started = std::time::Instant::now();
    let status = state.switch_to(&path, false).unwrap();
    assert!(matches!(
        status,
        salesdesk_core::store::WorkspaceStatus::Open { .. }
    ));
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert!(state.workspace().is_ok());
}

#[test]
fn the_example_company_opens_in_a_workspace_of_its_own() {
    let data = tempfile::tempdir().unwrap();
    let (app, webview) = common::mock_app(data.path());
    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert_eq!(status["example"], false);

    let status = invoke(&webview, "open_example_workspace", json!({})).unwrap();
    assert_eq!(status["status"], "open");
    assert_eq!(status["example"], true, "{status}");
    let playbook = invoke(&webview, "get_playbook", json!({})).unwrap();
    assert_eq!(playbook["companyName"], salesdesk_core::demo::DEMO_COMPANY);
    // Dated around today: a plan covers the current month.
    let today = chrono::Local::now().date_naive();
    let month = format!(
        "{:04}-{:02}",
        chrono::Datelike::year(&today),
        chrono::Datelike::month(&today)
    );
    let plans = invoke(&webview, "list_plans", json!({})).unwrap();
    assert!(
        plans
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["firstMonth"].as_str().unwrap() <= month.as_str()
                && month.as_str() <= p["lastMonth"].as_str().unwrap()),
        "{plans}"
    );
    // A change in the example stays in the example.
    invoke(
        &webview,
        "set_company_name",
        json!({"name": "Tried it out"}),
    )
    .unwrap();

    let status = invoke(&webview, "reopen_workspace", json!({})).unwrap();
    assert_eq!(status["example"], false);
    let playbook = invoke(&webview, "get_playbook", json!({})).unwrap();
    assert_eq!(playbook["started"], false);
    drop(webview);
    drop(app);

    // Opened again, it is the same example, with the change kept.
    let (_app, webview) = common::mock_app(data.path());
    invoke(&webview, "open_example_workspace", json!({})).unwrap();
    let playbook = invoke(&webview, "get_playbook", json!({})).unwrap();
    assert_eq!(playbook["companyName"], "Tried it out");
}

#[test]
fn every_menu_entry_has_a_shortcut_where_expected_and_the_page_knows_it() {
    use salesdesk_app::menu::{Entry, MENU};
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/menu.ts"),
    )
    .unwrap();
    let titles: Vec<&str> = MENU.iter().map(|(title, _)| *title).collect();
    assert_eq!(titles, ["File", "Edit", "View", "Help"]);
    let mut ids = Vec::new();
    for (title, entries) in MENU {
        for entry in *entries {
            let id = match entry {
                Entry::Item { id, shortcut, .. } => {
                    if *title == "View" {
                        let n = ids
                            .iter()
                            .filter(|i: &&&str| i.starts_with("view-"))
                            .count()
                            + 1;
                        assert_eq!(*shortcut, Some(format!("CmdOrCtrl+{n}")).as_deref(), "{id}");
                    }
                    *id
                }
                Entry::Edit(action) => action.id(),
                Entry::Separator => continue,
            };
            assert!(!ids.contains(&id), "{id} twice");
            ids.push(id);
            // Done in Rust: quit and showing the folder. The rest by the page.
            if id == "quit" || id == "show-data-folder" {
                continue;
            }
            let known = if let Some(module) = id.strip_prefix("view-") {
                page.contains("id.startsWith('view-')") && {
                    let navigation = std::fs::read_to_string(
                        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                            .join("ui/src/lib/navigation.svelte.ts"),
                    )
                    .unwrap();
                    navigation.contains(&format!("id: '{module}'"))
                }
            } else {
                page.contains(&format!("case '{id}':"))
            };
            assert!(
                known,
                "ui/src/lib/menu.ts does not handle the menu entry {id}"
            );
        }
    }
    for expected in [
        "export",
        "backup",
        "open",
        "quit",
        "edit-undo",
        "edit-copy",
        "search",
        "about",
        "show-data-folder",
    ] {
        assert!(ids.contains(&expected), "{expected} is missing");
    }
}

/// The write seam's change events reach the page's listener: a command's
/// committed change arrives with its table, record id and origin.
#[test]
fn a_commands_changes_reach_the_pages_listener() {
    use std::sync::{Arc, Mutex};
    use tauri::Manager;
    let dir = tempfile::tempdir().unwrap();
    let (app, w) = common::mock_app(dir.path());
    let heard: Arc<Mutex<Vec<Value>>> = Arc::default();
    let sink = heard.clone();
    app.state::<Mutex<salesdesk_app::AppState>>()
        .lock()
        .unwrap()
        .changes
        .set(move |batch| {
            sink.lock()
                .unwrap()
                .push(serde_json::to_value(batch).unwrap())
        });
    let person = invoke(
        &w,
        "save_person",
        json!({"input": {"id": null, "name": "Rita Rep", "email": "", "role": "rep", "managerId": null, "startDate": null, "territory": "", "active": true}}),
    )
    .unwrap();
    let batches = heard.lock().unwrap().clone();
    assert_eq!(batches.len(), 1, "{batches:?}");
    assert_eq!(batches[0]["origin"], "window");
    assert!(
        batches[0]["records"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["table"] == "people" && r["rowId"] == person["id"] && r["kind"] == "insert"),
        "{batches:?}"
    );
    // A read tells nobody.
    invoke(&w, "get_team", json!({})).unwrap();
    assert_eq!(heard.lock().unwrap().len(), 1);
}

/// The window's workspace is opened before its pages are checked (the
/// check runs beside the first screen): a workspace found damaged takes no
/// write, and the status then says it could not be opened, and why.
#[test]
fn a_workspace_found_damaged_after_opening_is_closed_and_never_written() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("workspace.salesdesk");
    let calendar = salesdesk_core::demo::DemoCalendar::new(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
    )
    .unwrap();
    drop(
        salesdesk_core::Workspace::create_with(&path, |ws| {
            salesdesk_core::demo::fill_demo(ws, &calendar)
        })
        .unwrap(),
    );
    // The last tenth of the pages (rows, not the schema) made garbage.
    let mut bytes = std::fs::read(&path).unwrap();
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    let pages = bytes.len() / page;
    bytes[(pages - pages / 10) * page..].fill(0xA5);
    std::fs::write(&path, &bytes).unwrap();

    let (_app, webview) = common::mock_app(data.path());
    // The check waits for the first screen: the workspace opens.
    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert_eq!(status["status"], "open", "{status}");
    // Once the page says it is drawn, the check runs and finds the damage
    // well before the check's own fallback start (3 s).
    invoke(&webview, "ui_ready", json!({"pageMs": 100.0})).unwrap();
    let asked = std::time::Instant::now();
    let failed = loop {
        let status = invoke(&webview, "workspace_status", json!({})).unwrap();
        if status["status"] == "failed" {
            break status;
        }
        assert!(
            asked.elapsed() < std::time::Duration::from_secs(2),
            "{status}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(failed["error"]["code"], "not_a_workspace", "{failed}");
    let err = invoke(&webview, "set_company_name", json!({"name": "Changed"})).unwrap_err();
    assert_eq!(err["code"], "not_a_workspace", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("damaged"),
        "{err}"
    );
    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert_eq!(status["status"], "failed", "{status}");
    assert_eq!(status["error"]["code"], "not_a_workspace", "{status}");
    drop(webview);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file was changed");

    // Had no screen been drawn, the first write runs the check itself.
    let other = tempfile::tempdir().unwrap();
    let moved = other.path().join("workspace.salesdesk");
    std::fs::copy(&path, &moved).unwrap();
    let (_app, webview) = common::mock_app(other.path());
    let status = invoke(&webview, "workspace_status", json!({})).unwrap();
    assert_eq!(status["status"], "open", "{status}");
    let err = invoke(&webview, "set_company_name", json!({"name": "Changed"})).unwrap_err();
    assert_eq!(err["code"], "not_a_workspace", "{err}");
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        bytes,
        "the file was changed"
    );
}

/// A PDF renders after the workspace is released: while the team packet
/// renders, another command answers at once instead of waiting for it.
#[test]
fn other_commands_answer_while_a_large_pdf_renders() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // SAFETY: no other test of this binary reads the export folder.
    unsafe { std::env::set_var("SALESDESK_EXPORT_DIR", out.path()) };
    // A team of eight with 25 account plans each: a packet of some 250
    // pages, whose render is most of the export.
    let today = chrono::Local::now().date_naive();
    let calendar = salesdesk_core::demo::DemoCalendar::new(today).unwrap();
    let size = salesdesk_core::demo::LargeSize {
        reps: 8,
        clients_per_plan: 4,
        products: 3,
        accounts: 200,
        candidates: 0,
    };
    drop(
        salesdesk_core::Workspace::create_with(data.path().join("workspace.salesdesk"), |ws| {
            salesdesk_core::demo::fill_large(ws, size, &calendar)
        })
        .unwrap(),
    );
    let (_app, webview) = common::mock_app(data.path());
    let quarter = format!(
        "{}Q{}",
        chrono::Datelike::year(&today),
        (chrono::Datelike::month(&today) - 1) / 3 + 1
    );
    let started = std::time::Instant::now();
    let export = {
        let webview = webview.clone();
        let args =
            json!({"repId": null, "quarter": quarter, "today": today.to_string(), "open": false});
        std::thread::spawn(move || {
            let answer = invoke(&webview, "export_packet", args);
            (answer, started.elapsed())
        })
    };
    let mut answers = Vec::new();
    while !export.is_finished() {
        let asked = std::time::Instant::now();
        invoke(&webview, "current_user", json!({})).unwrap();
        answers.push((asked.elapsed(), started.elapsed()));
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let (written, took) = export.join().unwrap();
    let path = written.unwrap();
    assert!(std::path::Path::new(path.as_str().unwrap()).exists());
    eprintln!(
        "the packet took {took:?}; {} other answers meanwhile",
        answers.len()
    );
    // Most of the export is rendering: answers kept coming all along it.
    // (Were the workspace held while it renders, one call would wait for
    // the whole render and hardly any would come back meanwhile.)
    let mut during: Vec<std::time::Duration> = answers
        .iter()
        .filter(|(_, at)| *at < took)
        .map(|(t, _)| *t)
        .collect();
    assert!(
        during.len() >= 20,
        "{} answers during {took:?}",
        during.len()
    );
    during.sort();
    let median = during[during.len() / 2];
    assert!(
        median < took / 10,
        "answers took {median:?} of the export's {took:?}"
    );
}
