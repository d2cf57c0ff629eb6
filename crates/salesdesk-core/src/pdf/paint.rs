//! The painter: turns what the layout puts on a page (its [`Item`]s) into
//! the page's PDF content stream.
//!
//! printpdf builds the document (fonts and their subsets, links, bookmarks,
//! the file's structure); the pages' drawing is written here, straight to
//! bytes, as each item is laid out. Held as printpdf operations, a
//! 2,400-page packet's half a million operations took 64 MB and most of
//! the export's time to translate and encode; a page's bytes take a tenth
//! of that and are compressed on both cores at the end.
//!
//! Glyphs are written by their id in the full font. The font subset printpdf
//! makes renumbers them, and the new numbers are known only once every page
//! is drawn, so each glyph string's place is noted and the ids are
//! rewritten in place (four hex digits each) when the document is saved.
//!
//! Nothing already in force is written again: a colour, line width, font
//! or text mode equal to the page's current one is left out, and a text
//! object that starts right where the last one ended continues it.

use std::collections::BTreeMap;

use super::layout::{Rgb3, Style, Weight};
use super::text::{Fonts, Piece};

/// Something the layout put on a page, in PDF points from the bottom left.
/// The painter draws it; tests read it (see `Layout::keep_items`).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// One line of text with its baseline at `baseline`.
    Text {
        x: f32,
        baseline: f32,
        text: String,
        style: Style,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        color: Rgb3,
        thickness: f32,
    },
    /// A filled rectangle; `y` is its bottom edge.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: Rgb3,
    },
    /// A link to a page of the document (0-based).
    Link {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        page: usize,
    },
}

/// Where a glyph string sits in a page's bytes: `count` glyph ids of face
/// `face`, four hex digits each, from `at`.
#[derive(Debug, Clone, Copy)]
struct GlyphString {
    at: u32,
    count: u32,
    face: u16,
}

/// The glyphs a document uses, per face: each id with the text it stands
/// for (what the font's ToUnicode map says, for copying and extraction).
pub type UsedGlyphs = Vec<BTreeMap<u16, String>>;

/// One page's content stream, as it is drawn.
#[derive(Default)]
pub struct Canvas {
    bytes: Vec<u8>,
    glyph_strings: Vec<GlyphString>,
    fill: Option<Rgb3>,
    stroke: Option<Rgb3>,
    line_width: Option<f32>,
    /// The face and size of the text state (it outlives text objects).
    font: Option<(usize, f32)>,
    /// Filled and outlined: bold drawn in a face that has no bold.
    thickened: bool,
    /// Where the last text object's `ET` starts, while nothing follows it.
    open_end: Option<usize>,
}

