//! End-to-end tests: the real Salesdesk binary in a real WebKitGTK window,
//! driven through tauri-driver and WebKitWebDriver. Needs a display (the
//! test script runs everything under xvfb-run) and `tauri-driver` on PATH.
//! Screenshots of every screen visited go to target/e2e-screenshots/.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// One app at a time: two cores, one display.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const RELEASE: char = '\u{E000}';
const BACKSPACE: char = '\u{E003}';
const TAB: char = '\u{E004}';
const ALT: char = '\u{E00A}';
const ARROW_UP: char = '\u{E013}';
const CONTROL: char = '\u{E009}';
const ENTER: char = '\u{E007}';

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The app running under tauri-driver, with its own data directory.
struct App {
    driver: Child,
    client: Option<Client>,
    /// False without GPU compositing, where screenshots can hang.
    screenshots: bool,
}

impl App {
    async fn launch(data_dir: &Path, export_dir: &Path) -> App {
        App::launch_with(data_dir, export_dir, &[]).await
    }

    async fn launch_with(data_dir: &Path, export_dir: &Path, env: &[(&str, &str)]) -> App {
        let port = free_port();
        let native_port = free_port();
        // Its own process group, so the WebKitWebDriver it starts is
        // stopped with it (killing tauri-driver alone leaves it running).
        let driver = Command::new("tauri-driver")
            .process_group(0)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("SALESDESK_EXPORT_DIR", export_dir)
            // WebKitWebDriver's screenshots can hang for good when WebKitGTK
            // draws without GPU compositing (2.50, Xvfb), which is how the
            // app runs on Linux (salesdesk_app::use_webview_defaults). The
            // tests take screenshots, so they turn compositing back on; one
            // test (`every_screen_shows_without_gpu_compositing`) runs the
            // shipped setting without screenshots.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "0")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver must be installed (scripts/setup-debian.sh --test)");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({
                "application": env!("CARGO_BIN_EXE_salesdesk"),
                "args": ["--data-dir", data_dir.to_str().unwrap()],
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(60);
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => panic!("could not start a session with the app: {e}"),
            }
        };
        let compositing_off = env
            .iter()
            .any(|(k, v)| *k == "WEBKIT_DISABLE_COMPOSITING_MODE" && *v != "0");
        let app = App {
            driver,
            client: Some(client),
            screenshots: !compositing_off,
        };
        app.wait_for(
            |a| Box::pin(async move { a.exists("body[data-ready='true']").await }),
            "the first screen",
        )
        .await;
        app
    }

    fn c(&self) -> &Client {
        self.client.as_ref().unwrap()
    }

    async fn exists(&self, css: &str) -> bool {
        !self
            .c()
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
    }

    async fn count(&self, css: &str) -> usize {
        self.c().find_all(Locator::Css(css)).await.unwrap().len()
    }

    async fn wait_for<F>(&self, check: F, what: &str)
    where
        F: for<'a> Fn(&'a App) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + 'a>>,
    {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !check(self).await {
            if Instant::now() > deadline {
                // Keep what the window showed, to see why.
                self.shot("timeout").await;
                panic!("timed out waiting for {what} (see target/e2e-screenshots/timeout.png)");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn wait_css(&self, css: &str) {
        let css = css.to_string();
        let label = css.clone();
        self.wait_for(
            move |a| {
                let css = css.clone();
                Box::pin(async move { a.exists(&css).await })
            },
            &label,
        )
        .await;
    }

    /// Chooses `label` in the select `css` once the select offers it: a
    /// list of people or accounts arrives after the select is drawn.
    async fn select(&self, css: &str, label: &str) {
        let (css_owned, label_owned) = (css.to_string(), label.to_string());
        self.wait_for(
            move |a| {
                let (css, label) = (css_owned.clone(), label_owned.clone());
                Box::pin(async move {
                    a.c()
                        .execute(
                            "const s = document.querySelector(arguments[0]);
                             return !!s && [...s.options].some((o) => o.text === arguments[1]);",
                            vec![json!(css), json!(label)],
                        )
                        .await
                        .is_ok_and(|found| found == json!(true))
                })
            },
            &format!("{label:?} in {css}"),
        )
        .await;
        self.c()
            .find(Locator::Css(css))
            .await
            .unwrap()
            .select_by_label(label)
            .await
            .unwrap();
    }

    /// Clicks the element; retried while the UI re-renders it.
    async fn click(&self, css: &str) {
        self.wait_css(css).await;
        for attempt in 0..50 {
            if let Ok(element) = self.c().find(Locator::Css(css)).await {
                // A button still disabled (its data not loaded yet) takes
                // the click without a word; give it a moment first.
                let enabled = element.is_enabled().await.unwrap_or(true);
                if (enabled || attempt >= 30) && element.click().await.is_ok() {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("could not click {css}");
    }

    /// The element's text; retried while the UI re-renders it.
    async fn text(&self, css: &str) -> String {
        self.wait_css(css).await;
        for _ in 0..50 {
            if let Ok(element) = self.c().find(Locator::Css(css)).await
                && let Ok(text) = element.text().await
            {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("could not read the text of {css}");
    }

    async fn value(&self, css: &str) -> String {
        self.wait_css(css).await;
        self.c()
            .find(Locator::Css(css))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Replaces a field's text the way a person does: select all, type.
    async fn type_into(&self, css: &str, text: &str) {
        self.wait_css(css).await;
        let field = self.c().find(Locator::Css(css)).await.unwrap();
        field.click().await.unwrap();
        // clear() fires no input event; typing afterwards does, with the
        // whole new value. To leave a field empty, type a letter and delete it.
        field.clear().await.unwrap();
        let keys = if text.is_empty() {
            format!("x{BACKSPACE}")
        } else {
            text.to_string()
        };
        field.send_keys(&keys).await.unwrap();
    }

    /// Leaves the focused field (which saves it at once) and waits until
    /// the header says every change is saved.
    async fn settle(&self, css: &str) {
        let field = self.c().find(Locator::Css(css)).await.unwrap();
        field.send_keys(&TAB.to_string()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
        self.wait_css("[data-testid='save-status'][data-state='saved']")
            .await;
    }

    async fn stage_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for item in self
            .c()
            .find_all(Locator::Css("[data-testid='stage-item'] .name"))
            .await
            .unwrap()
        {
            names.push(item.text().await.unwrap());
        }
        names
    }

    async fn shot(&self, name: &str) {
        if !self.screenshots {
            return;
        }
        let png = self.c().screenshot().await.unwrap();
        std::fs::write(screenshot_dir().join(format!("{name}.png")), png).unwrap();
    }

    async fn quit(mut self) {
        if let Some(client) = self.client.take() {
            client.close().await.unwrap();
        }
        self.stop_driver();
    }

    fn stop_driver(&mut self) {
        // SAFETY: signals the process group created for tauri-driver.
        unsafe {
            libc::kill(-(self.driver.id() as i32), libc::SIGKILL);
        }
        let _ = self.driver.wait();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop_driver();
    }
}

/// The one file an export wrote into `dir`.
fn the_only_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "expected one exported file: {files:?}");
    files.into_iter().next().unwrap()
}

/// A workspace holding the demo company (closed again, so the app can open it).
fn seed_demo(data: &Path) {
    let mut ws = salesdesk_core::Workspace::create(data.join("workspace.salesdesk")).unwrap();
    salesdesk_core::demo::fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference())
        .unwrap();
}

/// The app started with `env` on the demo company in a fresh data folder;
/// also the data and export folders, which must outlive it.
async fn launch_demo(env: &[(&str, &str)]) -> (App, tempfile::TempDir, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    seed_demo(data.path());
    let app = App::launch_with(data.path(), exports.path(), env).await;
    (app, data, exports)
}

/// A workspace with a started playbook, the given people, and the first of
/// them as the current user.
fn seed(
    data: &Path,
    template: salesdesk_core::playbook::PlaybookTemplate,
    people: &[(&str, salesdesk_core::team::PersonRole)],
) {
    use salesdesk_core::playbook::PlaybookStart;
    use salesdesk_core::team::PersonInput;
    let mut ws = salesdesk_core::Workspace::create(data.join("workspace.salesdesk")).unwrap();
    ws.playbook_mut()
        .start(&PlaybookStart {
            company_name: "Acme".into(),
            template,
        })
        .unwrap();
    let mut first = None;
    for (name, role) in people {
        let id = ws
            .team_mut()
            .save_person(&PersonInput {
                id: None,
                name: name.to_string(),
                email: String::new(),
                role: *role,
                manager_id: None,
                start_date: None,
                territory: String::new(),
                active: true,
            })
            .unwrap()
            .id;
        first.get_or_insert(id);
    }
    ws.team_mut().set_current_user(&first.unwrap()).unwrap();
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn playbook_edits_survive_a_restart_and_bad_input_is_refused() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();

    let app = App::launch(data.path(), exports.path()).await;

    // First run: name the company and start from the template.
    app.wait_css("[data-testid='first-run']").await;
    app.shot("01-first-run").await;
    app.type_into("[data-testid='company-name-input']", "Café Müller")
        .await;
    app.click("[data-testid='template-starter']").await;
    app.click("[data-testid='start-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    assert_eq!(
        app.text("[data-testid='company-name']").await,
        "Café Müller"
    );
    assert_eq!(app.stage_names().await.len(), 7);
    app.shot("02-playbook-stages").await;

    // An empty stage name shows an error next to the field and saves nothing.
    app.type_into("[data-testid='new-stage-name']", "   ").await;
    app.click("[data-testid='add-stage']").await;
    let error = app.text("[data-testid='new-stage-name-error']").await;
    assert!(error.contains("cannot be empty"), "{error}");
    assert_eq!(app.stage_names().await.len(), 7);
    app.shot("03-empty-stage-name").await;

    // Create a stage after the selected first one and fill every field.
    app.type_into("[data-testid='new-stage-name']", "Site visit")
        .await;
    app.click("[data-testid='add-stage']").await;
    app.wait_for(
        |a| Box::pin(async move { a.stage_names().await.len() == 8 }),
        "the new stage",
    )
    .await;
    assert_eq!(app.stage_names().await[1], "Site visit");
    assert_eq!(app.value("[data-testid='stage-name']").await, "Site visit");
    for (field, text) in [
        ("stage-purpose", "See the space and measure it."),
        ("stage-entry", "Qualified; visit agreed."),
        ("stage-days", "12"),
        (
            "stage-activities",
            "Walk the floor with the decision maker.",
        ),
        ("stage-scripts", "<b>x</b>"),
        ("stage-materials", "Laser measure, samples – € 0"),
    ] {
        app.type_into(&format!("[data-testid='{field}']"), text)
            .await;
    }
    app.settle("[data-testid='stage-materials']").await;
    app.click("[data-testid='add-exit-criterion']").await;
    app.type_into("[data-testid='exit-criterion']", "Measurements taken")
        .await;
    app.settle("[data-testid='exit-criterion']").await;

    // A bad number of days is refused next to its field; the stored value stays.
    app.type_into("[data-testid='stage-days']", "-3").await;
    app.c()
        .find(Locator::Css("[data-testid='stage-days']"))
        .await
        .unwrap()
        .send_keys(&TAB.to_string())
        .await
        .unwrap();
    let error = app.text("[data-testid='stage-days-error']").await;
    assert!(error.contains("cannot be negative"), "{error}");
    app.shot("04-stage-days-error").await;
    app.type_into("[data-testid='stage-days']", "12").await;
    app.settle("[data-testid='stage-days']").await;
    assert!(!app.exists("[data-testid='stage-days-error']").await);

    // Clearing the name shows an error and does not save the empty name.
    app.type_into("[data-testid='stage-name']", "").await;
    app.c()
        .find(Locator::Css("[data-testid='stage-name']"))
        .await
        .unwrap()
        .send_keys(&TAB.to_string())
        .await
        .unwrap();
    let error = app.text("[data-testid='stage-name-error']").await;
    assert!(error.contains("cannot be empty"), "{error}");
    app.type_into("[data-testid='stage-name']", "Site visit")
        .await;
    app.settle("[data-testid='stage-name']").await;
    app.shot("05-stage-filled").await;

    // Reorder: with the button, then with the keyboard.
    app.click("[data-testid='move-up']").await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.stage_names().await.first().map(String::as_str) == Some("Site visit")
            })
        },
        "Site visit first",
    )
    .await;
    let items = app
        .c()
        .find_all(Locator::Css("[data-testid='stage-item']"))
        .await
        .unwrap();
    items[2].click().await.unwrap(); // Suspect
    items[2]
        .send_keys(&format!("{ALT}{ARROW_UP}{RELEASE}"))
        .await
        .unwrap();
    app.wait_for(
        |a| {
            Box::pin(
                async move { a.stage_names().await.get(1).map(String::as_str) == Some("Suspect") },
            )
        },
        "Suspect second",
    )
    .await;

    // HTML typed as a name is shown as text.
    app.type_into("[data-testid='new-stage-name']", "<b>x</b>")
        .await;
    app.click("[data-testid='add-stage']").await;
    app.wait_for(
        |a| Box::pin(async move { a.stage_names().await.len() == 9 }),
        "the <b>x</b> stage",
    )
    .await;
    assert!(app.stage_names().await.contains(&"<b>x</b>".to_string()));
    assert_eq!(
        app.count("[data-testid='stage-list'] b").await,
        0,
        "markup was rendered"
    );
    app.shot("06-html-as-text").await;

    // The smallest supported window: nothing overflows sideways.
    app.c().set_window_size(1024, 700).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let fits = app
        .c()
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits, json!(true), "the page is wider than a 1024 px window");
    app.shot("06b-stages-1024x700").await;
    app.c().set_window_size(1280, 800).await.unwrap();

    let order = app.stage_names().await;
    // The new stage went in after the selected one (Suspect).
    assert_eq!(&order[..4], ["Site visit", "Suspect", "<b>x</b>", "Lead"]);

    // Visit every tab and module, with a screenshot of each.
    for tab in [
        "qualification",
        "profile",
        "objections",
        "competitors",
        "kpis",
        "training",
        "versions",
    ] {
        app.click(&format!("[data-testid='tab-{tab}']")).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        app.shot(&format!("07-playbook-{tab}")).await;
    }
    app.type_into("[data-testid='change-note']", "First edition")
        .await;
    app.click("[data-testid='publish']").await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.text("[data-testid='version-list']")
                    .await
                    .contains("Version 1")
            })
        },
        "version 1",
    )
    .await;
    app.shot("08-playbook-versions-published").await;
    app.click("[data-testid='nav-playbook']").await;

    // Export the manual from the UI; the file is a PDF with the new stage.
    app.click("[data-testid='export-manual']").await;
    let message = app.text("[data-testid='export-result']").await;
    let pdf = exports.path().join("Sales manual.pdf");
    assert!(message.contains(pdf.to_str().unwrap()), "{message}");
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Site visit") && text.contains("Café Müller"),
        "{text}"
    );
    assert!(text.contains("<b>x</b>"));
    app.shot("10-exported").await;
    app.quit().await;

    // Restart on the same data directory: everything is still there.
    let app = App::launch(data.path(), exports.path()).await;
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    assert_eq!(app.stage_names().await, order);
    app.click("[data-testid='stage-item']").await; // Site visit
    assert_eq!(app.value("[data-testid='stage-name']").await, "Site visit");
    assert_eq!(
        app.value("[data-testid='stage-purpose']").await,
        "See the space and measure it."
    );
    assert_eq!(
        app.value("[data-testid='stage-entry']").await,
        "Qualified; visit agreed."
    );
    assert_eq!(app.value("[data-testid='stage-days']").await, "12");
    assert_eq!(
        app.value("[data-testid='stage-activities']").await,
        "Walk the floor with the decision maker."
    );
    assert_eq!(app.value("[data-testid='stage-scripts']").await, "<b>x</b>");
    assert_eq!(
        app.value("[data-testid='stage-materials']").await,
        "Laser measure, samples – € 0"
    );
    assert_eq!(
        app.value("[data-testid='exit-criterion']").await,
        "Measurements taken"
    );
    app.shot("11-after-restart").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_is_not_a_workspace_is_reported_and_left_untouched() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let file = data.path().join("workspace.salesdesk");
    let content = b"This is a shopping list, not a database.\n".repeat(40);
    std::fs::write(&file, &content).unwrap();

    let app = App::launch(data.path(), exports.path()).await;
    let message = app.text("[data-testid='workspace-problem-message']").await;
    assert!(
        message.contains("is not a Salesdesk workspace"),
        "{message}"
    );
    assert!(message.contains("not an SQLite database"), "{message}");
    assert!(
        app.text("[data-testid='workspace-problem']")
            .await
            .contains("Open another file")
    );
    app.shot("12-workspace-problem").await;
    app.quit().await;
    assert_eq!(
        std::fs::read(&file).unwrap(),
        content,
        "the bad file was changed"
    );
    // Only the app's log folder appears beside it: no lock, no backup.
    let names: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name != "logs")
        .collect();
    assert_eq!(names.len(), 1, "files were created beside it: {names:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn dark_mode_follows_the_desktop_theme() {
    let _one = ONE_AT_A_TIME.lock().await;
    let (app, _data, _exports) = launch_demo(&[("GTK_THEME", "Adwaita:dark")]).await;
    // The demo's "You are" is its manager: the app opens on the start screen.
    app.wait_css("[data-testid='home-team-chart']").await;
    let background = app
        .c()
        .execute(
            "return getComputedStyle(document.body).backgroundColor;",
            vec![],
        )
        .await
        .unwrap();
    // The dark theme's --bg is #14181e.
    assert_eq!(background, json!("rgb(20, 24, 30)"));
    app.shot("14-dark-mode").await;
    app.quit().await;
}

