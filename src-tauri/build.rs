fn main() {
    // The package manifest is at the repository root, so point tauri-build
    // at the capabilities kept beside the Rust sources.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/capabilities/**/*"),
    )
    .expect("tauri-build failed");
}