impl Canvas {
    /// A line from `from` to `to`.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), color: Rgb3, thickness: f32) {
        self.open_end = None;
        self.set_stroke(color);
        self.set_line_width(thickness);
        num(&mut self.bytes, from.0);
        num(&mut self.bytes, from.1);
        self.bytes.extend_from_slice(b"m ");
        num(&mut self.bytes, to.0);
        num(&mut self.bytes, to.1);
        self.bytes.extend_from_slice(b"l S\n");
    }

    /// A filled rectangle whose bottom edge is `y`.
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Rgb3) {
        self.open_end = None;
        self.set_fill(color);
        for value in [x, y, width, height] {
            num(&mut self.bytes, value);
        }
        self.bytes.extend_from_slice(b"re f\n");
    }

    /// One laid-out line of text (`pieces`, from `Fonts::layout_line`).
    /// `font_name` names a face's font in the document's resources.
    pub fn text(
        &mut self,
        fonts: &Fonts,
        pieces: &[Piece],
        baseline: f32,
        style: Style,
        font_name: &mut dyn FnMut(usize) -> String,
        used: &mut UsedGlyphs,
    ) {
        match self.open_end.take() {
            // Right after the last text object: continue it.
            Some(end) => self.bytes.truncate(end),
            None => self.bytes.extend_from_slice(b"BT\n"),
        }
        self.set_fill(style.color);
        for piece in pieces {
            let face = match piece {
                Piece::Text { face, .. } | Piece::Glyphs { face, .. } => *face,
            };
            if self.font != Some((face, style.size)) {
                self.bytes.push(b'/');
                self.bytes.extend_from_slice(font_name(face).as_bytes());
                self.bytes.push(b' ');
                num(&mut self.bytes, style.size);
                self.bytes.extend_from_slice(b"Tf\n");
                self.font = Some((face, style.size));
            }
            // Bold in a face without a bold: outlined as well as filled.
            let thicken = style.weight == Weight::Bold && !fonts.face(face).is_bold();
            if thicken {
                self.set_stroke(style.color);
                self.set_line_width(style.size * 0.035);
            }
            if thicken != self.thickened {
                self.bytes
                    .extend_from_slice(if thicken { b"2 Tr\n" } else { b"0 Tr\n" });
                self.thickened = thicken;
            }
            if used.len() <= face {
                used.resize_with(face + 1, BTreeMap::new);
            }
            let glyphs_used = &mut used[face];
            match piece {
                Piece::Text { x, text, .. } => {
                    let parsed = &fonts.face(face).parsed;
                    self.matrix(*x, baseline);
                    let at = self.open_glyphs();
                    let mut count = 0;
                    for c in text.chars() {
                        let gid = parsed.lookup_glyph_index(c as u32);
                        if let Some(gid) = gid {
                            glyphs_used.entry(gid).or_insert_with(|| c.to_string());
                        }
                        hex4(&mut self.bytes, gid.unwrap_or(0));
                        count += 1;
                    }
                    self.close_glyphs(at, count, face, b"> Tj\n");
                }
                Piece::Glyphs { actual, glyphs, .. } => {
                    if let Some(actual) = actual {
                        self.bytes.extend_from_slice(b"/Span <</ActualText <FEFF");
                        for unit in actual.encode_utf16() {
                            hex4(&mut self.bytes, unit);
                        }
                        self.bytes.extend_from_slice(b">>> BDC\n");
                    }
                    self.glyph_runs(fonts, face, style.size, baseline, glyphs, glyphs_used);
                    if actual.is_some() {
                        self.bytes.extend_from_slice(b"EMC\n");
                    }
                }
            }
        }
        if self.thickened {
            self.bytes.extend_from_slice(b"0 Tr\n");
            self.thickened = false;
        }
        self.open_end = Some(self.bytes.len());
        self.bytes.extend_from_slice(b"ET\n");
    }

    /// Placed glyphs, one `TJ` per stretch on one baseline: a number
    /// between two glyphs moves the pen from where the font's advance
    /// (the width the PDF's font lists) left it to the next glyph's place,
    /// so viewers see one run of text, not one object per glyph.
    fn glyph_runs(
        &mut self,
        fonts: &Fonts,
        face: usize,
        size: f32,
        baseline: f32,
        glyphs: &[super::text::Placed],
        used: &mut BTreeMap<u16, String>,
    ) {
        let parsed = &fonts.face(face).parsed;
        let upem = f64::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let mut rest = glyphs;
        while let Some(first) = rest.first() {
            let y = baseline + first.dy;
            let stretch = rest.iter().take_while(|g| g.dy == first.dy).count();
            let (run, after) = rest.split_at(stretch);
            rest = after;
            self.matrix(first.x, y);
            self.bytes.push(b'[');
            let mut pen = 0.0f64;
            for glyph in run {
                // Where this glyph goes, in thousandths of the size from the
                // run's start; the pen is where the last advance left off.
                let wanted = f64::from(glyph.x - first.x) * 1000.0 / f64::from(size);
                let kern = (pen - wanted) as f32;
                if kern.abs() >= 0.05 {
                    num(&mut self.bytes, kern);
                    pen -= f64::from(round2(kern));
                }
                let at = self.open_glyphs();
                hex4(&mut self.bytes, glyph.gid);
                self.close_glyphs(at, 1, face, b">");
                used.entry(glyph.gid).or_insert_with(|| glyph.text.clone());
                // The width the PDF's font gives the glyph (printpdf writes
                // `/W` the same way: thousandths, cut to a whole number).
                pen +=
                    (f64::from(parsed.get_horizontal_advance(glyph.gid)) * 1000.0 / upem).trunc();
            }
            self.bytes.extend_from_slice(b"] TJ\n");
        }
    }

    fn matrix(&mut self, x: f32, y: f32) {
        self.bytes.extend_from_slice(b"1 0 0 1 ");
        num(&mut self.bytes, x);
        num(&mut self.bytes, y);
        self.bytes.extend_from_slice(b"Tm\n");
    }

    fn open_glyphs(&mut self) -> usize {
        self.bytes.push(b'<');
        self.bytes.len()
    }

    fn close_glyphs(&mut self, at: usize, count: u32, face: usize, end: &[u8]) {
        if count > 0 {
            self.glyph_strings.push(GlyphString {
                at: at as u32,
                count,
                face: face as u16,
            });
        }
        self.bytes.extend_from_slice(end);
    }

    fn set_fill(&mut self, color: Rgb3) {
        if self.fill != Some(color) {
            rgb(&mut self.bytes, color, b"rg\n");
            self.fill = Some(color);
        }
    }

    fn set_stroke(&mut self, color: Rgb3) {
        if self.stroke != Some(color) {
            rgb(&mut self.bytes, color, b"RG\n");
            self.stroke = Some(color);
        }
    }

    fn set_line_width(&mut self, width: f32) {
        if self.line_width != Some(width) {
            num(&mut self.bytes, width);
            self.bytes.extend_from_slice(b"w\n");
            self.line_width = Some(width);
        }
    }

    /// The finished content stream, with every glyph id rewritten to the
    /// document's font subsets' (`remap[face][gid]`).
    pub fn into_bytes(mut self, remap: &[Vec<u16>]) -> Vec<u8> {
        for string in &self.glyph_strings {
            let map = &remap[usize::from(string.face)];
            let start = string.at as usize;
            for i in 0..string.count as usize {
                let place = start + 4 * i;
                let gid = read_hex4(&self.bytes[place..place + 4]);
                let code = map.get(usize::from(gid)).copied().unwrap_or(0);
                write_hex4(&mut self.bytes[place..place + 4], code);
            }
        }
        self.bytes
    }

    /// The bytes as drawn so far (glyphs by their id in the full font).
    #[cfg(test)]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

