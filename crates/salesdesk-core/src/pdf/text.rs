//! Text in any script for the PDFs: which face draws each character,
//! shaping, and the visual order of right-to-left text.
//!
//! - Faces. DejaVu Sans draws Latin, Greek, Cyrillic and most symbols. Noto
//!   Sans Arabic, Hebrew, Devanagari and Thai ship with the app (Regular and
//!   Bold, about 1.1 MB): those scripts need shaping tables that system
//!   fonts do not reliably have. Anything else (Chinese, Japanese, Korean,
//!   other scripts) is drawn with a font the system has: the first time a
//!   character no bundled face has is met, the system's fonts are listed
//!   (rust-fontconfig, pure Rust, no libfontconfig) and the best face that
//!   really maps the character is used. A character no font anywhere has is
//!   drawn as the missing-glyph box, and the PDF still carries its text.
//! - Shaping. Words that only need one glyph per character from DejaVu
//!   (Latin, Greek, Cyrillic without combining marks) are measured as the
//!   sum of their advances and drawn as plain text, as before. Every other
//!   word is shaped with allsorts (joined Arabic, Devanagari conjuncts and
//!   reordered vowel signs, Thai marks, combining marks), once per word and
//!   weight: the results are cached.
//! - Order. Each line is put in visual order with the Unicode bidirectional
//!   algorithm (unicode-bidi), in the direction of its paragraph;
//!   right-to-left runs are drawn from the right, brackets mirrored. The
//!   fields of a line joined with " · " or " — " (the documents' headers and
//!   footers) are isolates, so a quarter after an Arabic name stays after it.
//! - Measuring. A line's width is the sum of its words and spaces, each
//!   shaped on its own, which is how it is drawn; wrapping and shortening
//!   cut only between grapheme clusters.
//! - Extraction. Glyphs carry their text in the font's ToUnicode map, and
//!   each shaped left-to-right run is wrapped in an /ActualText span with
//!   its text in logical order (poppler then reads Devanagari in typing
//!   order). Right-to-left runs are left to the reader's own reordering,
//!   which an /ActualText span would defeat (their ligatures list their
//!   characters in visual order for it). Text no font has is always in an
//!   /ActualText span.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use allsorts::binary::read::ReadScope;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::{DynamicFontTableProvider, FontData};
use allsorts::glyph_position::{GlyphLayout, TextDirection};
use allsorts::gsub::{FeatureMask, FeatureMaskExt};
use allsorts::tag;
use printpdf::ParsedFont;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

const DEJAVU_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const DEJAVU_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf");
const HEBREW_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf");
const HEBREW_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansHebrew-Bold.ttf");
const DEVANAGARI_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
const DEVANAGARI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf");
const THAI_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf");
const THAI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansThai-Bold.ttf");

/// The bundled faces, in face-index order: DejaVu first (the primary face
/// of each weight is its index), then the script faces.
const BUNDLED: [(&[u8], Weight, Option<Script>); 10] = [
    (DEJAVU_REGULAR, Weight::Regular, None),
    (DEJAVU_BOLD, Weight::Bold, None),
    (ARABIC_REGULAR, Weight::Regular, Some(Script::Arabic)),
    (ARABIC_BOLD, Weight::Bold, Some(Script::Arabic)),
    (HEBREW_REGULAR, Weight::Regular, Some(Script::Hebrew)),
    (HEBREW_BOLD, Weight::Bold, Some(Script::Hebrew)),
    (
        DEVANAGARI_REGULAR,
        Weight::Regular,
        Some(Script::Devanagari),
    ),
    (DEVANAGARI_BOLD, Weight::Bold, Some(Script::Devanagari)),
    (THAI_REGULAR, Weight::Regular, Some(Script::Thai)),
    (THAI_BOLD, Weight::Bold, Some(Script::Thai)),
];

/// A script, as far as choosing a face and shaping need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Han,
    Kana,
    Hangul,
    Other,
}

impl Script {
    /// The script of a character; `None` for characters that take the
    /// script of their neighbours (spaces, punctuation, digits, marks).
    fn of(c: char) -> Option<Script> {
        let u = c as u32;
        let script = match u {
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF => return None,
            0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200B..=0x200F | 0x2060..=0x206F => return None,
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
                Script::Cyrillic
            }
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF => Script::Arabic,
            0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Script::Devanagari,
            0x0980..=0x09FF => Script::Bengali,
            0x0A00..=0x0A7F => Script::Gurmukhi,
            0x0A80..=0x0AFF => Script::Gujarati,
            0x0B00..=0x0B7F => Script::Oriya,
            0x0B80..=0x0BFF => Script::Tamil,
            0x0C00..=0x0C7F => Script::Telugu,
            0x0C80..=0x0CFF => Script::Kannada,
            0x0D00..=0x0D7F => Script::Malayalam,
            0x0D80..=0x0DFF => Script::Sinhala,
            0x0E00..=0x0E7F => Script::Thai,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Script::Hangul,
            0x2E80..=0x2FDF | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3400..=0x4DBF => Script::Han,
            0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => Script::Han,
            _ if c.is_alphabetic() => {
                if u < 0x0250 || (0x1E00..=0x1EFF).contains(&u) || (0x2C60..=0x2C7F).contains(&u) {
                    Script::Latin
                } else {
                    Script::Other
                }
            }
            _ => return None,
        };
        Some(script)
    }

    /// The OpenType script tag allsorts shapes with.
    fn tag(self) -> u32 {
        match self {
            Script::Latin => tag::LATN,
            Script::Greek => tag!(b"grek"),
            Script::Cyrillic => tag!(b"cyrl"),
            Script::Arabic => tag::ARAB,
            Script::Hebrew => tag!(b"hebr"),
            Script::Devanagari => tag::DEVA,
            Script::Bengali => tag!(b"beng"),
            Script::Gurmukhi => tag!(b"guru"),
            Script::Gujarati => tag!(b"gujr"),
            Script::Oriya => tag!(b"orya"),
            Script::Tamil => tag!(b"taml"),
            Script::Telugu => tag!(b"telu"),
            Script::Kannada => tag!(b"knda"),
            Script::Malayalam => tag!(b"mlym"),
            Script::Sinhala => tag!(b"sinh"),
            Script::Thai => tag!(b"thai"),
            Script::Han => tag!(b"hani"),
            Script::Kana => tag!(b"kana"),
            Script::Hangul => tag!(b"hang"),
            Script::Other => tag::DFLT,
        }
    }
}

