//! The sales manual PDF, checked with poppler's tools (pdftotext, pdffonts,
//! pdfinfo), as a reader's PDF viewer would see it.

mod common;

use std::path::Path;
use std::process::Command;

use salesdesk_core::demo::{fill_demo, stage_input};
use salesdesk_core::playbook::*;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    tool(
        "pdftotext",
        &["-layout", "-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
    )
}

fn page_count(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn export_demo() -> (
    tempfile::TempDir,
    salesdesk_core::Workspace,
    std::path::PathBuf,
) {
    let (dir, mut ws) = common::new_workspace();
    fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference()).unwrap();
    let out = dir.path().join("manual.pdf");
    ws.export_manual(None, &out).unwrap();
    (dir, ws, out)
}

#[test]
fn the_demo_manual_has_every_stage_and_exact_non_ascii_text() {
    let (_dir, ws, out) = export_demo();
    let text = tool("pdftotext", &[out.to_str().unwrap(), "-"]);
    for stage in ws.playbook().get().unwrap().stages {
        assert!(text.contains(&stage.name), "stage {} missing", stage.name);
    }
    for needle in [
        "Müller & Peña Office Interiors",
        "Señor Mueble S.L.",
        "Köln",
        "€ 18.500",
        "“Which part",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from the PDF text"
        );
    }
    let info = tool("pdfinfo", &[out.to_str().unwrap()]);
    assert!(
        info.contains("Title:") && info.contains("Sales manual"),
        "{info}"
    );
    assert!(!info.contains("1970"), "document dates must be set: {info}");
}

#[test]
fn the_font_is_embedded_and_subset() {
    let (_dir, _ws, out) = export_demo();
    let fonts = tool("pdffonts", &[out.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed: {fonts}");
    for row in rows {
        assert!(row.contains("DejaVu"), "unexpected font: {row}");
        // Columns: name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "font not embedded: {row}");
    }
}

#[test]
fn contents_page_numbers_point_at_the_right_pages() {
    let (_dir, ws, out) = export_demo();
    let pages = page_count(&out);
    assert!(pages >= 10, "expected a multi-page manual, got {pages}");
    let contents = page_text(&out, 2);
    assert!(contents.contains("Contents"), "{contents}");
    let mut checked = 0;
    let mut titles: Vec<String> = ws
        .playbook()
        .get()
        .unwrap()
        .stages
        .into_iter()
        .map(|s| s.name)
        .collect();
    titles.extend(["Qualification", "Objection handling", "Training program"].map(String::from));
    for title in titles {
        let line = contents
            .lines()
            .find(|l| {
                l.trim_start().starts_with(&title)
                    && l.trim_end().ends_with(|c: char| c.is_ascii_digit())
            })
            .unwrap_or_else(|| panic!("{title} not in contents:\n{contents}"));
        let number: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        assert!(number <= pages);
        let target = page_text(&out, number);
        assert!(
            target.contains(&title),
            "contents say {title} is on page {number}, which reads:\n{target}"
        );
        assert!(
            target.contains(&format!("Page {number} of {pages}")),
            "page {number} footer"
        );
        checked += 1;
    }
    assert!(checked >= 10);
}

#[test]
fn long_text_wraps_and_headings_are_not_orphaned() {
    let (dir, mut ws) = common::new_workspace();
    ws.playbook_mut()
        .start(&PlaybookStart {
            company_name: "Wrap GmbH".into(),
            template: PlaybookTemplate::Starter,
        })
        .unwrap();
    let lead = ws.playbook().get().unwrap().stages[0].clone();
    let mut input = stage_input(&lead);
    let long_word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(3);
    input.purpose = format!(
        "{} {long_word} END-OF-PURPOSE",
        "Lorem ipsum dolor sit amet, consectetur. ".repeat(200)
    );
    ws.playbook_mut().update_stage(&input).unwrap();
    let out = dir.path().join("wrap.pdf");
    ws.export_manual(None, &out).unwrap();
    let text = tool("pdftotext", &["-layout", out.to_str().unwrap(), "-"]);
    assert!(
        text.contains("END-OF-PURPOSE"),
        "the end of a long paragraph was lost"
    );
    // No line of the page runs wider than the text block: pdftotext's
    // layout mode keeps columns, so a line that ran off the page would be
    // much longer than the others.
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest < 120, "a line ran off the page ({widest} columns)");

    // Every page that ends with a heading label would leave it orphaned:
    // check no page's last text line is a section label.
    for page in 1..=page_count(&out) {
        let body: Vec<String> = page_text(&out, page)
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty() && !l.starts_with("Wrap GmbH ·"))
            .collect();
        if let Some(last) = body.last() {
            let labels = [
                "PURPOSE",
                "ENTRY CRITERIA",
                "KEY ACTIVITIES",
                "SCRIPTS AND TALK TRACKS",
                "MATERIALS",
            ];
            assert!(
                !labels.contains(&last.as_str()),
                "page {page} ends with the heading {last}"
            );
        }
    }
}

#[test]
fn a_published_version_prints_as_it_was() {
    let (dir, mut ws) = common::new_workspace();
    fill_demo(&mut ws, &salesdesk_core::demo::DemoCalendar::reference()).unwrap();
    let v1 = ws.playbook().versions().unwrap()[0].clone();
    let lead = ws.playbook().get().unwrap().stages[0].clone();
    let mut input = stage_input(&lead);
    input.name = "Prospect".into();
    ws.playbook_mut().update_stage(&input).unwrap();
    let out = dir.path().join("v1.pdf");
    ws.export_manual(Some(&v1.id), &out).unwrap();
    let text = tool("pdftotext", &[out.to_str().unwrap(), "-"]);
    assert!(text.contains("Version 1, published"));
    assert!(text.contains("Lead") && !text.contains("Prospect"));
}

#[test]
fn exporting_into_a_missing_folder_fails_cleanly() {
    let (dir, ws) = common::new_workspace();
    let err = ws
        .export_manual(None, &dir.path().join("no/such/dir/x.pdf"))
        .unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
}