/// Salesdesk's own Linux setting (no GPU compositing: see
/// salesdesk_app::use_webview_defaults), which the other tests turn back
/// on for their screenshots: every screen still opens and shows its data.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_shows_without_gpu_compositing() {
    let (app, _data, _exports) = launch_demo(&[("WEBKIT_DISABLE_COMPOSITING_MODE", "1")]).await;
    app.wait_css("[data-testid='home-team-chart']").await;
    // The first screen is drawn in the bundled font (ui/src/fonts.css):
    // its Latin face loaded by the time the page says it is ready, and the
    // Latin Extended one left unloaded, since nothing on this screen needs
    // it (the demo's names are all Latin-1: "Müller & Peña"); none failed.
    let fonts = app
        .c()
        .execute(
            "return { family: getComputedStyle(document.body).fontFamily,
                      faces: [...document.fonts].filter((f) => f.family.replace(/\"/g, '') === 'Inter')
                                                 .map((f) => f.status),
                      drawn: document.fonts.check('600 15px Inter', 'Good to see you') };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        fonts,
        json!({ "family": "Inter, sans-serif", "faces": ["loaded", "unloaded"], "drawn": true })
    );
    for (module, heading, content) in [
        ("hiring", "Hiring", "[data-testid='open-candidate']"),
        ("plans", "Business plans", "[data-testid='open-plan']"),
        (
            "accounts",
            "Account plans",
            "[data-testid='account-plan-item']",
        ),
        ("reviews", "Quarterly reviews", "main select"),
        ("data", "Data & backups", "[data-testid='back-up-now']"),
        ("playbook", "Sales playbook", "[data-testid='stage-item']"),
        (
            "home",
            "Good to see you, Jonas Müller",
            "[data-testid='home-reviews']",
        ),
    ] {
        app.click(&format!("[data-testid='nav-{module}']")).await;
        app.wait_css(content).await;
        assert_eq!(app.text("main h1").await, heading, "{module}");
    }
    app.quit().await;
}