/// Characters that draw nothing (joiners, direction marks, variation
/// selectors): a face without them is no reason to switch faces.
fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xE0000..=0xE0FFF)
}

fn is_strong_rtl(c: char) -> bool {
    (c as u32) >= 0x0590 && matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Whether the paragraph reads right to left: its first strong character
/// is right-to-left (rules P2 and P3 of the bidirectional algorithm).
pub fn is_rtl_paragraph(text: &str) -> bool {
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::L => return false,
            BidiClass::R | BidiClass::AL => return true,
            _ => {}
        }
    }
    false
}

/// A character's mirror image, for right-to-left runs (the common pairs of
/// Unicode's BidiMirroring.txt).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⁅' => '⁆',
        '⁆' => '⁅',
        '⁽' => '⁾',
        '⁾' => '⁽',
        '₍' => '₎',
        '₎' => '₍',
        '≤' => '≥',
        '≥' => '≤',
        '≪' => '≫',
        '≫' => '≪',
        '⟨' => '⟩',
        '⟩' => '⟨',
        '〈' => '〉',
        '〉' => '〈',
        '（' => '）',
        '）' => '（',
        '［' => '］',
        '］' => '［',
        '｛' => '｝',
        '｝' => '｛',
        '＜' => '＞',
        '＞' => '＜',
        c => c,
    }
}

/// Characters DejaVu draws one glyph each, without shaping: Latin, Greek,
/// Cyrillic, Armenian and the common symbols, but no combining marks.
fn is_simple(c: char) -> bool {
    let u = c as u32;
    match u {
        0x0020..=0x02FF => u != 0x00AD,
        0x0370..=0x0482 | 0x048A..=0x058F => true,
        0x1E00..=0x1FFF => true,
        0x2010..=0x2027 | 0x2030..=0x205E | 0x2070..=0x20CF | 0x2100..=0x2BFF => true,
        0x2000..=0x200A => true,
        _ => false,
    }
}

/// One face: printpdf's parse (embedding, advances) and an allsorts font
/// for shaping.
pub struct Face {
    pub parsed: ParsedFont,
    shaper: Mutex<allsorts::Font<DynamicFontTableProvider<'static>>>,
    upm: f32,
    bold: bool,
}

impl Face {
    fn new(parsed: ParsedFont, bytes: &'static [u8], index: usize, bold: bool) -> Option<Face> {
        let data = ReadScope::new(bytes).read::<FontData<'static>>().ok()?;
        let provider = data.table_provider(index).ok()?;
        let shaper = allsorts::Font::new(provider).ok()?;
        let upm = parsed.font_metrics.units_per_em as f32;
        (upm > 0.0).then(|| Face {
            parsed,
            shaper: Mutex::new(shaper),
            upm,
            bold,
        })
    }

    fn bundled(bytes: &'static [u8], weight: Weight) -> Face {
        let parsed =
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("a bundled font parses");
        Face::new(parsed, bytes, 0, weight == Weight::Bold).expect("a bundled font shapes")
    }

    /// Whether the face is bold itself (a system font may have no bold:
    /// bold text in it is then drawn thicker).
    pub fn is_bold(&self) -> bool {
        self.bold
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0)
    }

    fn covers(&self, cluster: &str) -> bool {
        cluster
            .chars()
            .all(|c| is_default_ignorable(c) || self.glyph(c).is_some())
    }

    fn advance(&self, gid: u16) -> f32 {
        self.parsed.get_horizontal_advance(gid) as f32 / self.upm
    }
}

/// A glyph of a shaped run; lengths in em.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub gid: u16,
    pub advance: f32,
    pub dx: f32,
    pub dy: f32,
    /// The characters the glyph stands for (several for a ligature).
    pub text: String,
}

/// A run of one face, in logical order.
#[derive(Debug, Clone)]
pub struct Run {
    pub face: usize,
    /// The run's text, as given.
    pub text: String,
    /// No face has these characters: the glyphs are missing-glyph boxes.
    pub missing: bool,
    /// Plain text in DejaVu: one glyph per character, no shaping, drawn as
    /// text; its glyphs are not kept (see [`Fonts::plain_glyphs`]).
    pub simple: bool,
    pub glyphs: Vec<Glyph>,
    /// Sum of the advances, in em.
    pub width: f32,
}

/// A word (or a stretch of spaces) cut into runs.
#[derive(Debug)]
struct Shaped {
    runs: Vec<Arc<Run>>,
    width: f32,
}

/// A piece of a line, ready to draw; x in points.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Plain text in one face, drawn from `x`.
    Text { face: usize, x: f32, text: String },
    /// Glyphs in one face, each placed on its own; `actual` is the text a
    /// reader extracts for the whole piece when the glyphs alone would not
    /// say it.
    Glyphs {
        face: usize,
        actual: Option<String>,
        glyphs: Vec<Placed>,
    },
}

