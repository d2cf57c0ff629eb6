//! The application menu: File, Edit, View, Help, with the usual shortcuts.
//!
//! The menu is declared once, in [`MENU`]. Most entries are carried out by
//! the UI (it knows the screen on show): their ids go to the page over the
//! channel the page registers with `menu_events`, so the UI needs no event
//! permission. Quit and "show the data folder" are done here.
//!
//! Text editing (undo, cut, copy, paste, select all) is the webview's own:
//! on macOS and Windows the menu uses the system's items; on Linux, where
//! the toolkit offers none, the items ask the page, and the keys reach the
//! text fields directly (the menu does not take them).

use std::sync::Mutex;

use tauri::ipc::Channel;
use tauri::menu::{Menu, MenuItem, MenuItemKind, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager, Runtime, State};

/// One entry of a menu.
pub enum Entry {
    /// Sent to the page as `id`, with this label and shortcut.
    Item {
        id: &'static str,
        label: &'static str,
        shortcut: Option<&'static str>,
    },
    /// Text editing, handled by the system where it can be.
    Edit(EditAction),
    Separator,
}

#[derive(Clone, Copy)]
pub enum EditAction {
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
}

impl EditAction {
    pub fn id(self) -> &'static str {
        match self {
            EditAction::Undo => "edit-undo",
            EditAction::Redo => "edit-redo",
            EditAction::Cut => "edit-cut",
            EditAction::Copy => "edit-copy",
            EditAction::Paste => "edit-paste",
            EditAction::SelectAll => "edit-select-all",
        }
    }

    fn label(self) -> &'static str {
        match self {
            EditAction::Undo => "Undo",
            EditAction::Redo => "Redo",
            EditAction::Cut => "Cut",
            EditAction::Copy => "Copy",
            EditAction::Paste => "Paste",
            EditAction::SelectAll => "Select all",
        }
    }
}

use Entry::{Edit, Item, Separator};

/// The whole menu. Ids are what the page receives (ui/src/lib/menu.ts).
pub const MENU: &[(&str, &[Entry])] = &[
    (
        "File",
        &[
            Item {
                id: "export",
                label: "Export or print this screen…",
                shortcut: Some("CmdOrCtrl+P"),
            },
            Item {
                id: "backup",
                label: "Back up now",
                shortcut: Some("CmdOrCtrl+Shift+B"),
            },
            Item {
                id: "open",
                label: "Open another workspace…",
                shortcut: Some("CmdOrCtrl+O"),
            },
            Separator,
            Item {
                id: "quit",
                label: "Quit",
                shortcut: Some("CmdOrCtrl+Q"),
            },
        ],
    ),
    (
        "Edit",
        &[
            Edit(EditAction::Undo),
            Edit(EditAction::Redo),
            Separator,
            Edit(EditAction::Cut),
            Edit(EditAction::Copy),
            Edit(EditAction::Paste),
            Edit(EditAction::SelectAll),
            Separator,
            Item {
                id: "search",
                label: "Search…",
                shortcut: Some("CmdOrCtrl+K"),
            },
        ],
    ),
    (
        "View",
        &[
            Item {
                id: "view-home",
                label: "Start",
                shortcut: Some("CmdOrCtrl+1"),
            },
            Item {
                id: "view-playbook",
                label: "Playbook",
                shortcut: Some("CmdOrCtrl+2"),
            },
            Item {
                id: "view-hiring",
                label: "Hiring",
                shortcut: Some("CmdOrCtrl+3"),
            },
            Item {
                id: "view-plans",
                label: "Plans",
                shortcut: Some("CmdOrCtrl+4"),
            },
            Item {
                id: "view-accounts",
                label: "Account plans",
                shortcut: Some("CmdOrCtrl+5"),
            },
            Item {
                id: "view-reviews",
                label: "Reviews",
                shortcut: Some("CmdOrCtrl+6"),
            },
            Item {
                id: "view-data",
                label: "Data & backups",
                shortcut: Some("CmdOrCtrl+7"),
            },
        ],
    ),
    (
        "Help",
        &[
            Item {
                id: "about",
                label: "About Salesdesk",
                shortcut: None,
            },
            Item {
                id: "show-data-folder",
                label: "Show the log and backups folder",
                shortcut: None,
            },
        ],
    ),
];

