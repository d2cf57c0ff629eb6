//! Commands declared once: the `#[tauri::command]` functions under
//! `src-tauri/src` are the list. This test reads them and writes what is
//! derived from them — the Rust registry that hands them to tauri
//! (`src-tauri/src/commands/registry.rs`: `generate_handler!` and the names)
//! and the UI's typed wrappers (`ui/src/lib/commands.ts`) — and fails when
//! the committed files are not what it would write.
//!
//! `UPDATE_COMMANDS=1 cargo test --test commands` writes them; the run after
//! it builds the app with the new registry and passes.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syn::{FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};

/// One command as the UI sees it.
struct Command {
    /// Its Rust path from the crate root, e.g. `commands::plans::get_plan`.
    path: String,
    name: String,
    doc: Vec<String>,
    args: Vec<(String, String)>,
    returns: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Parameters that tauri fills in itself (never sent by the page).
const INJECTED: &[&str] = &[
    "State",
    "St",
    "AppHandle",
    "Window",
    "WebviewWindow",
    "Webview",
];

/// Type names the TS side knows without bindings.ts.
const BUILT_IN: &[&str] = &["string", "number", "boolean", "void", "unknown", "null"];

fn ts_type(ty: &Type, named: &mut BTreeSet<String>) -> String {
    match ty {
        Type::Tuple(t) if t.elems.is_empty() => "void".into(),
        Type::Reference(r) => ts_type(&r.elem, named),
        Type::Path(p) => {
            let last = p.path.segments.last().expect("a type has a name");
            let ident = last.ident.to_string();
            let inner = |i: usize, named: &mut BTreeSet<String>| -> String {
                match &last.arguments {
                    PathArguments::AngleBracketed(a) => {
                        let types: Vec<&Type> = a
                            .args
                            .iter()
                            .filter_map(|g| match g {
                                GenericArgument::Type(t) => Some(t),
                                _ => None,
                            })
                            .collect();
                        ts_type(types[i], named)
                    }
                    _ => panic!("{ident} without its type argument"),
                }
            };
            match ident.as_str() {
                "String" | "str" => "string".into(),
                "bool" => "boolean".into(),
                "f64" | "f32" | "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => {
                    "number".into()
                }
                "Value" => "unknown".into(),
                "Option" => format!("{} | null", inner(0, named)),
                "Vec" => {
                    let item = inner(0, named);
                    if item.contains(' ') {
                        format!("({item})[]")
                    } else {
                        format!("{item}[]")
                    }
                }
                // The answer of a command; its error is the CommandError.
                "CommandResult" | "Result" => inner(0, named),
                "Channel" => {
                    named.insert("Channel".into());
                    format!("Channel<{}>", inner(0, named))
                }
                other => {
                    named.insert(other.to_string());
                    other.to_string()
                }
            }
        }
        _ => panic!("a command type the generator does not know (a path, a reference or ())"),
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A TypeScript parameter name for an argument (some Rust names are
/// reserved words there).
fn parameter(name: &str) -> String {
    const RESERVED: &[&str] = &[
        "import", "export", "default", "new", "delete", "in", "function", "class",
    ];
    if RESERVED.contains(&name) {
        format!("{name}Input")
    } else {
        name.to_string()
    }
}

fn is_command(f: &syn::ItemFn) -> bool {
    f.attrs.iter().any(|a| {
        let segments: Vec<String> = a
            .path()
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        segments == ["tauri", "command"]
    })
}

fn doc_of(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut lines = Vec::new();
    for a in attrs {
        if let syn::Meta::NameValue(nv) = &a.meta
            && nv.path.is_ident("doc")
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            lines.push(s.value().trim().to_string());
        }
    }
    // The first paragraph is the summary.
    lines.into_iter().take_while(|l| !l.is_empty()).collect()
}

fn commands_in(file: &Path, module: &str, out: &mut Vec<Command>, named: &mut BTreeSet<String>) {
    let text = std::fs::read_to_string(file).unwrap();
    let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    for item in parsed.items {
        let Item::Fn(f) = item else { continue };
        if !is_command(&f) {
            continue;
        }
        let name = f.sig.ident.to_string();
        let mut args = Vec::new();
        for input in &f.sig.inputs {
            let FnArg::Typed(arg) = input else {
                panic!("{name}: a command takes no self")
            };
            let Pat::Ident(pat) = &*arg.pat else {
                panic!("{name}: arguments are plain names")
            };
            let injected = match &*arg.ty {
                Type::Path(p) => {
                    INJECTED.contains(&p.path.segments.last().unwrap().ident.to_string().as_str())
                }
                _ => false,
            };
            if !injected {
                args.push((pat.ident.to_string(), ts_type(&arg.ty, named)));
            }
        }
        let returns = match &f.sig.output {
            ReturnType::Default => "void".into(),
            ReturnType::Type(_, ty) => ts_type(ty, named),
        };
        out.push(Command {
            path: format!("{module}::{name}"),
            name,
            doc: doc_of(&f.attrs),
            args,
            returns,
        });
    }
}

/// Every command, in the order of the files and of each file.
fn commands() -> (Vec<Command>, BTreeSet<String>) {
    let src = root().join("src-tauri/src");
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(src.join("commands"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            let module = if stem == "mod" {
                "commands".to_string()
            } else {
                format!("commands::{stem}")
            };
            (p, module)
        })
        .collect();
    // Commands outside commands/ (the menu's channel).
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            if stem != "lib" && stem != "main" {
                files.push((path, stem));
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    let mut named = BTreeSet::new();
    for (file, module) in files {
        commands_in(&file, &module, &mut out, &mut named);
    }
    let mut seen = BTreeSet::new();
    for c in &out {
        assert!(
            seen.insert(c.name.clone()),
            "two commands are named {}",
            c.name
        );
    }
    (out, named)
}

const HEADER: &str = "@generated by `UPDATE_COMMANDS=1 cargo test --test commands` from the\n#[tauri::command] functions under src-tauri/src (tests/commands.rs); do not edit.";

fn registry(commands: &[Command]) -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str("\n//! Every command the UI can call: tauri's handler and the names.\n\n");
    out.push_str("/// The name of every command, as the page invokes it.\npub const COMMAND_NAMES: &[&str] = &[\n");
    for c in commands {
        let _ = writeln!(out, "    {:?},", c.name);
    }
    out.push_str("];\n\n");
    out.push_str("/// Hands every command to tauri.\npub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static\n{\n    tauri::generate_handler![\n");
    for c in commands {
        let _ = writeln!(out, "        crate::{},", c.path);
    }
    out.push_str("    ]\n}\n");
    out
}

fn wrappers(commands: &[Command], named: &BTreeSet<String>) -> String {
    let bindings = std::fs::read_to_string(root().join("ui/src/lib/bindings.ts")).unwrap();
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str("// The typed calls of every command; lib/api.ts sends them.\n");
    if named.contains("Channel") {
        out.push_str("import type { Channel } from '@tauri-apps/api/core';\n");
    }
    let imported: Vec<&String> = named
        .iter()
        .filter(|n| n.as_str() != "Channel" && !BUILT_IN.contains(&n.as_str()))
        .collect();
    for n in &imported {
        assert!(
            bindings.contains(&format!("export type {n} ")),
            "the command type {n} is not in ui/src/lib/bindings.ts (derive TS for it)"
        );
    }
    out.push_str("import type {\n");
    for n in &imported {
        let _ = writeln!(out, "  {n},");
    }
    out.push_str("} from './bindings';\n\n");
    out.push_str("/** Sends one command with its arguments and gives its answer. */\nexport type Send = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\n");
    out.push_str("/** Every command, as a typed function over `send`. */\nexport function commandsOver(send: Send) {\n  return {\n");
    for c in commands {
        if !c.doc.is_empty() {
            let _ = writeln!(out, "    /** {} */", c.doc.join(" ").replace("*/", "* /"));
        }
        let params: Vec<String> = c
            .args
            .iter()
            .map(|(name, ty)| format!("{}: {ty}", parameter(&camel(name))))
            .collect();
        let keys: Vec<String> = c
            .args
            .iter()
            .map(|(name, _)| {
                let key = camel(name);
                let param = parameter(&key);
                if key == param {
                    key
                } else {
                    format!("{key}: {param}")
                }
            })
            .collect();
        let args = if keys.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", keys.join(", "))
        };
        let _ = writeln!(
            out,
            "    {}: ({}) => send<{}>('{}'{args}),",
            camel(&c.name),
            params.join(", "),
            c.returns,
            c.name
        );
    }
    out.push_str("  };\n}\n");
    out
}

fn check_or_write(path: &Path, wanted: &str) {
    if std::env::var_os("UPDATE_COMMANDS").is_some() {
        std::fs::write(path, wanted).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == wanted,
        "{} is stale: run UPDATE_COMMANDS=1 cargo test --test commands",
        path.display()
    );
}

#[test]
fn the_registry_and_the_ui_wrappers_are_generated_from_the_commands() {
    let (commands, named) = commands();
    assert!(
        commands.len() > 90,
        "found only {} commands",
        commands.len()
    );
    check_or_write(
        &root().join("src-tauri/src/commands/registry.rs"),
        &registry(&commands),
    );
    check_or_write(
        &root().join("ui/src/lib/commands.ts"),
        &wrappers(&commands, &named),
    );
}

#[test]
fn the_registry_names_what_the_app_registers() {
    let (commands, _) = commands();
    let names: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(salesdesk_app::COMMAND_NAMES, names.as_slice());
}
