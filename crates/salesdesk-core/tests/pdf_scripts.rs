//! Every PDF with every name in another script: Chinese, Japanese, Korean,
//! Arabic, Hebrew, Devanagari and Thai besides Latin with diacritics,
//! Cyrillic and Greek. Each document must finish within a bound the test
//! enforces, pdftotext must find every name whole (right-to-left ones in
//! their logical order), nothing may be replaced by '?', and pdffonts must
//! list the fallback fonts as embedded subsets.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use salesdesk_core::Workspace;
use salesdesk_core::store::import_rules::{RULES, Rule};
use serde_json::Value;

/// How long one document may take to render (debug build, two cores).
const BOUND: Duration = Duration::from_secs(120);

/// Names of people, accounts, products, stages…, one script each.
const SCRIPTS: &[(&str, &[&str])] = &[
    (
        "Chinese",
        &[
            "王小明",
            "李娜",
            "张伟",
            "刘洋",
            "陈静",
            "杨帆",
            "赵磊",
            "黄敏",
        ],
    ),
    (
        "Japanese",
        &[
            "山田太郎",
            "佐藤花子",
            "鈴木一郎",
            "高橋さくら",
            "田中ゆい",
            "渡辺ケンジ",
            "伊藤みなみ",
            "小林ひろし",
        ],
    ),
    (
        "Korean",
        &[
            "김민준",
            "이서연",
            "박지호",
            "최유진",
            "정하늘",
            "강도윤",
            "조수아",
            "윤서준",
        ],
    ),
    (
        "Arabic",
        &[
            "محمد عبد الله",
            "فاطمة الزهراء",
            "أحمد حسن",
            "ليلى منصور",
            "عمر خالد",
            "نور الهدى",
            "يوسف إبراهيم",
            "سلمى ناصر",
        ],
    ),
    (
        "Hebrew",
        &[
            "דוד כהן",
            "שרה לוי",
            "יוסף מזרחי",
            "רחל אברהם",
            "משה פרץ",
            "מרים ביטון",
            "אבי דהן",
            "נועה פרידמן",
        ],
    ),
    (
        "Devanagari",
        &[
            "प्रिया शर्मा",
            "राहुल वर्मा",
            "अनन्या सिंह",
            "विक्रम कुमार",
            "क्षितिज गुप्ता",
            "श्रेया त्रिपाठी",
            "अर्जुन द्विवेदी",
            "स्नेहा पाण्डेय",
        ],
    ),
    (
        "Thai",
        &[
            "สมชาย ใจดี",
            "สมหญิง รักไทย",
            "ประยุทธ์ ศรีสุข",
            "วิภา แก้วใส",
            "ณัฐพล มั่นคง",
            "กาญจนา ทองดี",
            "ธนากร วงศ์ใหญ่",
            "พิมพ์ชนก สุขเจริญ",
        ],
    ),
    (
        "Latin",
        &[
            "Zoë Ångström",
            "François Müller",
            "Søren Kierkegård",
            "Ludvík Škoda",
            "Mária Nováková",
            "Łukasz Żółć",
            "Iñaki Peña",
            "Ştefan Ţurcanu",
        ],
    ),
    (
        "Cyrillic",
        &[
            "Дмитрий Иванов",
            "Анна Петрова",
            "Сергей Смирнов",
            "Ольга Кузнецова",
            "Юлия Соколова",
            "Пётр Волков",
            "Екатерина Орлова",
            "Иван Фёдоров",
        ],
    ),
    (
        "Greek",
        &[
            "Ελένη Παπαδοπούλου",
            "Γιώργος Νικολάου",
            "Μαρία Οικονόμου",
            "Νίκος Γεωργίου",
            "Κατερίνα Δημητρίου",
            "Σπύρος Αλεξίου",
            "Δήμητρα Ιωάννου",
            "Θοδωρής Μακρής",
        ],
    ),
];

/// Free text mixing every script, left-to-right and right-to-left.
const MIXED_TEXT: &str = "Zoë Ångström met 王小明 and محمد عبد الله in דוד כהן's office; \
    प्रिया शर्मा, สมชาย ใจดี, 김민준, 山田太郎, Дмитрий and Ελένη agreed. \
    دليل المستخدم للمبيعات. מדריך המכירות השנתי. क्षत्रिय कार्यालय में। \
    ภาษาไทยง่ายนิดเดียว 東京の営業チーム 서울 영업팀";

/// The company (a setting, not a table row), in two scripts.
const COMPANY: &str = "山田商事 شركة النور";

/// The `n`th name of a table: the scripts in turn.
fn name(n: usize) -> &'static str {
    let (_, names) = SCRIPTS[n % SCRIPTS.len()];
    names[(n / SCRIPTS.len()) % names.len()]
}