#[derive(Debug, Clone)]
pub struct Placed {
    pub x: f32,
    /// Above the baseline, in points.
    pub dy: f32,
    pub gid: u16,
    pub text: String,
}

/// Words longer than this are not cached (a 20,000-character word is shaped
/// once per use, not kept).
const CACHED_WORD_BYTES: usize = 256;
/// Entries before the cache starts over.
const CACHE_ENTRIES: usize = 50_000;

/// System fonts, found on first need.
#[derive(Default)]
struct System {
    /// Which face draws a character, per weight (`None`: no font has it).
    chosen: HashMap<(char, bool), Option<usize>>,
    /// Faces already loaded, by file and index.
    loaded: HashMap<(String, usize), usize>,
}

/// Every face, parsed once per process.
pub struct Fonts {
    /// The bundled faces, parsed when first needed (a document in Latin
    /// never parses the Noto faces).
    bundled: Vec<OnceLock<Face>>,
    /// System faces, leaked: each is loaded once per process and kept.
    system_faces: RwLock<Vec<&'static Face>>,
    system: Mutex<System>,
    shaped: Mutex<HashMap<(Weight, String), Arc<Shaped>>>,
    /// Shaped runs by face: a long word repeats the same few.
    runs: Mutex<HashMap<(usize, String), Arc<Run>>>,
}

pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        bundled: BUNDLED.iter().map(|_| OnceLock::new()).collect(),
        system_faces: RwLock::new(Vec::new()),
        system: Mutex::new(System::default()),
        shaped: Mutex::new(HashMap::new()),
        runs: Mutex::new(HashMap::new()),
    })
}

fn system_font_list() -> &'static rust_fontconfig::FcFontCache {
    static LIST: OnceLock<rust_fontconfig::FcFontCache> = OnceLock::new();
    LIST.get_or_init(rust_fontconfig::FcFontCache::build)
}

impl Fonts {
    /// The face with this index: the bundled ones, then those found on the
    /// system.
    pub fn face(&self, index: usize) -> &Face {
        match self.bundled.get(index) {
            Some(face) => face.get_or_init(|| {
                let (bytes, weight, _) = BUNDLED[index];
                Face::bundled(bytes, weight)
            }),
            None => self.system_faces.read().expect("faces")[index - self.bundled.len()],
        }
    }

    fn primary(&self, weight: Weight) -> usize {
        match weight {
            Weight::Regular => 0,
            Weight::Bold => 1,
        }
    }

    /// The face for a grapheme cluster: the bundled face of its script,
    /// DejaVu, the other bundled faces, then the system's. `None` when no
    /// font has it.
    fn face_for(&self, cluster: &str, weight: Weight) -> Option<usize> {
        // Joiners and marks of direction alone draw nothing, in any face.
        let Some(base) = cluster.chars().find(|c| !is_default_ignorable(*c)) else {
            return Some(self.primary(weight));
        };
        let script = Script::of(base);
        // No bundled face has Chinese, Japanese or Korean.
        if matches!(script, Some(Script::Han | Script::Kana | Script::Hangul))
            && let Some(face) = self.system_face_for(cluster, base, weight)
        {
            return Some(face);
        }
        let own_weight = BUNDLED
            .iter()
            .enumerate()
            .filter(|(_, (_, w, _))| *w == weight);
        if let Some(script) = script
            && let Some((i, _)) = own_weight
                .clone()
                .find(|(_, (_, _, s))| *s == Some(script))
                .filter(|(i, _)| self.face(*i).covers(cluster))
        {
            return Some(i);
        }
        if let Some((i, _)) = own_weight
            .clone()
            .find(|(i, _)| self.face(*i).covers(cluster))
        {
            return Some(i);
        }
        self.system_face_for(cluster, base, weight).or_else(|| {
            own_weight
                .clone()
                .find(|(i, _)| self.face(*i).glyph(base).is_some())
                .map(|(i, _)| i)
        })
    }

    /// A system face that has `cluster` (or at least its first character).
    fn system_face_for(&self, cluster: &str, base: char, weight: Weight) -> Option<usize> {
        let bold = weight == Weight::Bold;
        let mut system = self.system.lock().expect("system fonts");
        if let Some(chosen) = system.chosen.get(&(base, bold)) {
            return *chosen;
        }
        // A face of the weight already in use first: fewer fonts in the
        // PDF, one look.
        let loaded = self.system_faces.read().expect("faces").clone();
        let offset = self.bundled.len();
        let mut found = loaded
            .iter()
            .position(|f| f.bold == bold && f.covers(cluster))
            .map(|i| i + offset);
        if found.is_none() {
            found = self.find_system_face(&mut system, base, bold);
        }
        system.chosen.insert((base, bold), found);
        found
    }