fn rgb(out: &mut Vec<u8>, color: Rgb3, op: &[u8]) {
    num(out, color.0);
    num(out, color.1);
    num(out, color.2);
    out.extend_from_slice(op);
}

fn round2(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

/// A number to two decimals, without trailing zeros, and a space: what a
/// content stream needs (a hundredth of a point), written without the
/// float formatting that cost a large packet a tenth of its time.
fn num(out: &mut Vec<u8>, value: f32) {
    let hundredths = (f64::from(value) * 100.0).round() as i64;
    if hundredths < 0 {
        out.push(b'-');
    }
    let hundredths = hundredths.unsigned_abs();
    let whole = hundredths / 100;
    let part = hundredths % 100;
    let mut digits = [0u8; 20];
    let mut n = digits.len();
    let mut rest = whole;
    loop {
        n -= 1;
        digits[n] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[n..]);
    if part != 0 {
        out.push(b'.');
        out.push(b'0' + (part / 10) as u8);
        if !part.is_multiple_of(10) {
            out.push(b'0' + (part % 10) as u8);
        }
    }
    out.push(b' ');
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn hex4(out: &mut Vec<u8>, value: u16) {
    let mut place = [0u8; 4];
    write_hex4(&mut place, value);
    out.extend_from_slice(&place);
}

fn write_hex4(place: &mut [u8], value: u16) {
    for (i, byte) in place.iter_mut().enumerate() {
        *byte = HEX[usize::from((value >> (12 - 4 * i)) & 0xF)];
    }
}

fn read_hex4(place: &[u8]) -> u16 {
    place.iter().fold(0u16, |value, byte| {
        let digit = match byte {
            b'0'..=b'9' => byte - b'0',
            b'A'..=b'F' => byte - b'A' + 10,
            _ => 0,
        };
        (value << 4) | u16::from(digit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f32) -> String {
        let mut out = Vec::new();
        num(&mut out, value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_to_a_hundredth_without_trailing_zeros() {
        assert_eq!(written(0.0), "0 ");
        assert_eq!(written(12.0), "12 ");
        assert_eq!(written(12.5), "12.5 ");
        assert_eq!(written(595.28), "595.28 ");
        assert_eq!(written(-3.004), "-3 ");
        assert_eq!(written(-0.25), "-0.25 ");
        assert_eq!(written(0.07), "0.07 ");
        assert_eq!(written(841.894), "841.89 ");
        assert_eq!(written(1e7), "10000000 ");
    }

    #[test]
    fn glyph_ids_are_rewritten_in_place() {
        let mut bytes = Vec::new();
        for gid in [0u16, 0x12AB, 0xFFFF, 7] {
            hex4(&mut bytes, gid);
        }
        assert_eq!(bytes, b"000012ABFFFF0007");
        assert_eq!(read_hex4(b"12AB"), 0x12AB);
        let mut canvas = Canvas {
            bytes,
            ..Canvas::default()
        };
        canvas.glyph_strings.push(GlyphString {
            at: 4,
            count: 3,
            face: 0,
        });
        let mut remap = vec![0u16; 0x1_0000];
        remap[0x12AB] = 3;
        remap[0xFFFF] = 4;
        remap[7] = 5;
        assert_eq!(canvas.into_bytes(&[remap]), b"0000000300040005");
    }

    #[test]
    fn state_already_in_force_is_not_written_again() {
        let mut canvas = Canvas::default();
        let grey = Rgb3(0.5, 0.5, 0.5);
        canvas.line((0.0, 0.0), (10.0, 0.0), grey, 1.0);
        canvas.line((0.0, 5.0), (10.0, 5.0), grey, 1.0);
        canvas.rect(1.0, 2.0, 3.0, 4.0, grey);
        canvas.rect(1.0, 2.0, 3.0, 4.0, grey);
        let text = String::from_utf8(canvas.bytes().to_vec()).unwrap();
        assert_eq!(text.matches("RG").count(), 1, "{text}");
        assert_eq!(text.matches(" w\n").count(), 1, "{text}");
        assert_eq!(text.matches("rg").count(), 1, "{text}");
        assert_eq!(text.matches("re f").count(), 2, "{text}");
    }
}