/// The demo with every name in one of the scripts and every free text mixed.
fn workspace_in_every_script() -> (tempfile::TempDir, Workspace, BTreeSet<&'static str>) {
    let (dir, mut ws) = common::demo_workspace();
    let mut file = ws.export_json().unwrap();
    let mut used = BTreeSet::new();
    let pool = SCRIPTS.len() * SCRIPTS.iter().map(|(_, n)| n.len()).min().unwrap();
    for (table, columns) in RULES {
        let Some(rows) = file["tables"][*table].as_array_mut() else {
            continue;
        };
        let mut per_column: BTreeMap<&str, usize> = BTreeMap::new();
        for row in rows.iter_mut() {
            for (column, rule) in *columns {
                let value = &mut row[*column];
                let named = match rule {
                    Rule::Name => true,
                    Rule::OptionalName => value.as_str().is_some_and(|s| !s.is_empty()),
                    Rule::Text => {
                        if value.as_str().is_some_and(|s| !s.is_empty()) {
                            *value = Value::from(MIXED_TEXT);
                        }
                        false
                    }
                    _ => false,
                };
                if named {
                    let n = per_column.entry(column).or_default();
                    assert!(*n < pool, "{table}.{column} has more rows than names");
                    // Start each column at another script, so every
                    // script is used by every kind of thing.
                    let chosen = name(*n + table.len() + column.len());
                    *n += 1;
                    *value = Value::from(chosen);
                    used.insert(chosen);
                }
            }
        }
    }
    for setting in file["tables"]["settings"].as_array_mut().unwrap() {
        if setting["key"] == "company_name" {
            setting["value"] = Value::from(COMPANY);
        }
    }
    ws.import_json(&file)
        .expect("names in every script are valid");
    (dir, ws, used)
}

/// Renders in a thread of its own and fails if it takes longer than BOUND.
fn within_bound(what: &str, render: impl FnOnce() -> Vec<u8> + Send + 'static) -> Vec<u8> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(render());
    });
    rx.recv_timeout(BOUND)
        .unwrap_or_else(|_| panic!("{what} did not finish within {BOUND:?}"))
}

/// Poppler marks right-to-left runs with embedding controls; a reader
/// copying the text does not see them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text of a PDF as pdftotext reads it, without bidi controls and
/// white space (long names wrap inside table cells).
struct Extracted {
    what: String,
    compact: String,
    fonts: Option<String>,
}

fn extract(what: &str, pdf: &[u8]) -> Extracted {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    // To look at the documents: SALESDESK_KEEP_PDFS=<folder>.
    if let Some(keep) = std::env::var_os("SALESDESK_KEEP_PDFS") {
        let file: String = what
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let _ = std::fs::write(
            std::path::Path::new(&keep).join(format!("scripts-{file}.pdf")),
            pdf,
        );
    }
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext failed on {what}");
    let compact = String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace() && !is_bidi_control(*c))
        .collect();
    let fonts = Command::new("pdffonts")
        .arg(&path)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    Extracted {
        what: what.to_string(),
        compact,
        fonts,
    }
}

fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Extracted {
    fn has(&self, name: &str) -> bool {
        self.compact.contains(&compact(name))
    }

    fn assert_has(&self, name: &str) {
        assert!(
            self.has(name),
            "{} lacks {name:?}; pdftotext read:\n{}",
            self.what,
            self.compact
        );
    }

    /// A character the font could not draw used to come out as '?'.
    fn assert_nothing_replaced(&self) {
        assert!(
            !self.compact.contains("??") && !self.compact.contains('\u{FFFD}'),
            "{} has replaced characters:\n{}",
            self.what,
            self.compact
        );
    }
}

/// Every word of a text mixing scripts (each word in one script) is found:
/// poppler moves the punctuation between a right-to-left run and the
/// text around it, so the words are compared, not the whole.
fn assert_words(doc: &Extracted, text: &str) {
    for word in text.split(|c: char| c.is_whitespace() || ",;.'·".contains(c)) {
        if !word.is_empty() {
            doc.assert_has(word);
        }
    }
}

/// pdffonts' rows: (name, embedded, subset).
fn font_rows(listing: &str) -> Vec<(String, bool, bool)> {
    listing
        .lines()
        .skip(2)
        .filter_map(|row| {
            // Columns: name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            (n >= 7).then(|| {
                (
                    cols[0].to_string(),
                    cols[n - 5] == "yes",
                    cols[n - 4] == "yes",
                )
            })
        })
        .collect()
}

/// Does the system have a font for Chinese? (CI installs one.)
fn system_has_cjk_font() -> bool {
    Command::new("fc-list")
        .arg(":lang=zh")
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(false)
}