    /// The system's best face for `base`: among the fonts whose character
    /// map has it, the one of the right weight, upright, proportional and
    /// sans serif first, then one made for the script's language (Noto Sans
    /// CJK has a face per region), by name when equal so the choice is
    /// stable.
    fn find_system_face(&self, system: &mut System, base: char, bold: bool) -> Option<usize> {
        use rust_fontconfig::{OwnedFontSource, PatternMatch};
        let list = system_font_list();
        let regions: &[&str] = match Script::of(base) {
            Some(Script::Kana) => &[" jp", "japan"],
            Some(Script::Hangul) => &[" kr", "korea"],
            Some(Script::Han) => &[" sc", " cn", "chinese", " jp"],
            _ => &[],
        };
        let mut candidates: Vec<_> = list
            .list()
            .into_iter()
            .filter(|(p, _)| !p.unicode_ranges.is_empty() && p.contains_char(base))
            .map(|(p, id)| {
                let name = p.name.clone().or(p.family.clone()).unwrap_or_default();
                let lower = name.to_lowercase();
                let weight = p.weight as i32;
                let is_bold = weight >= 600;
                let rank = (
                    (weight - if bold { 700 } else { 400 }).abs(),
                    p.monospace == PatternMatch::True || lower.contains("mono"),
                    p.italic == PatternMatch::True
                        || p.oblique == PatternMatch::True
                        || lower.contains("italic"),
                    lower.contains("serif") && !lower.contains("sans"),
                    !regions.iter().any(|r| lower.contains(r)),
                    name,
                );
                (rank, is_bold, id)
            })
            .collect();
        candidates.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, is_bold, id) in candidates.into_iter().take(8) {
            let Some(OwnedFontSource::Disk(path)) = list.get_font_by_id(&id) else {
                continue;
            };
            let key = (path.path.clone(), path.font_index);
            let index = match system.loaded.get(&key) {
                Some(index) => *index,
                None => {
                    let Some(bytes) = list.get_font_bytes(&id) else {
                        continue;
                    };
                    let Some(face) = load_system_face(bytes, path.font_index, is_bold) else {
                        continue;
                    };
                    let mut faces = self.system_faces.write().expect("faces");
                    faces.push(Box::leak(Box::new(face)));
                    let index = self.bundled.len() + faces.len() - 1;
                    system.loaded.insert(key, index);
                    index
                }
            };
            // The listing says what the font covers; the face's own map
            // has the last word.
            if self.face(index).glyph(base).is_some() {
                return Some(index);
            }
        }
        None
    }

    /// Cuts a word into runs of one face each: characters of a script go
    /// to their face, the others (punctuation, digits, marks, joiners) stay
    /// with the run they are in when its face has them.
    fn itemize(&self, word: &str, weight: Weight) -> Vec<(Option<usize>, Range<usize>)> {
        let mut items: Vec<(Option<usize>, Option<Script>, Range<usize>)> = Vec::new();
        // By character, not grapheme cluster: a mark or joiner has no
        // script, so it stays with its base when that face has it, and a
        // cluster's characters all have the base's script.
        for (start, c) in word.char_indices() {
            let end = start + c.len_utf8();
            let cluster = &word[start..end];
            let script = Script::of(c);
            let mut chosen = None;
            if let Some((face, item_script, range)) = items.last_mut() {
                let joins = match (script, *face) {
                    // Same face, and the same script or none yet.
                    (Some(s), _) => {
                        let own = *chosen.insert(self.face_for(cluster, weight));
                        (item_script.is_none() || *item_script == Some(s)) && own == *face
                    }
                    (None, Some(f)) => self.face(f).covers(cluster),
                    (None, None) => chosen.insert(self.face_for(cluster, weight)).is_none(),
                };
                if joins {
                    range.end = end;
                    if item_script.is_none() {
                        *item_script = script;
                    }
                    continue;
                }
            }
            let face = chosen.unwrap_or_else(|| self.face_for(cluster, weight));
            items.push((face, script, start..end));
        }
        items.into_iter().map(|(f, _, r)| (f, r)).collect()
    }

    /// Shapes one run of one face.
    fn shape_run(&self, face_index: usize, text: &str) -> Run {
        let face = self.face(face_index);
        let script = text.chars().find_map(Script::of).unwrap_or(Script::Latin);
        let rtl = text.chars().any(is_strong_rtl);
        let tag = script.tag();
        let mut shaper = face.shaper.lock().expect("shaper");
        let mapped = shaper.map_glyphs(text, tag, MatchingPresentation::NotRequired);
        let infos = match shaper.shape(
            mapped,
            tag,
            Some(tag::DFLT),
            FeatureMask::default_mask(),
            &[],
            None,
            true,
        ) {
            Ok(infos) => infos,
            Err((_, infos)) => infos,
        };
        let direction = if rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        let positions = GlyphLayout::new(&mut *shaper, &infos, direction, false)
            .glyph_positions()
            .ok()
            .filter(|p| p.len() == infos.len());
        drop(shaper);
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, info) in infos.iter().enumerate() {
            let gid = info.glyph.glyph_index;
            let text: String = info.glyph.unicodes.iter().collect();
            // A joiner or mark the face lacks draws nothing.
            if gid == 0 && text.chars().all(is_default_ignorable) {
                continue;
            }
            let (advance, dx, dy) = match &positions {
                Some(p) => (
                    p[i].hori_advance as f32 / face.upm,
                    p[i].x_offset as f32 / face.upm,
                    p[i].y_offset as f32 / face.upm,
                ),
                None => (face.advance(gid), 0.0, 0.0),
            };
            width += advance;
            glyphs.push(Glyph {
                gid,
                advance,
                dx,
                dy,
                text,
            });
        }
        Run {
            face: face_index,
            text: text.to_string(),
            missing: false,
            simple: false,
            glyphs,
            width,
        }
    }

    /// [`Fonts::shape_run`], cached for short runs.
    fn cached_run(&self, face: usize, text: &str) -> Arc<Run> {
        if text.len() > CACHED_WORD_BYTES {
            return Arc::new(self.shape_run(face, text));
        }
        let key = (face, text.to_string());
        if let Some(hit) = self.runs.lock().expect("cache").get(&key) {
            return hit.clone();
        }
        let run = Arc::new(self.shape_run(face, text));
        let mut map = self.runs.lock().expect("cache");
        if map.len() >= CACHE_ENTRIES {
            map.clear();
        }
        map.insert(key, run.clone());
        run
    }

    /// A run no font has: a missing-glyph box per cluster.
    fn missing_run(&self, weight: Weight, text: &str) -> Run {
        let face_index = self.primary(weight);
        let advance = self.face(face_index).advance(0);
        let glyphs: Vec<Glyph> = text
            .graphemes(true)
            .map(|g| Glyph {
                gid: 0,
                advance,
                dx: 0.0,
                dy: 0.0,
                text: g.to_string(),
            })
            .collect();
        Run {
            face: face_index,
            text: text.to_string(),
            missing: true,
            simple: false,
            width: advance * glyphs.len() as f32,
            glyphs,
        }
    }

    /// Plain text in the primary face, when every character is simple
    /// and the face has it.
    fn simple_run(&self, word: &str, weight: Weight) -> Option<Run> {
        let index = self.primary(weight);
        let face = self.face(index);
        let mut units = 0u32;
        for c in word.chars() {
            let gid = face.glyph(c).filter(|_| is_simple(c))?;
            units += face.parsed.get_horizontal_advance(gid) as u32;
        }
        Some(Run {
            face: index,
            text: word.to_string(),
            missing: false,
            simple: true,
            glyphs: Vec::new(),
            width: units as f32 / face.upm,
        })
    }

    /// The glyphs of a plain run (not kept with it: it is drawn as text
    /// unless it is in a right-to-left run).
    fn plain_glyphs(&self, run: &Run) -> Vec<Glyph> {
        let face = self.face(run.face);
        run.text
            .chars()
            .map(|c| {
                let gid = face.glyph(c).unwrap_or(0);
                Glyph {
                    gid,
                    advance: face.advance(gid),
                    dx: 0.0,
                    dy: 0.0,
                    text: c.to_string(),
                }
            })
            .collect()
    }

    /// A word (no white space) or a stretch of white space, cut into
    /// shaped runs; cached.
    fn shaped(&self, word: &str, weight: Weight) -> Arc<Shaped> {
        // Plain text costs less to measure again than to look up.
        if let Some(run) = self.simple_run(word, weight) {
            let width = run.width;
            return Arc::new(Shaped {
                runs: vec![Arc::new(run)],
                width,
            });
        }
        let cache = word.len() <= CACHED_WORD_BYTES;
        if cache {
            let key = (weight, word.to_string());
            if let Some(hit) = self.shaped.lock().expect("cache").get(&key) {
                return hit.clone();
            }
        }
        let runs: Vec<Arc<Run>> = self
            .itemize(word, weight)
            .into_iter()
            .map(|(face, range)| match face {
                // Plain Latin beside another script stays plain.
                Some(face) if face == self.primary(weight) => {
                    match self.simple_run(&word[range.clone()], weight) {
                        Some(run) => Arc::new(run),
                        None => self.cached_run(face, &word[range]),
                    }
                }
                Some(face) => self.cached_run(face, &word[range]),
                None => Arc::new(self.missing_run(weight, &word[range])),
            })
            .collect();
        let width = runs.iter().map(|r| r.width).sum();
        let shaped = Arc::new(Shaped { runs, width });
        if cache {
            let mut map = self.shaped.lock().expect("cache");
            if map.len() >= CACHE_ENTRIES {
                map.clear();
            }
            map.insert((weight, word.to_string()), shaped.clone());
        }
        shaped
    }

    /// Width in points of a word or a stretch of white space.
    fn token_width(&self, token: &str, weight: Weight, size: f32) -> f32 {
        // The common case without the cache: one glyph per character.
        let face = self.face(self.primary(weight));
        let mut units = 0u32;
        for c in token.chars() {
            match face.glyph(c).filter(|_| is_simple(c)) {
                Some(gid) => units += face.parsed.get_horizontal_advance(gid) as u32,
                None => return self.shaped(token, weight).width * size,
            }
        }
        units as f32 * size / face.upm
    }

    /// Width of `text` in points: the sum of its words and spaces, each
    /// shaped on its own (how they are drawn).
    pub fn measure(&self, text: &str, weight: Weight, size: f32) -> f32 {
        // Drawn as spaces (see `lay_out`), so measured as spaces.
        if text.contains(|c: char| c.is_control()) {
            let spaced: String = text
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            return self.measure(&spaced, weight, size);
        }
        tokens(text)
            .map(|t| self.token_width(t, weight, size))
            .sum()
    }

    /// Only what can be drawn: tabs become spaces, other control
    /// characters spaces too (line breaks are kept for wrapping).
    pub fn printable(&self, text: &str, _weight: Weight) -> String {
        text.chars()
            .map(|c| match c {
                '\n' => '\n',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect()
    }

    /// `text` cut to fit `width` points with an ellipsis at the end, or as it
    /// is when it fits. The cut is between grapheme clusters, and the
    /// longest prefix that fits is found by galloping then halving (see
    /// [`gallop`]), so it ends for any text and any width (at worst "…"
    /// alone) and shapes little of a long text.
    pub fn shorten(&self, text: &str, weight: Weight, size: f32, width: f32) -> String {
        // A long text is measured whole only if it might fit.
        let long = text.len() > 4 * CACHED_WORD_BYTES;
        if !long && self.measure(text, weight, size) <= width {
            return text.to_string();
        }
        let shown = |end: usize| {
            let mut candidate = text[..end].trim_end().to_string();
            candidate.push('…');
            candidate
        };
        let mut clusters = Clusters::new(text);
        let guess = (width / (size * 0.55)).max(1.0) as usize;
        let kept = gallop(&mut clusters, guess, |end| {
            self.measure(&shown(end), weight, size) <= width
        });
        if long && clusters.end(kept + 1).is_none() && self.measure(text, weight, size) <= width {
            return text.to_string();
        }
        match kept {
            0 => "…".to_string(),
            n => shown(clusters.end(n).expect("a known cluster")),
        }
    }

    /// The longest prefix of `word` (at least one grapheme cluster) that
    /// fits `width`: its length in bytes, its width and its clusters. The
    /// search gallops from `guess` clusters (the last line's count), so a
    /// long word costs a few shapings of a line per line.
    fn fitting_prefix(
        &self,
        word: &str,
        weight: Weight,
        size: f32,
        width: f32,
        guess: usize,
    ) -> (usize, f32, usize) {
        let mut widths: HashMap<usize, f32> = HashMap::new();
        let mut width_of = |end: usize| {
            *widths
                .entry(end)
                .or_insert_with(|| self.token_width(&word[..end], weight, size))
        };
        let mut clusters = Clusters::new(word);
        let kept = gallop(&mut clusters, guess, |end| width_of(end) <= width).max(1);
        let end = clusters.end(kept).unwrap_or(word.len());
        (end, width_of(end), kept)
    }

    /// Greedy word wrap to `width` points. Explicit line breaks are kept;
    /// a word longer than the line is broken between grapheme clusters.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
        self.wrap_lines(text, weight, size, width)
            .into_iter()
            .map(|(line, _)| line)
            .collect()
    }

    /// [`Fonts::wrap`], with whether each line's paragraph reads right to left.
    pub fn wrap_lines(
        &self,
        text: &str,
        weight: Weight,
        size: f32,
        width: f32,
    ) -> Vec<(String, bool)> {
        let mut lines = Vec::new();
        let space = self.token_width(" ", weight, size);
        // Clusters that fitted the last line cut from a long word.
        let mut guess = 16;
        for paragraph in text.replace("\r\n", "\n").split('\n') {
            let rtl = is_rtl_paragraph(paragraph);
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                // A long word is measured no further than a line holds.
                let (word_end, word_width) = if word.len() > CACHED_WORD_BYTES {
                    let (end, w, clusters) = self.fitting_prefix(word, weight, size, width, guess);
                    guess = clusters;
                    (end, w)
                } else {
                    (word.len(), self.token_width(word, weight, size))
                };
                let candidate = if word_end < word.len() {
                    f32::INFINITY
                } else if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if candidate <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push((std::mem::take(&mut line), rtl));
                }
                // The word alone may still be too wide: cut it.
                let mut rest = word;
                loop {
                    let (end, w) = if rest.len() == word.len()
                        && (word_end < word.len() || word_width <= width)
                    {
                        (word_end, word_width)
                    } else {
                        let (end, w, clusters) =
                            self.fitting_prefix(rest, weight, size, width, guess);
                        guess = clusters;
                        (end, w)
                    };
                    if end == rest.len() {
                        line = rest.to_string();
                        line_width = w;
                        break;
                    }
                    lines.push((rest[..end].to_string(), rtl));
                    rest = &rest[end..];
                }
            }
            lines.push((line, rtl));
        }
        lines
    }

    /// One line laid out from `x`, in visual order. `rtl` is the direction
    /// of the line's paragraph, when known (else the line's own).
    pub fn layout_line(
        &self,
        text: &str,
        weight: Weight,
        size: f32,
        x: f32,
        rtl: Option<bool>,
    ) -> Vec<Piece> {
        self.lay_out(text, weight, size, x, rtl).pieces
    }

    fn lay_out(&self, text: &str, weight: Weight, size: f32, x: f32, rtl: Option<bool>) -> Out<'_> {
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut out = Out {
            fonts: self,
            pieces: Vec::new(),
            x,
            size,
        };
        let paragraph_rtl = rtl.unwrap_or_else(|| is_rtl_paragraph(&text));
        if !paragraph_rtl && !text.chars().any(is_strong_rtl) {
            for token in tokens(&text) {
                for run in &self.shaped(token, weight).runs {
                    out.push(run, false);
                }
            }
            return out;
        }
        let level = if paragraph_rtl {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let text = isolate_fields(&text);
        let bidi = BidiInfo::new(&text, Some(level));
        for paragraph in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for range in runs {
                let rtl = levels[range.start].is_rtl();
                // Direction controls have done their work: they draw nothing.
                let part: String = text[range]
                    .chars()
                    .filter(|c| !is_bidi_control(*c))
                    .collect();
                if rtl {
                    let part: String = part.chars().map(mirrored).collect();
                    let words: Vec<&str> = tokens(&part).collect();
                    for token in words.into_iter().rev() {
                        for run in self.shaped(token, weight).runs.iter().rev() {
                            out.push(run, true);
                        }
                    }
                } else {
                    for token in tokens(&part) {
                        for run in &self.shaped(token, weight).runs {
                            out.push(run, false);
                        }
                    }
                }
            }
        }
        out
    }
}

