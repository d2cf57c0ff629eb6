//! The app on tauri's mock runtime, shared by the adapter and fuzz tests
//! and the benchmark suite: build it on a data folder, call a command as
//! the webview would.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Mutex;

use serde_json::Value;
use tauri::Manager;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;

pub type Webview = tauri::WebviewWindow<MockRuntime>;

/// The real command set, with the workspace of `data_dir` open, and its
/// main window.
pub fn mock_app(data_dir: &Path) -> (tauri::App<MockRuntime>, Webview) {
    let app = salesdesk_app::build(mock_builder())
        .build(salesdesk_app::context())
        .unwrap();
    let state = salesdesk_app::AppState::open_in(data_dir.to_path_buf());
    app.manage(Mutex::new(state));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, webview)
}

/// Calls `cmd` with `args`: its answer, or its rejection.
pub fn invoke(webview: &Webview, cmd: &str, args: &Value) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args.clone()),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}