#[test]
fn every_pdf_shows_every_name_in_every_script() {
    let (dir, ws, used) = workspace_in_every_script();
    let path = ws.path().to_path_buf();
    drop(ws);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let open = move || Workspace::open_existing(&path).unwrap();
    let ws = open();
    let team = ws.team().people().unwrap();
    let reps: Vec<_> = team
        .iter()
        .filter(|p| p.role == salesdesk_core::team::PersonRole::Rep)
        .cloned()
        .collect();
    let plans = ws.plans().list(None).unwrap();
    let account_plans = ws.accounts().plans(None, None).unwrap();
    let roles = ws.hiring().roles().unwrap();
    let candidates = ws.hiring().all_candidates().unwrap();
    let stages = ws.playbook().get().unwrap().stages;
    drop(ws);
    let _keep = dir;

    let mut docs = Vec::new();
    let manual = within_bound("the manual", {
        let open = open.clone();
        move || open().manual_pdf(None).unwrap()
    });
    let manual = extract("the manual", &manual);
    assert_words(&manual, COMPANY);
    for stage in &stages {
        manual.assert_has(&stage.name);
    }
    assert_words(&manual, MIXED_TEXT);
    docs.push(manual);

    let packet = within_bound("the team packet", {
        let open = open.clone();
        move || open().team_packet_pdf("2026Q4", today).unwrap()
    });
    let packet = extract("the team packet", &packet);
    for rep in reps.iter().filter(|p| p.active) {
        packet.assert_has(&rep.name);
    }
    docs.push(packet);

    for rep in &reps {
        let (id, reopen) = (rep.id.clone(), open.clone());
        let pdf = within_bound("a rep packet", move || {
            reopen().rep_packet_pdf(&id, "2026Q4", today).unwrap()
        });
        let doc = extract(&format!("the rep packet of {}", rep.name), &pdf);
        doc.assert_has(&rep.name);
        docs.push(doc);

        let (id, reopen) = (rep.id.clone(), open.clone());
        let pdf = within_bound("a rep's account plans", move || {
            reopen().rep_account_plans_pdf(&id, "2026Q4").unwrap()
        });
        let doc = extract(&format!("the account plans of {}", rep.name), &pdf);
        doc.assert_has(&rep.name);
        docs.push(doc);
    }
    for plan in &account_plans {
        let (id, open) = (plan.id.clone(), open.clone());
        let pdf = within_bound("an account plan", move || {
            open().account_plan_pdf(&id).unwrap()
        });
        let doc = extract(&format!("the account plan of {}", plan.account.name), &pdf);
        doc.assert_has(&plan.account.name);
        docs.push(doc);
    }
    for plan in &plans {
        let (id, open) = (plan.id.clone(), open.clone());
        let pdf = within_bound("a business plan", move || {
            open().business_plan_pdf(&id, today).unwrap()
        });
        let doc = extract(&format!("the business plan of {}", plan.rep_name), &pdf);
        doc.assert_has(&plan.rep_name);
        docs.push(doc);
    }
    for role in &roles {
        let (id, open) = (role.id.clone(), open.clone());
        let pdf = within_bound("an interview kit", move || {
            open().interview_kit_pdf(&id).unwrap()
        });
        let doc = extract(&format!("the interview kit for {}", role.title), &pdf);
        doc.assert_has(&role.title);
        assert_words(&doc, COMPANY);
        docs.push(doc);
    }
    for candidate in &candidates {
        let (id, open) = (candidate.id.clone(), open.clone());
        let pdf = within_bound("a candidate summary", move || {
            open().candidate_summary_pdf(&id).unwrap()
        });
        let doc = extract(&format!("the summary of {}", candidate.name), &pdf);
        doc.assert_has(&candidate.name);
        docs.push(doc);
    }

    for doc in &docs {
        doc.assert_nothing_replaced();
    }
    // Every name given is printed whole somewhere.
    let missing: Vec<&str> = used
        .iter()
        .copied()
        .filter(|name| !docs.iter().any(|d| d.has(name)))
        .collect();
    assert!(missing.is_empty(), "no PDF shows {missing:?}");
    // Every script was used, so every fallback font was needed.
    for (script, names) in SCRIPTS {
        assert!(
            names.iter().any(|n| used.contains(n)),
            "no name in {script} was used"
        );
    }

    // The fallback faces are embedded, as subsets.
    let listings: Vec<&String> = docs.iter().filter_map(|d| d.fonts.as_ref()).collect();
    if listings.is_empty() {
        eprintln!("pdffonts is not installed: the fonts were not checked");
        return;
    }
    let mut names = BTreeSet::new();
    for listing in &listings {
        for (name, embedded, subset) in font_rows(listing) {
            assert!(embedded && subset, "{name} is not an embedded subset");
            names.insert(name.split_once('+').map_or(name.clone(), |(_, n)| n.into()));
        }
    }
    for face in [
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "NotoSansHebrew-Regular",
        "NotoSansHebrew-Bold",
        "NotoSansDevanagari-Regular",
        "NotoSansDevanagari-Bold",
        "NotoSansThai-Regular",
        "NotoSansThai-Bold",
        "DejaVuSans",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(face)),
            "no PDF embeds {face}: {names:?}"
        );
    }
    if system_has_cjk_font() {
        let bundled = [
            "NotoSansArabic",
            "NotoSansHebrew",
            "NotoSansDevanagari",
            "NotoSansThai",
            "DejaVuSans",
        ];
        assert!(
            names
                .iter()
                .any(|n| !bundled.iter().any(|b| n.starts_with(b))),
            "no system font for Chinese, Japanese and Korean is embedded: {names:?}"
        );
    }
}