/// The separators the documents join fields with ("Account plans — {name}
/// — 2026Q4", "{company} · Sales manual").
const FIELD_SEPARATORS: [&str; 2] = [" · ", " — "];

/// Each field of a line joined with [`FIELD_SEPARATORS`] as a bidi isolate
/// (FSI … PDI): its direction is its own, and what follows an Arabic or
/// Hebrew name (a quarter, "2026Q4") is not pulled into it.
fn isolate_fields(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    out.push('\u{2068}');
    while let Some((at, separator)) = FIELD_SEPARATORS
        .iter()
        .filter_map(|s| rest.find(s).map(|i| (i, *s)))
        .min()
    {
        out.push_str(&rest[..at]);
        out.push('\u{2069}');
        out.push_str(separator);
        out.push('\u{2068}');
        rest = &rest[at + separator.len()..];
    }
    out.push_str(rest);
    out.push('\u{2069}');
    out
}

/// Marks and embeddings of the bidi algorithm (invisible).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Pieces being laid out from left to right.
struct Out<'a> {
    fonts: &'a Fonts,
    pieces: Vec<Piece>,
    x: f32,
    size: f32,
}

impl Out<'_> {
    fn push(&mut self, run: &Run, rtl: bool) {
        let size = self.size;
        if run.simple && !rtl {
            // Plain text: joins the plain text before it in the same face.
            if let Some(Piece::Text { face, text, .. }) = self.pieces.last_mut()
                && *face == run.face
            {
                text.push_str(&run.text);
                self.x += run.width * size;
                return;
            }
            self.pieces.push(Piece::Text {
                face: run.face,
                x: self.x,
                text: run.text.clone(),
            });
            self.x += run.width * size;
            return;
        }
        let mut placed = Vec::with_capacity(run.glyphs.len());
        let mut place = |g: &Glyph, x: &mut f32| {
            // A reader spreads a ligature's characters over its width from
            // the left, then reads a right-to-left line from the right: the
            // characters of a right-to-left ligature go in visual order.
            let text = if rtl && g.text.chars().nth(1).is_some() {
                g.text.graphemes(true).rev().collect()
            } else {
                g.text.clone()
            };
            placed.push(Placed {
                x: *x + g.dx * size,
                dy: g.dy * size,
                gid: g.gid,
                text,
            });
            *x += g.advance * size;
        };
        let plain;
        let glyphs = if run.simple {
            plain = self.fonts.plain_glyphs(run);
            &plain
        } else {
            &run.glyphs
        };
        if rtl {
            glyphs.iter().rev().for_each(|g| place(g, &mut self.x));
        } else {
            glyphs.iter().for_each(|g| place(g, &mut self.x));
        }
        // Left-to-right shaped text says what it reads in logical order;
        // right-to-left text is reordered by the reader from the glyphs'
        // own text, unless no font drew it.
        let actual = (run.missing || (!rtl && !run.simple)).then(|| run.text.clone());
        self.pieces.push(Piece::Glyphs {
            face: run.face,
            actual,
            glyphs: placed,
        });
    }
}