/// Within `scope`, the element for `css`.
async fn inside(scope: &fantoccini::elements::Element, css: &str) -> fantoccini::elements::Element {
    scope.find(Locator::Css(css)).await.unwrap()
}

async fn scorecard(app: &App, interviewer: &str) -> fantoccini::elements::Element {
    let css = format!("[data-testid='scorecard'][data-interviewer='{interviewer}']");
    app.wait_css(&css).await;
    app.c().find(Locator::Css(&css)).await.unwrap()
}

/// Fills and submits the open draft scorecard of `interviewer`.
async fn score(app: &App, interviewer: &str, ratings: &[&str], recommendation: &str) {
    let card = scorecard(app, interviewer).await;
    let rows = card
        .find_all(Locator::Css("[data-testid='rating-row']"))
        .await
        .unwrap();
    for (row, rating) in rows.iter().zip(ratings) {
        inside(row, &format!("[data-testid='rate-{rating}']"))
            .await
            .click()
            .await
            .unwrap();
    }
    inside(&card, "[data-testid='recommendation']")
        .await
        .select_by_label(recommendation)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    inside(&card, "[data-testid='submit-scorecard']")
        .await
        .click()
        .await
        .unwrap();
    let css = format!("[data-testid='scorecard'][data-interviewer='{interviewer}'] .badge");
    app.wait_for(
        move |a| {
            let css = css.clone();
            Box::pin(async move { a.exists(&css).await && a.text(&css).await.contains("locked") })
        },
        "the scorecard to lock",
    )
    .await;
}

async fn start_scorecard(app: &App, interviewer: &str) {
    app.select("[data-testid='new-scorecard-interviewer']", interviewer)
        .await;
    app.click("[data-testid='new-scorecard']").await;
    scorecard(app, interviewer).await;
}