/// Builds [`MENU`].
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let mut submenus = Vec::new();
    for (title, entries) in MENU {
        let mut items: Vec<MenuItemKind<R>> = Vec::new();
        for entry in *entries {
            items.push(match entry {
                Item {
                    id,
                    label,
                    shortcut,
                } => MenuItemKind::MenuItem(MenuItem::with_id(app, *id, *label, true, *shortcut)?),
                Separator => MenuItemKind::Predefined(PredefinedMenuItem::separator(app)?),
                Edit(action) => edit_item(app, *action)?,
            });
        }
        let refs: Vec<&dyn tauri::menu::IsMenuItem<R>> = items
            .iter()
            .map(|i| i as &dyn tauri::menu::IsMenuItem<R>)
            .collect();
        submenus.push(Submenu::with_items(app, *title, true, &refs)?);
    }
    let refs: Vec<&dyn tauri::menu::IsMenuItem<R>> = submenus
        .iter()
        .map(|s| s as &dyn tauri::menu::IsMenuItem<R>)
        .collect();
    Menu::with_items(app, &refs)
}

/// The system's own editing item, or (where the system has none: Linux,
/// and Undo and Redo on Windows) an item that asks the page, without a
/// shortcut that would take the keys from the text fields.
fn edit_item<R: Runtime>(app: &AppHandle<R>, action: EditAction) -> tauri::Result<MenuItemKind<R>> {
    // The system's Undo and Redo exist only on macOS.
    let own_item = cfg!(target_os = "linux")
        || (cfg!(not(target_os = "macos"))
            && matches!(action, EditAction::Undo | EditAction::Redo));
    if own_item {
        return Ok(MenuItemKind::MenuItem(MenuItem::with_id(
            app,
            action.id(),
            action.label(),
            true,
            None::<&str>,
        )?));
    }
    Ok(MenuItemKind::Predefined(match action {
        EditAction::Undo => PredefinedMenuItem::undo(app, None)?,
        EditAction::Redo => PredefinedMenuItem::redo(app, None)?,
        EditAction::Cut => PredefinedMenuItem::cut(app, None)?,
        EditAction::Copy => PredefinedMenuItem::copy(app, None)?,
        EditAction::Paste => PredefinedMenuItem::paste(app, None)?,
        EditAction::SelectAll => PredefinedMenuItem::select_all(app, None)?,
    }))
}

/// The page's end of the menu: where menu ids are sent.
#[derive(Default)]
pub struct MenuChannel(Mutex<Option<Channel<String>>>);

/// The page registers the channel that receives menu ids (again after a
/// reload; the newest one counts).
#[tauri::command(async)]
pub fn menu_events(channel: Channel<String>, menu: State<'_, MenuChannel>) {
    *menu.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(channel);
}

/// What a menu click does.
pub fn handle<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        "quit" => {
            // The same way out as the window's close button.
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.close();
            }
        }
        "show-data-folder" => show_data_folder(app),
        _ => {
            let menu = app.state::<MenuChannel>();
            let channel = menu.0.lock().unwrap_or_else(|p| p.into_inner());
            match channel.as_ref() {
                Some(channel) => {
                    if let Err(err) = channel.send(id.to_string()) {
                        log::warn!("the menu entry {id} did not reach the page: {err}");
                    }
                }
                None => log::warn!("the menu entry {id} came before the page was ready"),
            }
        }
    }
}

fn show_data_folder<R: Runtime>(app: &AppHandle<R>) {
    use tauri_plugin_opener::OpenerExt;
    let state = app.state::<Mutex<crate::AppState>>();
    let dir = state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .data_dir
        .clone();
    if let Err(err) = app
        .opener()
        .open_path(dir.display().to_string(), None::<&str>)
    {
        log::warn!("could not show the folder {}: {err}", dir.display());
    }
}