/// Words and stretches of white space, in order.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some(token)
    })
}

/// The ends (in bytes) of a text's grapheme clusters, found as far as
/// they are asked for.
struct Clusters<'a> {
    iter: unicode_segmentation::GraphemeIndices<'a>,
    ends: Vec<usize>,
    done: bool,
}

impl<'a> Clusters<'a> {
    fn new(text: &'a str) -> Self {
        Clusters {
            iter: text.grapheme_indices(true),
            ends: Vec::new(),
            done: false,
        }
    }

    /// The end of the first `n` clusters (n ≥ 1), or None if there are fewer.
    fn end(&mut self, n: usize) -> Option<usize> {
        while self.ends.len() < n && !self.done {
            match self.iter.next() {
                Some((i, g)) => self.ends.push(i + g.len()),
                None => self.done = true,
            }
        }
        n.checked_sub(1).and_then(|i| self.ends.get(i).copied())
    }

    /// How many clusters there are (reads them all).
    fn count(&mut self) -> usize {
        while self.end(self.ends.len() + 1).is_some() {}
        self.ends.len()
    }
}

/// The largest number of clusters whose prefix `fits` (which is called
/// with the prefix's end in bytes), 0 when none does. It gallops from
/// `guess` (up or down, in growing steps) and then halves, keeping a
/// number that fits below one that does not, so it ends after about
/// 2·log(steps) calls however long the text, and never asks past its end.
fn gallop(clusters: &mut Clusters, guess: usize, mut fits: impl FnMut(usize) -> bool) -> usize {
    let guess = match clusters.end(guess.max(1)) {
        Some(_) => guess.max(1),
        None => clusters.count(),
    };
    if guess == 0 {
        return 0;
    }
    let mut fits_n = |n: usize, clusters: &mut Clusters| match clusters.end(n) {
        Some(end) => fits(end),
        None => false,
    };
    // Invariant: `low` clusters fit (0 counts as fitting), `high` do not
    // (or are more than the text has).
    let (mut low, mut high);
    let mut gap = (guess / 8).max(1);
    if fits_n(guess, clusters) {
        low = guess;
        loop {
            let probe = low + gap;
            if clusters.end(probe).is_none() {
                let total = clusters.count();
                if total > low && fits_n(total, clusters) {
                    return total;
                }
                high = total + 1;
                break;
            }
            if fits_n(probe, clusters) {
                low = probe;
                gap *= 2;
            } else {
                high = probe;
                break;
            }
        }
    } else {
        low = 0;
        high = guess;
        while gap < high {
            let probe = high - gap;
            if fits_n(probe, clusters) {
                low = probe;
                break;
            }
            high = probe;
            gap *= 2;
        }
    }
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if fits_n(middle, clusters) {
            low = middle;
        } else {
            high = middle;
        }
    }
    low
}