async fn comparison_cell(app: &App, css: &str) -> String {
    app.text(&format!(
        "[data-testid='comparison-row'] [data-testid='{css}']"
    ))
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn hiring_scores_two_interviews_and_exports_the_kit() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let app = App::launch(data.path(), exports.path()).await;
    app.type_into("[data-testid='company-name-input']", "Hansen & Søn")
        .await;
    app.click("[data-testid='start-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;

    // The team: two interviewers.
    app.click("[data-testid='nav-hiring']").await;
    app.click("[data-testid='tab-team']").await;
    for (name, role) in [("Mara Manager", "Manager"), ("Otto Owner", "Owner")] {
        app.type_into("[data-testid='new-person']", name).await;
        app.select("[data-testid='new-person-role']", role).await;
        app.click("[data-testid='add-person']").await;
        let name = name.to_string();
        app.wait_for(
            move |a| {
                let name = name.clone();
                Box::pin(async move {
                    let mut names = Vec::new();
                    for row in a
                        .c()
                        .find_all(Locator::Css("[data-testid='person-row'] input"))
                        .await
                        .unwrap()
                    {
                        names.push(row.prop("value").await.unwrap().unwrap_or_default());
                    }
                    names.contains(&name)
                })
            },
            "the new person",
        )
        .await;
    }
    app.select("[data-testid='current-user']", "Mara Manager")
        .await;
    app.shot("20-hiring-team").await;

    // A role with two attributes of different weights.
    app.click("[data-testid='tab-roles']").await;
    app.type_into("[data-testid='new-role']", "Account Executive")
        .await;
    app.click("[data-testid='add-role']").await;
    app.type_into(
        "[data-testid='role-responsibilities']",
        "Win and grow accounts.",
    )
    .await;
    app.click("[data-testid='add-attribute-skill']").await;
    app.wait_for(
        |a| Box::pin(async move { a.count("[data-testid='attribute-row']").await == 1 }),
        "the skill",
    )
    .await;
    app.click("[data-testid='add-attribute-attitude']").await;
    app.wait_for(
        |a| Box::pin(async move { a.count("[data-testid='attribute-row']").await == 2 }),
        "the attitude",
    )
    .await;
    let rows = app
        .c()
        .find_all(Locator::Css("[data-testid='attribute-row']"))
        .await
        .unwrap();
    for (row, (name, detail, weight)) in rows.iter().zip([
        ("Qualifying", "Who decides, and by when?", "3"),
        (
            "Follow-up",
            "Tell me about a follow-up that won a deal.",
            "1",
        ),
    ]) {
        for (css, text) in [
            ("attribute-name", name),
            ("attribute-detail", detail),
            ("attribute-weight", weight),
        ] {
            let field = inside(row, &format!("[data-testid='{css}']")).await;
            field.clear().await.unwrap();
            field.send_keys(text).await.unwrap();
        }
    }
    // A zero weight is refused next to the attribute.
    let weight = inside(&rows[1], "[data-testid='attribute-weight']").await;
    weight.clear().await.unwrap();
    weight.send_keys("0").await.unwrap();
    weight.send_keys(&TAB.to_string()).await.unwrap();
    let error = app.text("[data-testid='attribute-error']").await;
    assert!(error.contains("more than zero"), "{error}");
    weight.clear().await.unwrap();
    weight.send_keys("1").await.unwrap();
    app.settle("[data-testid='role-responsibilities']").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(!app.exists("[data-testid='attribute-error']").await);
    app.shot("21-hiring-role").await;

    // A candidate, scored differently by two interviewers.
    app.type_into("[data-testid='new-candidate']", "Zoë Quinn")
        .await;
    app.click("[data-testid='add-candidate']").await;
    app.wait_css("[data-testid='candidate-panel']").await;
    start_scorecard(&app, "Mara Manager").await;
    score(&app, "Mara Manager", &["4", "3"], "Strong yes").await;
    start_scorecard(&app, "Otto Owner").await;
    score(&app, "Otto Owner", &["2", "N/A"], "No").await;

    // (3·4 + 1·3 + 3·2) / (3 + 1 + 3) = 3.00; Qualifying is 2 points apart.
    app.wait_for(
        |a| Box::pin(async move { comparison_cell(a, "weighted-score").await == "3.00" }),
        "score 3.00",
    )
    .await;
    let flags = comparison_cell(&app, "flags").await;
    assert!(flags.contains("Disagreement: Qualifying"), "{flags}");
    assert!(flags.contains("1 not assessed"), "{flags}");
    app.shot("22-hiring-comparison").await;

    // A correction to a submitted scorecard is an amendment with a reason.
    let card = scorecard(&app, "Otto Owner").await;
    let rows = card
        .find_all(Locator::Css("[data-testid='rating-row']"))
        .await
        .unwrap();
    inside(&rows[1], "[data-testid='amend']")
        .await
        .click()
        .await
        .unwrap();
    let card = scorecard(&app, "Otto Owner").await;
    inside(&card, "[data-testid='amend-rating']")
        .await
        .select_by_label("2 No")
        .await
        .unwrap();
    inside(&card, "[data-testid='amend-reason']")
        .await
        .send_keys("Called back: weak follow-up.")
        .await
        .unwrap();
    inside(&card, "[data-testid='amend-save']")
        .await
        .click()
        .await
        .unwrap();
    // (21 + 1·2) / 8 = 2.875
    app.wait_for(
        |a| Box::pin(async move { comparison_cell(a, "weighted-score").await == "2.88" }),
        "score 2.88",
    )
    .await;
    let card_text = scorecard(&app, "Otto Owner").await.text().await.unwrap();
    assert!(
        card_text.contains("Called back: weak follow-up.") && card_text.contains("by Mara Manager"),
        "{card_text}"
    );
    app.shot("23-hiring-amended").await;

    // The interview kit, with its questions.
    app.click("[data-testid='export-kit']").await;
    let notice = app.text("[data-testid='role-notice']").await;
    assert!(notice.contains("Interview kit saved to"), "{notice}");
    let kit = exports.path().join("Interview kit - Account Executive.pdf");
    let text = pdftotext(&kit);
    assert!(text.contains("Who decides, and by when?"), "{text}");
    assert!(
        text.contains("Tell me about a follow-up that won a deal."),
        "{text}"
    );
    app.quit().await;
}

async fn choose_user(app: &App, name: &str) {
    app.select("[data-testid='current-user']", name).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn wait_status(app: &App, status: &str) {
    let status = status.to_string();
    let label = status.clone();
    app.wait_for(
        move |a| {
            let status = status.clone();
            Box::pin(async move {
                a.text("[data-testid='plan-status']")
                    .await
                    .starts_with(&status)
            })
        },
        &label,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_plan_is_returned_approved_and_measured_against_imported_actuals() {
    use chrono::Datelike;
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    // A company with a rep and a manager; the rep is using the app.
    seed(
        data.path(),
        salesdesk_core::playbook::PlaybookTemplate::Starter,
        &[
            ("Rita Rep", salesdesk_core::team::PersonRole::Rep),
            ("Max Manager", salesdesk_core::team::PersonRole::Manager),
        ],
    );
    // The CSV the "open" dialog returns: two sales this month, European format.
    let today = chrono::Local::now().date_naive();
    let csv = data.path().join("actuals.csv");
    let date = today.format("%d.%m.%Y");
    std::fs::write(&csv, format!("Datum;Kunde;Produkt;Betrag\n{date};Café Müller;Chairs;\"3.000,00\"\n{date};Café Müller;Chairs;\"2.500,00\"\n")).unwrap();

    let app = App::launch_with(
        data.path(),
        exports.path(),
        &[("SALESDESK_OPEN_FILE", csv.to_str().unwrap())],
    )
    .await;
    app.click("[data-testid='nav-plans']").await;
    app.select("[data-testid='new-plan-rep']", "Rita Rep").await;
    app.click("[data-testid='create-plan']").await;
    wait_status(&app, "Draft").await;

    // The rep writes the plan: a quota and a forecast row.
    app.click("[data-testid='plan-tab-plan']").await;
    let cells = app
        .c()
        .find_all(Locator::Css("[data-testid='grid-months-cell']"))
        .await
        .unwrap();
    cells[0].click().await.unwrap();
    cells[0].send_keys("10000\u{E007}").await.unwrap();
    app.click("[data-testid='add-forecast-row']").await;
    let labels = app
        .c()
        .find_all(Locator::Css("[data-testid='grid-forecast-label']"))
        .await
        .unwrap();
    labels[0].send_keys("Café Müller\u{E004}").await.unwrap();
    labels[1].send_keys("Chairs\u{E004}").await.unwrap();
    let cell = app
        .c()
        .find(Locator::Css("[data-testid='grid-forecast-cell']"))
        .await
        .unwrap();
    cell.click().await.unwrap();
    cell.send_keys("8.000\u{E007}").await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.wait_css("[data-testid='save-status'][data-state='saved']")
        .await;
    assert_eq!(
        app.text("[data-testid='grid-forecast-total']")
            .await
            .replace([',', '.', '\u{a0}', ' '], ""),
        "8000"
    );
    app.shot("30-plan-editor").await;
    app.click("[data-testid='submit-plan']").await;
    wait_status(&app, "Submitted").await;

    // The manager returns it with a comment, then approves it.
    choose_user(&app, "Max Manager").await;
    app.click("[data-testid='return-plan']").await;
    app.type_into(
        "[data-testid='return-comment']",
        "Add the Stadtwerke tender.",
    )
    .await;
    app.click("[data-testid='return-confirm']").await;
    wait_status(&app, "Returned").await;
    assert!(
        app.text("[data-testid='return-note']")
            .await
            .contains("Add the Stadtwerke tender.")
    );
    app.shot("31-plan-returned").await;
    choose_user(&app, "Rita Rep").await;
    app.click("[data-testid='submit-plan']").await;
    wait_status(&app, "Submitted").await;
    choose_user(&app, "Max Manager").await;
    app.click("[data-testid='approve-plan']").await;
    wait_status(&app, "Approved").await;

    // Actuals from CSV: checked row by row, then imported.
    app.click("[data-testid='plan-tab-actuals']").await;
    app.click("[data-testid='choose-csv']").await;
    app.click("[data-testid='preview-import']").await;
    let report = app.text("[data-testid='import-report']").await;
    assert!(report.contains("Ready: 2 new row(s)"), "{report}");
    app.click("[data-testid='run-import']").await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.text("[data-testid='import-report']")
                    .await
                    .contains("Imported 2 row(s)")
            })
        },
        "the import",
    )
    .await;
    app.shot("32-plan-actuals").await;

    // The dashboard: 5,500 against this month's whole quota (the plan
    // starts this month), and the month's pace beside it.
    app.click("[data-testid='plan-tab-dashboard']").await;
    let days = {
        let next = if today.month() == 12 {
            chrono::NaiveDate::from_ymd_opt(today.year() + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(today.year(), today.month() + 1, 1)
        }
        .unwrap();
        (next - today.with_day(1).unwrap()).num_days() as f64
    };
    let shown = app.text("[data-testid='figure-attainment']").await;
    assert!(shown.contains("55 %"), "expected 55 % in {shown:?}");
    // Written in the workspace's number style, on screen as in the PDF.
    let expected = salesdesk_core::print::NumberFormat::default().number(
        5_500.0 / (10_000.0 * f64::from(today.day()) / days) * 100.0,
        0,
    );
    let pace = app.text("[data-testid='figure-pace']").await;
    assert!(
        pace.contains(&format!("on track for {expected} %")),
        "expected {expected} % in {pace:?}"
    );
    app.shot("33-plan-dashboard").await;

    // The plan as PDF.
    app.click("[data-testid='export-plan']").await;
    assert!(
        app.text("[data-testid='plan-notice']")
            .await
            .contains("Business plan saved to")
    );
    let pdf = the_only_file(exports.path());
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Rita Rep") && text.contains(&format!("{expected} %")),
        "{text}"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_plan_with_steps_is_copied_forward_and_the_overdue_step_marked() {
    use chrono::Datelike;
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    seed(
        data.path(),
        salesdesk_core::playbook::PlaybookTemplate::Blank,
        &[("Rita Rep", salesdesk_core::team::PersonRole::Rep)],
    );
    let app = App::launch(data.path(), exports.path()).await;
    // Every command the page sends from here on is logged (lib/api.ts), so
    // the test can tell that opening one plan does not ask for the whole
    // team's plans.
    app.c()
        .execute("window.__salesdeskSent = []; return true;", vec![])
        .await
        .unwrap();
    app.click("[data-testid='nav-accounts']").await;
    app.select("[data-testid='new-plan-account']", "A new account…")
        .await;
    app.type_into("[data-testid='new-account-name']", "Señor Café <b>")
        .await;
    app.click("[data-testid='create-account-plan']").await;
    app.wait_css("[data-testid='account-plan-editor']").await;
    app.wait_css("[data-testid='ap-target']").await;
    let sent = app
        .c()
        .execute("return window.__salesdeskSent;", vec![])
        .await
        .unwrap();
    let sent = sent.as_array().unwrap();
    assert!(
        sent.iter().any(|c| c["cmd"] == "get_account_plan"),
        "the editor loads its plan: {sent:?}"
    );
    let whole_team: Vec<_> = sent
        .iter()
        .filter(|c| c["cmd"] == "list_account_plans" && c["args"]["repId"].is_null())
        .collect();
    assert!(
        whole_team.is_empty(),
        "a single-record screen asked for the whole team's plans: {whole_team:?}"
    );

    app.click("[data-testid='add-contact']").await;
    app.type_into("[data-testid='contact-name']", "Petra Hoffmann")
        .await;
    app.type_into("[data-testid='ap-strategy']", "Win the second café.")
        .await;
    app.type_into("[data-testid='ap-target']", "25000").await;
    // Five steps; the first was due before this quarter began.
    let today = chrono::Local::now().date_naive();
    let quarter_start =
        chrono::NaiveDate::from_ymd_opt(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).unwrap();
    let overdue = (quarter_start - chrono::Days::new(10))
        .format("%Y-%m-%d")
        .to_string();
    for i in 0..5 {
        app.click("[data-testid='add-step']").await;
        let actions = app
            .c()
            .find_all(Locator::Css("[data-testid='ap-step-action']"))
            .await
            .unwrap();
        actions[i]
            .send_keys(
                [
                    "Call the owner",
                    "Send the proposal",
                    "Visit",
                    "Demo",
                    "Close",
                ][i],
            )
            .await
            .unwrap();
    }
    let dues = app
        .c()
        .find_all(Locator::Css("[data-testid='ap-step-due']"))
        .await
        .unwrap();
    app.c()
        .execute(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
            vec![serde_json::to_value(&dues[0]).unwrap(), json!(overdue)],
        )
        .await
        .unwrap();
    app.settle("[data-testid='ap-target']").await;
    // A sixth step is refused with a clear message.
    app.click("[data-testid='add-step']").await;
    let error = app.text("[data-testid='steps-error']").await;
    assert!(error.contains("at most 5 steps"), "{error}");
    assert_eq!(app.count("[data-testid='ap-step']").await, 5);
    assert_eq!(app.count("[data-testid='ap-step'].overdue").await, 1);
    app.shot("40-account-plan").await;

    // The PDF has the account and its steps; the name is text, not markup.
    app.click("[data-testid='export-account-plan']").await;
    assert!(
        app.text("[data-testid='account-plan-notice']")
            .await
            .contains("saved to")
    );
    let pdf = the_only_file(exports.path());
    let text = pdftotext(&pdf);
    for needle in [
        "Señor Café <b>",
        "Call the owner",
        "Send the proposal",
        "Petra Hoffmann",
        "25,000",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }

    // Copy forward: the next quarter's plan carries the unfinished steps.
    app.click("[data-testid='copy-forward']").await;
    let this_quarter = format!("{}Q{}", today.year(), (today.month() - 1) / 3 + 1);
    let waiting_for = this_quarter.clone();
    app.wait_for(
        move |a| {
            let this_quarter = waiting_for.clone();
            Box::pin(async move {
                !a.text("[data-testid='account-plan-editor'] h2")
                    .await
                    .ends_with(&this_quarter)
            })
        },
        "the next quarter's plan",
    )
    .await;
    assert_eq!(app.count("[data-testid='ap-step']").await, 5);

    // Next steps: soonest first, the overdue one marked.
    app.click("[data-testid='accounts-tab-steps']").await;
    app.wait_css("[data-testid='next-step']").await;
    let rows = app
        .c()
        .find_all(Locator::Css("[data-testid='next-step']"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 5, "each step once, not once per quarter");
    assert!(rows[0].text().await.unwrap().contains("Call the owner"));
    assert!(rows[0].text().await.unwrap().contains("Overdue"));
    assert_eq!(app.count("[data-testid='overdue']").await, 1);
    assert_eq!(
        app.text("[data-testid='next-steps-count']").await,
        "5 open steps, 1 overdue"
    );
    assert!(
        !app.exists("[data-testid='next-steps-more']").await,
        "every step is shown: nothing more to ask for"
    );
    app.shot("41-next-steps").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_review_is_held_agreed_locked_and_printed_in_the_packet() {
    let _one = ONE_AT_A_TIME.lock().await;
    let (app, _data, exports) = launch_demo(&[]).await;
    app.click("[data-testid='nav-reviews']").await;
    app.select("[data-testid='review-rep']", "Sofia Rossi")
        .await;
    // The quarter picker offers the library's quarters around today.
    app.select("[data-testid='review-quarter']", "2026Q4").await;
    app.wait_css("[data-testid='review-figures']").await;
    // The second figure on screen: quota attainment, plan to date.
    let figures = app
        .c()
        .find_all(Locator::Css("[data-testid='review-figures'] strong"))
        .await
        .unwrap();
    let plan_to_date = figures[1].text().await.unwrap();
    assert!(plan_to_date.ends_with('%'), "{plan_to_date}");

    for (field, text) in [
        ("review-rep-input", "Two proposals wait for a decision."),
        ("review-strengths", "Site visits that win trust."),
        ("review-development", "Ask for the order sooner."),
        ("review-commitments", "Close Stadtwerke Bonn by February."),
    ] {
        app.type_into(&format!("[data-testid='{field}']"), text)
            .await;
    }
    app.settle("[data-testid='review-commitments']").await;
    app.click("[data-testid='hold-review']").await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.text("[data-testid='review-status']")
                    .await
                    .starts_with("Held")
            })
        },
        "held",
    )
    .await;
    app.click("[data-testid='agree-review']").await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.text("[data-testid='review-status']")
                    .await
                    .starts_with("Agreed")
            })
        },
        "agreed",
    )
    .await;
    // Locked: the fields no longer take input; a note is kept instead.
    let disabled = app
        .c()
        .execute("return document.querySelector(\"[data-testid='review-strengths']\").closest('fieldset').disabled;", vec![])
        .await
        .unwrap();
    assert_eq!(disabled, json!(true));
    app.type_into(
        "[data-testid='review-note']",
        "Stadtwerke moved the decision to March.",
    )
    .await;
    app.click("[data-testid='add-review-note']").await;
    app.wait_for(
        |a| Box::pin(async move { a.exists(".note").await }),
        "the note",
    )
    .await;
    app.shot("50-review-agreed").await;

    app.click("[data-testid='export-packet']").await;
    assert!(
        app.text("[data-testid='review-notice']")
            .await
            .contains("Packet saved to")
    );
    let pdf = the_only_file(exports.path());
    let text = pdftotext(&pdf);
    for needle in [
        "Sofia Rossi",
        "Close Stadtwerke Bonn by February.",
        "Agreed on",
        "Stadtwerke moved the decision to March.",
        "Signature:",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from the packet");
    }
    // The figures on screen are the figures in print.
    assert!(
        text.contains(&plan_to_date),
        "{plan_to_date:?} not in the packet"
    );
    app.quit().await;
}

/// Renames the stage selected in the playbook and waits for the save.
async fn rename_selected_stage(app: &App, name: &str) {
    app.type_into("[data-testid='stage-name']", name).await;
    app.settle("[data-testid='stage-name']").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn backups_restore_and_json_export_import_from_the_app() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    seed(
        data.path(),
        salesdesk_core::playbook::PlaybookTemplate::Starter,
        &[("Olga Owner", salesdesk_core::team::PersonRole::Owner)],
    );
    let json_file = exports.path().join("Salesdesk workspace.json");
    let app = App::launch_with(
        data.path(),
        exports.path(),
        &[("SALESDESK_OPEN_FILE", json_file.to_str().unwrap())],
    )
    .await;
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    let original = app.stage_names().await;

    // Opening took the daily backup; take one by hand.
    app.click("[data-testid='nav-data']").await;
    app.wait_css("[data-testid='backup-row']").await;
    assert_eq!(app.count("[data-testid='backup-row']").await, 1);
    app.click("[data-testid='back-up-now']").await;
    app.wait_for(
        |a| Box::pin(async move { a.count("[data-testid='backup-row']").await == 2 }),
        "the new backup",
    )
    .await;
    assert!(
        app.text("[data-testid='data-message']")
            .await
            .starts_with("Backed up")
    );
    let log_file = app.text("[data-testid='about-log']").await;
    assert_eq!(
        PathBuf::from(&log_file),
        salesdesk_core::paths::log_file(data.path())
    );
    let log = std::fs::read_to_string(&log_file).unwrap();
    assert!(
        log.contains("started") && log.contains("backup taken"),
        "{log}"
    );
    app.shot("30-data-and-backups").await;

    // Export as JSON, then change a stage.
    app.click("[data-testid='export-json']").await;
    let message = app.text("[data-testid='data-message']").await;
    assert!(message.contains("Exported to"), "{message}");
    assert!(json_file.exists());

    app.click("[data-testid='nav-playbook']").await;
    rename_selected_stage(&app, "Renamed after the backup").await;
    assert_ne!(app.stage_names().await, original);

    // Restore the backup taken by hand (the newest, first in the list).
    app.click("[data-testid='nav-data']").await;
    app.click("[data-testid='backup-row'] [data-testid='restore']")
        .await;
    app.shot("31-confirm-restore").await;
    app.click("[data-testid='restore-confirm']").await;
    let message = app.text("[data-testid='data-message']").await;
    assert!(message.starts_with("Restored the backup"), "{message}");
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    assert_eq!(app.stage_names().await, original);

    // Change it again, then replace everything from the JSON export.
    rename_selected_stage(&app, "Renamed before the import").await;
    app.click("[data-testid='nav-data']").await;
    app.click("[data-testid='import-json']").await;
    app.click("[data-testid='import-json-confirm']").await;
    let message = app.text("[data-testid='data-message']").await;
    assert!(message.starts_with("Imported"), "{message}");
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    assert_eq!(app.stage_names().await, original);

    // A broken file changes nothing and says where the problem is.
    let mut broken: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_file).unwrap()).unwrap();
    broken["tables"]["stages"][0]["name"] = json!(7);
    std::fs::write(&json_file, broken.to_string()).unwrap();
    app.click("[data-testid='nav-data']").await;
    app.click("[data-testid='import-json']").await;
    app.click("[data-testid='import-json-confirm']").await;
    let problem = app.text("[data-testid='data-problem']").await;
    assert!(problem.contains("tables.stages[0].name"), "{problem}");
    // Daily, by hand, before the restore, before the good import: a refused
    // file needs no backup.
    assert_eq!(app.count("[data-testid='backup-row']").await, 4);
    app.shot("32-bad-import").await;
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    assert_eq!(app.stage_names().await, original);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_workspace_in_use_elsewhere_is_reported_and_opens_when_freed() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    seed(
        data.path(),
        salesdesk_core::playbook::PlaybookTemplate::Starter,
        &[("Olga Owner", salesdesk_core::team::PersonRole::Owner)],
    );
    // Another program holds the workspace (as the CLI would).
    let held =
        salesdesk_core::Workspace::open_existing(data.path().join("workspace.salesdesk")).unwrap();
    let app = App::launch(data.path(), exports.path()).await;
    let message = app.text("[data-testid='workspace-problem-message']").await;
    assert!(
        message.contains("is open in another Salesdesk"),
        "{message}"
    );
    app.shot("33-workspace-in-use").await;
    drop(held);
    app.click("[data-testid='try-again']").await;
    // "You are" is known: the app opens on the start screen.
    app.wait_css("[data-testid='home']").await;
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    app.quit().await;
}