/// Loads a face of a system font file, mapped into memory and kept for
/// the life of the process (a face is loaded once: there are few).
fn load_system_face(
    bytes: Arc<rust_fontconfig::FontBytes>,
    index: usize,
    bold: bool,
) -> Option<Face> {
    {
        use allsorts::tables::FontTableProvider;
        let data = ReadScope::new(bytes.as_slice())
            .read::<FontData<'_>>()
            .ok()?;
        let provider = data.table_provider(index).ok()?;
        // Outlines a PDF can embed (TrueType or CFF), not a font of bitmaps
        // only (colour emoji).
        if !provider.has_table(tag::GLYF) && !provider.has_table(tag::CFF) {
            return None;
        }
    }
    let kept: &'static Arc<rust_fontconfig::FontBytes> = Box::leak(Box::new(bytes));
    let slice: &'static [u8] = kept.as_slice();
    let azul = printpdf::AzulParsedFont::from_bytes_shared(kept.clone(), index, &mut Vec::new())?;
    Face::new(ParsedFont::from_azul(azul), slice, index, bold)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faces_of(text: &str, weight: Weight) -> Vec<usize> {
        let fonts = fonts();
        tokens(text)
            .flat_map(|t| {
                fonts
                    .shaped(t, weight)
                    .runs
                    .iter()
                    .map(|r| r.face)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn each_script_goes_to_its_bundled_face() {
        assert_eq!(
            faces_of("Zoë Дмитрий Ελένη", Weight::Regular),
            [0, 0, 0, 0, 0]
        );
        assert_eq!(faces_of("محمد", Weight::Regular), [2]);
        assert_eq!(faces_of("محمد", Weight::Bold), [3]);
        assert_eq!(faces_of("דוד", Weight::Regular), [4]);
        assert_eq!(faces_of("प्रिया", Weight::Regular), [6]);
        assert_eq!(faces_of("สมชาย", Weight::Bold), [9]);
        // Punctuation stays with its word's face.
        assert_eq!(faces_of("(محمد)", Weight::Regular), [0, 2, 0]);
    }

    #[test]
    fn arabic_is_joined_and_devanagari_forms_conjuncts() {
        let fonts = fonts();
        let word = fonts.shaped("محمد", Weight::Regular);
        let isolated: Vec<u16> = "محمد"
            .chars()
            .map(|c| fonts.face(2).glyph(c).unwrap())
            .collect();
        let shaped: Vec<u16> = word.runs[0].glyphs.iter().map(|g| g.gid).collect();
        assert_ne!(shaped, isolated, "the letters take their joined forms");
        // क्ष is one conjunct glyph, not three.
        let conjunct = fonts.shaped("क्ष", Weight::Regular);
        assert!(conjunct.runs[0].glyphs.len() < 3, "{conjunct:?}");
    }

    #[test]
    fn right_to_left_text_is_laid_out_from_the_right() {
        let fonts = fonts();
        let pieces = fonts.layout_line("abc דוד", Weight::Regular, 10.0, 0.0, None);
        // Latin first (left), then the Hebrew with its last letter leftmost.
        let Piece::Glyphs { glyphs, actual, .. } = &pieces[pieces.len() - 1] else {
            panic!("{pieces:?}");
        };
        assert!(actual.is_none());
        let order: String = glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(order, "דוד".chars().rev().collect::<String>());
        assert!(matches!(&pieces[0], Piece::Text { text, .. } if text.starts_with("abc")));
        // A paragraph in Hebrew starts at the right: the Latin word is last.
        let pieces = fonts.layout_line("דוד abc", Weight::Regular, 10.0, 0.0, None);
        assert!(matches!(&pieces[0], Piece::Text { text, .. } if text.contains("abc")));
    }

    #[test]
    fn brackets_mirror_in_right_to_left_text() {
        let fonts = fonts();
        let pieces = fonts.layout_line("(דוד)", Weight::Regular, 10.0, 0.0, None);
        let texts: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                Piece::Glyphs { glyphs, .. } => glyphs.iter().map(|g| g.text.clone()).collect(),
                Piece::Text { text, .. } => text.clone(),
            })
            .collect();
        // Drawn from the left: the closing bracket (as "(") comes first.
        assert_eq!(texts.first().map(String::as_str), Some("("));
        assert_eq!(texts.last().map(String::as_str), Some(")"));
    }

    #[test]
    fn a_field_after_a_right_to_left_name_keeps_its_place() {
        let fonts = fonts();
        let pieces = fonts.layout_line("Plans — דוד — 2026Q4", Weight::Regular, 10.0, 0.0, None);
        let Some(Piece::Text { text, .. }) = pieces.last() else {
            panic!("{pieces:?}");
        };
        assert!(text.ends_with("2026Q4"), "{pieces:?}");
        // Invisible controls typed in a text draw nothing.
        let pieces = fonts.layout_line("a\u{2067}דוד\u{2069} b", Weight::Regular, 10.0, 0.0, None);
        for piece in &pieces {
            if let Piece::Glyphs { glyphs, .. } = piece {
                assert!(glyphs.iter().all(|g| g.gid != 0), "{pieces:?}");
            }
        }
    }

    #[test]
    fn a_character_no_font_has_keeps_its_text() {
        let fonts = fonts();
        let pieces = fonts.layout_line("a\u{E000}b", Weight::Regular, 10.0, 0.0, None);
        let actual: Vec<&str> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Glyphs { actual, .. } => actual.as_deref(),
                _ => None,
            })
            .collect();
        assert_eq!(actual, ["\u{E000}"]);
    }

    #[test]
    fn measuring_matches_drawing() {
        let fonts = fonts();
        for text in [
            "Zoë Ångström",
            "محمد عبد الله",
            "प्रिया शर्मा",
            "สมชาย ใจดี",
            "a (דוד) b",
            "Plans — דוד — 2026Q4",
            "a\u{2067}דוד\u{2069} b",
            "王小明 김민준",
        ] {
            let width = fonts.measure(text, Weight::Bold, 12.0);
            let drawn = fonts.lay_out(text, Weight::Bold, 12.0, 5.0, None).x - 5.0;
            assert!(
                (drawn - width).abs() < 0.01,
                "{text}: drawn {drawn}, measured {width}"
            );
            assert!(width > 0.0);
        }
    }
}