/// A private D-Bus session bus, as a desktop session has, for the
/// single-instance test.
struct SessionBus(Child, String);

impl SessionBus {
    fn start() -> SessionBus {
        use std::io::BufRead;
        let mut child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("dbus-daemon (package dbus-daemon)");
        let mut address = String::new();
        std::io::BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut address)
            .unwrap();
        SessionBus(child, address.trim().to_string())
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn launch_directly(bus: &SessionBus, data: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_salesdesk"))
        .arg("--data-dir")
        .arg(data)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.1)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn wait_for_log(data: &Path, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let log =
            std::fs::read_to_string(salesdesk_core::paths::log_file(data)).unwrap_or_default();
        if log.contains(text) {
            return log;
        }
        assert!(
            Instant::now() < deadline,
            "the log never said {text:?}:\n{log}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_hands_over_to_the_first_window_and_exits() {
    let _one = ONE_AT_A_TIME.lock().await;
    let bus = SessionBus::start();
    let data = tempfile::tempdir().unwrap();
    let mut first = launch_directly(&bus, data.path());
    wait_for_log(data.path(), "opened workspace");

    let started = Instant::now();
    let mut second = launch_directly(&bus, data.path());
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the second launch kept running"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "{status:?}");
    wait_for_log(data.path(), "another launch asked for this window");
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first window closed"
    );

    // A different data folder (another company) opens a window of its own.
    let other = tempfile::tempdir().unwrap();
    let mut third = launch_directly(&bus, other.path());
    wait_for_log(other.path(), "opened workspace");
    assert!(third.try_wait().unwrap().is_none());
    for child in [&mut first, &mut third] {
        child.kill().unwrap();
        child.wait().unwrap();
    }
    // One process wrote the first workspace all along; it is whole.
    let ws =
        salesdesk_core::Workspace::open_existing(data.path().join("workspace.salesdesk")).unwrap();
    assert!(ws.integrity_ok().unwrap());
}

/// Markup and script a user might paste; it must stay text everywhere.
const PAYLOAD: &str = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>#";

/// Fields that are a form to fill before anything is made, not content.
const NOT_CONTENT: &[&str] = &["new-stage-name"];

/// Types the payload (numbered) into every visible text field in the main
/// area and leaves each field, so it is saved. Returns how many it filled.
async fn fill_every_text_field(app: &App, counter: &mut usize) -> usize {
    let found = app
        .c()
        .execute(
            "const skip = arguments[0];
             const fields = [...document.querySelectorAll('main input, main textarea')].filter((el) => {
               const type = (el.getAttribute('type') || 'text').toLowerCase();
               if (el.tagName === 'INPUT' && !['text', 'email', 'search', 'tel', 'url'].includes(type)) return false;
               if (el.inputMode === 'decimal' || el.inputMode === 'numeric') return false;
               if (el.disabled || el.readOnly || el.closest('fieldset:disabled')) return false;
               if (skip.includes(el.dataset.testid)) return false;
               const box = el.getBoundingClientRect();
               return box.width > 0 && box.height > 0;
             });
             document.querySelectorAll('[data-payload-target]').forEach((el) => el.removeAttribute('data-payload-target'));
             fields.forEach((el, i) => el.setAttribute('data-payload-target', String(i)));
             return fields.length;",
            vec![json!(NOT_CONTENT)],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap() as usize;
    let mut filled = 0;
    for i in 0..found {
        let css = format!("[data-payload-target='{i}']");
        let Ok(field) = app.c().find(Locator::Css(&css)).await else {
            continue; // re-rendered away by an earlier save
        };
        if field.click().await.is_err() || field.clear().await.is_err() {
            continue;
        }
        *counter += 1;
        field
            .send_keys(&format!("{PAYLOAD}{counter}{TAB}"))
            .await
            .unwrap();
        filled += 1;
    }
    // Every save has finished (saved, or refused next to its field).
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.wait_for(
        |a| {
            Box::pin(async move {
                !a.exists("[data-testid='save-status'][data-state='saving']")
                    .await
            })
        },
        "the saves",
    )
    .await;
    filled
}

/// Nothing the payload carries became markup or ran.
async fn assert_shown_as_text(app: &App, place: &str) {
    let injected = app
        .c()
        .execute(
            "return { imgs: document.querySelectorAll('img[src=\"x\"]').length,
                      scripts: document.querySelectorAll('body script').length,
                      ran: window.__xss === undefined ? null : window.__xss };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        injected,
        json!({"imgs": 0, "scripts": 0, "ran": null}),
        "markup from a field was rendered on {place}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn script_and_html_typed_into_every_text_field_stay_text_on_screen_and_in_pdfs() {
    let _one = ONE_AT_A_TIME.lock().await;
    let (app, _data, exports) = launch_demo(&[]).await;
    let mut counter = 0;
    let mut per_screen = Vec::new();

    // Each route: how to get there, and whether to visit each of its tabs.
    // The team comes last: renaming everyone changes which rep the other
    // screens pick first.
    let routes: &[(&str, &[&str], bool)] = &[
        ("playbook", &["[data-testid='nav-playbook']"], true),
        (
            "business plan",
            &["[data-testid='nav-plans']", "[data-testid='open-plan']"],
            true,
        ),
        (
            "account plan",
            &[
                "[data-testid='nav-accounts']",
                "[data-testid='account-plan-item']",
            ],
            false,
        ),
        ("review", &["[data-testid='nav-reviews']"], false),
        (
            "hiring: roles and candidates",
            &[
                "[data-testid='nav-hiring']",
                "[data-testid='tab-roles']",
                "[data-testid='open-candidate']",
            ],
            false,
        ),
    ];
    for (name, clicks, tabs) in routes {
        for css in *clicks {
            app.click(css).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let tab_count = if *tabs {
            app.count("main [role='tab']").await
        } else {
            0
        };
        let mut filled = fill_every_text_field(&app, &mut counter).await;
        for i in 0..tab_count {
            let css = format!("main [role='tab']:nth-of-type({})", i + 1);
            app.click(&css).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            filled += fill_every_text_field(&app, &mut counter).await;
            assert_shown_as_text(&app, name).await;
        }
        assert_shown_as_text(&app, name).await;
        per_screen.push((name.to_string(), filled));
    }
    app.shot("40-payloads-candidate").await;

    // What was saved is shown back as text: the playbook's stage list.
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;
    let page = app.text("main").await;
    assert!(
        page.contains("<img src=x onerror=window.__xss=1>"),
        "{page}"
    );
    assert_shown_as_text(&app, "the playbook after saving").await;
    app.shot("41-payloads-playbook").await;

    // And drawn as text in the PDFs: manual, business plan, account plans, packet.
    app.click("[data-testid='export-manual']").await;
    app.wait_css("[data-testid='export-result']").await;
    app.click("[data-testid='nav-plans']").await;
    app.click("[data-testid='open-plan']").await;
    app.click("[data-testid='export-plan']").await;
    app.click("[data-testid='nav-accounts']").await;
    app.click("[data-testid='export-account-plans']").await;
    app.wait_css("[data-testid='accounts-notice']").await;
    app.click("[data-testid='nav-reviews']").await;
    app.click("[data-testid='export-packet']").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let pdfs = loop {
        let pdfs: Vec<PathBuf> = std::fs::read_dir(exports.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
            .collect();
        if pdfs.len() >= 4 || Instant::now() > deadline {
            break pdfs;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(pdfs.len(), 4, "{pdfs:?}");
    for pdf in &pdfs {
        let text = pdftotext(pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains("onerror=window.__xss=1><script>window.__xss=2</script>#"),
            "{} does not show the payload as text",
            pdf.display()
        );
    }

    // Last, the team: every name, email and territory.
    app.click("[data-testid='nav-hiring']").await;
    app.click("[data-testid='tab-team']").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let filled = fill_every_text_field(&app, &mut counter).await;
    per_screen.push(("hiring: team".to_string(), filled));
    assert_shown_as_text(&app, "the team").await;
    app.click("[data-testid='nav-accounts']").await;
    assert_shown_as_text(&app, "account plans with renamed reps").await;
    app.shot("42-payloads-renamed-reps").await;

    // Values JavaScript can hold but JSON cannot carry: a lone surrogate
    // and NaN/Infinity (sent as null). Refused with a message; the app
    // goes on working.
    let answers = app
        .c()
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const invoke = window.__TAURI_INTERNALS__.invoke;
             const calls = [
               ['create_competitor', { name: 'lone \\ud800 surrogate'.replace('\\ud800', String.fromCharCode(0xd800)) }],
               ['set_company_name', { name: String.fromCharCode(0xdfff) }],
               ['set_actual', { cell: { repId: 'x', month: '2026-10', client: 'A', product: 'B', amount: NaN } }],
               ['set_actual', { cell: { repId: 'x', month: '2026-10', client: 'A', product: 'B', amount: -Infinity } }],
             ];
             (async () => {
               const out = [];
               for (const [cmd, args] of calls) {
                 try { await invoke(cmd, args); out.push('accepted'); }
                 catch (e) { out.push(typeof e === 'string' ? 'refused: ' + e : 'refused: ' + e.message); }
               }
               done(out);
             })();",
            vec![],
        )
        .await
        .unwrap();
    eprintln!("lone surrogates and NaN: {answers}");
    for answer in answers.as_array().unwrap() {
        let answer = answer.as_str().unwrap();
        assert!(
            answer.starts_with("refused: ") && answer.len() > 12,
            "{answer}"
        );
    }
    app.click("[data-testid='nav-playbook']").await;
    app.wait_css("[data-testid='stage-list']").await;

    eprintln!("payloads: {counter} fields filled: {per_screen:?}");
    assert!(
        counter >= 60,
        "only {counter} text fields were found: {per_screen:?}"
    );
    app.quit().await;
}

/// The first-run screen offers the example company in a workspace of its
/// own, dated around today, and the way back to one's own.
#[tokio::test(flavor = "multi_thread")]
async fn the_first_run_opens_the_example_company_apart_from_ones_own() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let app = App::launch(data.path(), exports.path()).await;
    app.wait_css("[data-testid='first-run']").await;
    app.shot("40-first-run-with-example").await;
    app.click("[data-testid='open-example']").await;
    app.wait_css("[data-testid='example-note']").await;
    assert_eq!(
        app.text("[data-testid='company-name']").await,
        salesdesk_core::demo::DEMO_COMPANY
    );
    // Dated around today: the demo's manager sees this quarter's reviews.
    let today = chrono::Local::now().date_naive();
    let quarter = salesdesk_core::accounts::Quarter::of(today).to_string();
    app.wait_css("[data-testid='home-reviews']").await;
    assert!(
        app.text("[data-testid='home-reviews']")
            .await
            .contains(&quarter)
    );
    app.shot("41-example-company").await;
    assert!(data.path().join("example-company.salesdesk").exists());

    app.click("[data-testid='leave-example']").await;
    app.wait_css("[data-testid='first-run']").await;
    app.quit().await;
    // The user's own workspace is still empty.
    let own =
        salesdesk_core::Workspace::open_existing(data.path().join("workspace.salesdesk")).unwrap();
    assert!(!own.playbook().get().unwrap().started);
}

/// What a person sees first, by who they are; the search box; undo of a
/// delete; the keyboard shortcuts of the menu.
#[tokio::test(flavor = "multi_thread")]
async fn start_screens_search_undo_and_shortcuts() {
    let _one = ONE_AT_A_TIME.lock().await;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    {
        let mut ws =
            salesdesk_core::Workspace::create(data.path().join("workspace.salesdesk")).unwrap();
        // Dated around today, so the rep has a plan and steps due.
        let today = chrono::Local::now().date_naive();
        salesdesk_core::demo::fill_demo(
            &mut ws,
            &salesdesk_core::demo::DemoCalendar::new(today).unwrap(),
        )
        .unwrap();
        let rep = ws
            .team()
            .people()
            .unwrap()
            .into_iter()
            .find(|p| p.name == "Aylin Demir")
            .unwrap();
        ws.team_mut().set_current_user(&rep.id).unwrap();
    }
    let app = App::launch(data.path(), exports.path()).await;

    // A rep: their plan's figures and chart, next steps, their review.
    app.wait_css("[data-testid='home'][data-role='rep'] [data-testid='quota-chart']")
        .await;
    assert!(
        app.text("[data-testid='home-attainment']")
            .await
            .ends_with('%')
    );
    assert!(app.exists("[data-testid='home-activities']").await);
    assert!(
        app.text("[data-testid='home-steps']")
            .await
            .contains("Next steps")
    );
    assert!(
        app.text("[data-testid='home-my-review']")
            .await
            .contains("My review")
    );
    // The sidebar's "You are" is drawn too before the picture is taken.
    app.wait_css("[data-testid='current-user']").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.shot("42-start-rep").await;

    // The manager: the team chart, plans waiting, this quarter's reviews.
    choose_user(&app, "Jonas Müller").await;
    app.wait_css("[data-testid='home'][data-role='manager'] [data-testid='home-team-chart']")
        .await;
    assert!(
        app.text("[data-testid='home-reviews']")
            .await
            .contains("Aylin Demir")
    );
    assert!(app.exists("[data-testid='home-waiting']").await);
    assert!(!app.exists("[data-testid='home-playbook']").await);
    app.shot("43-start-manager").await;

    // The owner: that, and the playbook's state.
    choose_user(&app, "Lucía Peña").await;
    app.wait_css("[data-testid='home'][data-role='owner'] [data-testid='home-playbook']")
        .await;
    assert!(
        app.text("[data-testid='home-playbook']")
            .await
            .contains("version 1")
    );
    app.shot("44-start-owner").await;

    // Ctrl+K: the search box; words in any order, parts of words; Enter opens.
    let nav = app
        .c()
        .find(Locator::Css("[data-testid='nav-home']"))
        .await
        .unwrap();
    nav.send_keys(&format!("{CONTROL}k{RELEASE}"))
        .await
        .unwrap();
    app.wait_css("[data-testid='search-input']").await;
    let input = app
        .c()
        .find(Locator::Css("[data-testid='search-input']"))
        .await
        .unwrap();
    input.send_keys("wagner kanz").await.unwrap();
    app.wait_for(
        |a| {
            Box::pin(async move {
                a.count("[data-testid='search-hit'][data-kind='account_plan']")
                    .await
                    > 0
            })
        },
        "search results",
    )
    .await;
    app.shot("45-search").await;
    app.click("[data-testid='search-hit'][data-kind='account_plan']")
        .await;
    app.wait_css("[data-testid='ap-strategy']").await;
    assert_eq!(app.text("main h1").await, "Account plans");
    assert!(
        app.value("[data-testid='ap-strategy']")
            .await
            .contains("Kanzlei Wagner")
    );

    // Query syntax is text: nothing found, no error.
    nav.send_keys(&format!("{CONTROL}k{RELEASE}"))
        .await
        .unwrap();
    app.type_into("[data-testid='search-input']", "\"NEAR*( -x")
        .await;
    app.wait_css("[data-testid='search-none']").await;
    assert!(
        !app.exists("[data-testid='search-dialog'] [role='alert']")
            .await
    );
    let input = app
        .c()
        .find(Locator::Css("[data-testid='search-input']"))
        .await
        .unwrap();
    input.send_keys("\u{E00C}").await.unwrap(); // Escape
    app.wait_for(
        |a| Box::pin(async move { !a.exists("dialog[open][data-testid='search-dialog']").await }),
        "the search box to close",
    )
    .await;

    // Ctrl+2: the playbook. Delete a stage, then Ctrl+Z brings it back.
    let nav = app
        .c()
        .find(Locator::Css("[data-testid='nav-home']"))
        .await
        .unwrap();
    nav.send_keys(&format!("{CONTROL}2{RELEASE}"))
        .await
        .unwrap();
    app.wait_css("[data-testid='stage-list']").await;
    let before = app.stage_names().await;
    let items = app
        .c()
        .find_all(Locator::Css("[data-testid='stage-item']"))
        .await
        .unwrap();
    items[3].click().await.unwrap();
    app.click("[data-testid='delete-stage']").await;
    app.click("[data-testid='delete-stage-confirm']").await;
    app.wait_css("[data-testid='undo-button']").await;
    let notice = app.text("[data-testid='undo-notice']").await;
    assert!(
        notice.starts_with(&format!("Stage “{}” deleted.", before[3])),
        "{notice}"
    );
    assert_eq!(app.stage_names().await.len(), before.len() - 1);
    app.shot("46-undo-offered").await;
    let nav = app
        .c()
        .find(Locator::Css("[data-testid='nav-playbook']"))
        .await
        .unwrap();
    nav.send_keys(&format!("{CONTROL}z{RELEASE}"))
        .await
        .unwrap();
    app.wait_for(
        |a| Box::pin(async move { a.count("[data-testid='stage-item']").await == 8 }),
        "the stage to come back",
    )
    .await;
    assert_eq!(app.stage_names().await, before);
    assert!(
        app.text("[data-testid='undo-message']")
            .await
            .contains("is back")
    );
    app.shot("47-undone").await;

    // From here on every command the page sends is logged (lib/api.ts):
    // visiting every screen asks for the team once at most.
    app.c()
        .execute("window.__salesdeskSent = []; return true;", vec![])
        .await
        .unwrap();

    // By keyboard alone: from the sidebar, Tab reaches every screen's
    // controls, and the focused one is always outlined.
    for module in [
        "home", "playbook", "hiring", "plans", "accounts", "reviews", "data",
    ] {
        let nav = app
            .c()
            .find(Locator::Css(&format!("[data-testid='nav-{module}']")))
            .await
            .unwrap();
        nav.send_keys(&ENTER.to_string()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut in_main = 0;
        for step in 0..25 {
            let focused = app
                .c()
                .execute(
                    "const e = document.activeElement;
                     e.scrollIntoView({ block: 'nearest' });
                     const style = getComputedStyle(e);
                     return { inMain: !!e.closest('main'), outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
                              what: e.tagName + ' ' + (e.dataset.testid ?? e.getAttribute('aria-label') ?? e.textContent.slice(0, 30)) };",
                    vec![],
                )
                .await
                .unwrap();
            if step > 0 {
                assert_eq!(focused["outlined"], true, "{module}: {focused}");
            }
            if focused["inMain"] == true {
                in_main += 1;
            }
            let active = app.c().active_element().await.unwrap();
            active.send_keys(&TAB.to_string()).await.unwrap();
        }
        assert!(
            in_main >= 3,
            "{module}: Tab reached {in_main} control(s) of the screen"
        );
    }
    let sent = app
        .c()
        .execute(
            "return window.__salesdeskSent.filter((c) => c.cmd === 'get_team').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        sent,
        json!(0),
        "the team is asked for once per page, not per screen"
    );
    app.quit().await;
}
