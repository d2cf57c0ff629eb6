//! A small page-layout engine on printpdf: wrapped paragraphs, headings kept
//! with what follows them, tables whose header repeats after a page break
//! (a row taller than a page goes on over the next), a table of contents
//! with links and bookmarks, and page numbers. Text in any script is
//! measured, shaped and ordered by `pdf::text`; a document embeds (as
//! subsets) only the faces it draws with.
//!
//! Coordinates are PDF points from the bottom-left of the page. The engine
//! keeps a cursor `y` (the top of the next line box) and starts a new page
//! whenever the next piece would cross the bottom margin.

use std::collections::BTreeMap;

use printpdf::{
    Actions, BorderArray, Codepoint, Color, Destination, DictItem, FontId, Line, LineDashPattern,
    LinePoint, LinkAnnotation, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, Rgb, TextItem, TextMatrix, TextRenderingMode, WindingOrder,
};

use super::text::Piece;
pub use super::text::{Fonts, Weight, fonts};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb3(pub f32, pub f32, pub f32);

impl Rgb3 {
    fn color(self) -> Color {
        Color::Rgb(Rgb {
            r: self.0,
            g: self.1,
            b: self.2,
            icc_profile: None,
        })
    }
}

/// The palette: calm, prints well in black and white.
pub mod palette {
    use super::Rgb3;
    pub const TEXT: Rgb3 = Rgb3(0.11, 0.13, 0.16);
    pub const MUTED: Rgb3 = Rgb3(0.36, 0.40, 0.45);
    pub const ACCENT: Rgb3 = Rgb3(0.11, 0.30, 0.55);
    pub const RULE: Rgb3 = Rgb3(0.80, 0.82, 0.85);
    pub const SHADE: Rgb3 = Rgb3(0.94, 0.95, 0.97);
}

/// A text style from the type scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Rgb3,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Rgb3) -> Self {
        Style {
            weight,
            size,
            color,
        }
    }

    pub fn line_height(&self) -> f32 {
        self.size * 1.4
    }
}

/// One type scale for every document.
pub mod scale {
    use super::{Style, Weight, palette};
    pub const TITLE: Style = Style::new(Weight::Bold, 30.0, palette::TEXT);
    pub const H1: Style = Style::new(Weight::Bold, 20.0, palette::ACCENT);
    pub const H2: Style = Style::new(Weight::Bold, 14.0, palette::TEXT);
    pub const LABEL: Style = Style::new(Weight::Bold, 9.0, palette::MUTED);
    pub const BODY: Style = Style::new(Weight::Regular, 10.5, palette::TEXT);
    pub const BODY_BOLD: Style = Style::new(Weight::Bold, 10.5, palette::TEXT);
    pub const SMALL: Style = Style::new(Weight::Regular, 8.5, palette::MUTED);
    /// Dense tables of figures.
    pub const TABLE_SMALL: Style = Style::new(Weight::Regular, 8.5, palette::TEXT);
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    pub width: f32,
    pub height: f32,
}

impl PageSize {
    pub const A4: PageSize = PageSize {
        width: 595.28,
        height: 841.89,
    };
    pub const LETTER: PageSize = PageSize {
        width: 612.0,
        height: 792.0,
    };
}

const MARGIN_X: f32 = 60.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 64.0;
/// Room a heading keeps for the content after it, so it is never left
/// alone at the foot of a page.
const KEEP_WITH_NEXT: f32 = 64.0;

#[derive(Debug, Clone)]
pub struct TocEntry {
    pub level: u8,
    pub title: String,
    /// 0-based index of the page the entry starts on.
    pub page: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    /// Share of the text width.
    pub fraction: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: &str, fraction: f32, align: Align) -> Self {
        Column {
            title: title.to_string(),
            fraction,
            align,
        }
    }
}

/// A document being laid out.
pub struct Layout {
    doc: PdfDocument,
    fonts: &'static Fonts,
    /// The document's font for each face, added when first drawn with.
    font_ids: Vec<Option<FontId>>,
    pub size: PageSize,
    pages: Vec<PageOps>,
    y: f32,
    toc: Vec<TocEntry>,
}

impl Layout {
    pub fn new(title: &str, size: PageSize) -> Self {
        Layout {
            doc: PdfDocument::new(title),
            fonts: fonts(),
            font_ids: Vec::new(),
            size,
            pages: Vec::new(),
            y: 0.0,
            toc: Vec::new(),
        }
    }

    pub fn fonts(&self) -> &'static Fonts {
        self.fonts
    }

    pub fn left(&self) -> f32 {
        MARGIN_X
    }

    pub fn text_width(&self) -> f32 {
        self.size.width - 2.0 * MARGIN_X
    }

    fn top(&self) -> f32 {
        self.size.height - MARGIN_TOP
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    pub fn current_page(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    pub fn cursor(&self) -> f32 {
        self.y
    }

    pub fn new_page(&mut self) {
        self.pages.push(PageOps::default());
        self.y = self.top();
    }

    /// Space left above the bottom margin on the current page.
    pub fn room(&self) -> f32 {
        self.y - MARGIN_BOTTOM
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || self.room() < height {
            self.new_page();
        }
    }

    pub fn space(&mut self, height: f32) {
        self.y -= height;
    }

    pub fn set_cursor(&mut self, y: f32) {
        self.y = y;
    }

    fn ops(&mut self) -> &mut PageOps {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.pages.last_mut().expect("a page exists")
    }

    /// Draws one line of text with its baseline at `baseline`.
    pub fn text_at(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        let ops = self.text_ops(x, baseline, text, style, None);
        self.ops().extend(ops);
    }

    /// [`Layout::text_at`] for a line of a paragraph whose direction is
    /// known (right to left: `rtl`).
    fn text_at_in(&mut self, x: f32, baseline: f32, text: &str, style: Style, rtl: bool) {
        let ops = self.text_ops(x, baseline, text, style, Some(rtl));
        self.ops().extend(ops);
    }

    /// The document's font for a face, added on first use (a document
    /// embeds only the faces it draws with).
    fn font_id(&mut self, face: usize) -> FontId {
        if self.font_ids.len() <= face {
            self.font_ids.resize(face + 1, None);
        }
        if let Some(id) = &self.font_ids[face] {
            return id.clone();
        }
        let id = self.doc.add_font(&self.fonts.face(face).parsed);
        self.font_ids[face] = Some(id.clone());
        id
    }

    /// One line in visual order: plain text where a face draws it one
    /// glyph per character, placed glyphs elsewhere, with the text a reader
    /// extracts (see `pdf::text`).
    fn text_ops(
        &mut self,
        x: f32,
        baseline: f32,
        text: &str,
        style: Style,
        rtl: Option<bool>,
    ) -> Vec<Op> {
        let pieces = self
            .fonts
            .layout_line(text, style.weight, style.size, x, rtl);
        let mut ops = vec![
            Op::StartTextSection,
            Op::SetFillColor {
                col: style.color.color(),
            },
        ];
        let mut current = None;
        let mut thickened = false;
        for piece in pieces {
            let face = match &piece {
                Piece::Text { face, .. } | Piece::Glyphs { face, .. } => *face,
            };
            if current != Some(face) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(self.font_id(face)),
                    size: Pt(style.size),
                });
                current = Some(face);
                // Bold in a face without a bold: outlined as well as filled.
                let thicken = style.weight == Weight::Bold && !self.fonts.face(face).is_bold();
                if thicken != thickened {
                    if thicken {
                        ops.push(Op::SetOutlineColor {
                            col: style.color.color(),
                        });
                        ops.push(Op::SetOutlineThickness {
                            pt: Pt(style.size * 0.035),
                        });
                    }
                    ops.push(Op::SetTextRenderingMode {
                        mode: if thicken {
                            TextRenderingMode::FillStroke
                        } else {
                            TextRenderingMode::Fill
                        },
                    });
                    thickened = thicken;
                }
            }
            match piece {
                Piece::Text { x, text, .. } => {
                    // Absolute (`Tm`, not `Td`): the page merges text
                    // objects, so the matrix at the start is not the origin.
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x, baseline]),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(text)],
                    });
                }
                Piece::Glyphs { actual, glyphs, .. } => {
                    if let Some(actual) = &actual {
                        ops.push(begin_actual_text(actual));
                    }
                    for glyph in glyphs {
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Raw([
                                1.0,
                                0.0,
                                0.0,
                                1.0,
                                glyph.x,
                                baseline + glyph.dy,
                            ]),
                        });
                        let cid = (!glyph.text.is_empty()).then_some(glyph.text);
                        ops.push(Op::ShowText {
                            items: vec![TextItem::GlyphIds(vec![Codepoint {
                                gid: glyph.gid,
                                offset: 0.0,
                                cid,
                            }])],
                        });
                    }
                    if actual.is_some() {
                        ops.push(Op::EndMarkedContent);
                    }
                }
            }
        }
        if thickened {
            ops.push(Op::SetTextRenderingMode {
                mode: TextRenderingMode::Fill,
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }

    pub fn measure(&self, text: &str, style: Style) -> f32 {
        self.fonts.measure(text, style.weight, style.size)
    }

    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let printable = self.fonts.printable(text, style.weight);
        self.fonts.wrap(&printable, style.weight, style.size, width)
    }

    /// [`Layout::wrap`], with whether each line's paragraph reads right to
    /// left.
    fn wrap_lines(&self, text: &str, style: Style, width: f32) -> Vec<(String, bool)> {
        let printable = self.fonts.printable(text, style.weight);
        self.fonts
            .wrap_lines(&printable, style.weight, style.size, width)
    }

    /// Draws one line box at the cursor and moves the cursor below it.
    pub fn line(&mut self, x: f32, text: &str, style: Style) {
        let lh = style.line_height();
        self.ensure(lh);
        let baseline = self.y - style.size;
        self.text_at(x, baseline, text, style);
        self.y -= lh;
    }

    /// [`Layout::line`] for a line of a wrapped paragraph.
    fn line_in(&mut self, x: f32, (text, rtl): &(String, bool), style: Style) {
        let lh = style.line_height();
        self.ensure(lh);
        let baseline = self.y - style.size;
        self.text_at_in(x, baseline, text, style, *rtl);
        self.y -= lh;
    }

    /// A wrapped paragraph, breaking across pages line by line.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        self.paragraph_indented(text, style, 0.0);
    }

    pub fn paragraph_indented(&mut self, text: &str, style: Style, indent: f32) {
        let width = self.text_width() - indent;
        for line in self.wrap_lines(text, style, width) {
            self.line_in(self.left() + indent, &line, style);
        }
    }

    /// A heading, kept together with the start of what follows it. With
    /// `toc` it is listed in the table of contents and the bookmarks.
    pub fn heading(&mut self, text: &str, style: Style, toc_level: Option<u8>) {
        let lines = self.wrap_lines(text, style, self.text_width());
        let height = lines.len() as f32 * style.line_height() + 6.0;
        if !self.pages.is_empty() && self.y < self.top() - 1.0 {
            self.space(style.size * 0.6);
        }
        self.ensure(height + KEEP_WITH_NEXT);
        if let Some(level) = toc_level {
            self.toc.push(TocEntry {
                level,
                title: text.to_string(),
                page: self.current_page(),
            });
        }
        for line in &lines {
            self.line_in(self.left(), line, style);
        }
        self.space(6.0);
    }

    /// A cover on a new page: a small label above a large title on a shaded
    /// band across the top, which grows with the title (a long company or
    /// rep name wraps inside it instead of running over what follows). The
    /// title starts `start` points below the top edge; the band is at least
    /// `min_band` tall. Leaves the cursor `gap` points below the band.
    pub fn cover(
        &mut self,
        label: &str,
        title: &str,
        start: f32,
        min_band: f32,
        gap: f32,
        toc_level: Option<u8>,
    ) {
        self.new_page();
        let label_lines = self.wrap_lines(label, scale::LABEL, self.text_width());
        let title_lines = self.wrap_lines(title, scale::TITLE, self.text_width());
        let content = label_lines.len() as f32 * scale::LABEL.line_height()
            + 4.0
            + title_lines.len() as f32 * scale::TITLE.line_height();
        let band = min_band.max(start + content + 30.0);
        let top = self.size.height;
        self.fill_rect(0.0, top - band, self.size.width, band, palette::SHADE);
        self.set_cursor(top - start);
        for line in &label_lines {
            self.line_in(self.left(), line, scale::LABEL);
        }
        self.space(4.0);
        if let Some(level) = toc_level {
            self.toc.push(TocEntry {
                level,
                title: title.to_string(),
                page: self.current_page(),
            });
        }
        for line in &title_lines {
            self.line_in(self.left(), line, scale::TITLE);
        }
        self.set_cursor(top - band - gap);
    }

    /// A small label above a block of text, kept with its first lines.
    pub fn labeled(&mut self, label: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.ensure(scale::LABEL.line_height() + 2.0 * scale::BODY.line_height());
        self.line(self.left(), &label.to_uppercase(), scale::LABEL);
        self.paragraph(text, scale::BODY);
        self.space(8.0);
    }

    /// A list with a marker before each item; items wrap under their text.
    pub fn list(&mut self, items: &[String], marker: &str) {
        let style = scale::BODY;
        let indent = 16.0;
        for item in items {
            let lines = self.wrap_lines(item, style, self.text_width() - indent);
            for (i, line) in lines.iter().enumerate() {
                self.ensure(style.line_height());
                if i == 0 {
                    let baseline = self.y - style.size;
                    self.text_at(self.left() + 2.0, baseline, marker, style);
                }
                self.line_in(self.left() + indent, line, style);
            }
        }
    }

    pub fn rule(&mut self, color: Rgb3, thickness: f32) {
        let y = self.y;
        let (x1, x2) = (self.left(), self.left() + self.text_width());
        self.draw_line(x1, y, x2, y, color, thickness);
    }

    pub fn draw_line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Rgb3, thickness: f32) {
        self.ops().extend([
            Op::SetOutlineColor { col: color.color() },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::SetLineDashPattern {
                dash: LineDashPattern::default(),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(x1),
                                y: Pt(y1),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(x2),
                                y: Pt(y2),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }

    /// A filled rectangle; `y` is its bottom edge.
    pub fn fill_rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Rgb3) {
        self.ops().extend([
            Op::SetFillColor { col: color.color() },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y),
                    width: Pt(width),
                    height: Pt(height),
                    mode: Some(PaintMode::Fill),
                    winding_order: Some(WindingOrder::NonZero),
                },
            },
        ]);
    }

    /// A table whose rows wrap their cells and never split (unless a row
    /// is taller than a page); after a page break the header row is drawn
    /// again.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>]) {
        self.table_styled(columns, rows, scale::BODY);
    }

    /// A table in a given text style (a smaller one for wide number tables).
    pub fn table_styled(&mut self, columns: &[Column], rows: &[Vec<String>], style: Style) {
        let header_style = scale::LABEL;
        let pad = 4.0;
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| c.fraction * self.text_width())
            .collect();
        // Header titles wrap within their column like the cells do.
        let titles: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.wrap(&c.title.to_uppercase(), header_style, w - 2.0 * pad))
            .collect();
        let header_lines = titles.iter().map(Vec::len).max().unwrap_or(1).max(1);
        // A table whose columns have no titles (a list of facts) has no header.
        let show_header = columns.iter().any(|c| !c.title.is_empty());
        let header_height = if show_header {
            header_lines as f32 * header_style.line_height() + 2.0 * pad
        } else {
            0.0
        };
        let draw_header = |layout: &mut Layout| {
            if !show_header {
                return;
            }
            let top = layout.y;
            layout.fill_rect(
                layout.left(),
                top - header_height,
                layout.text_width(),
                header_height,
                palette::SHADE,
            );
            let mut x = layout.left();
            for ((column, width), lines) in columns.iter().zip(&widths).zip(&titles) {
                for (i, title) in lines.iter().enumerate() {
                    let tx = match column.align {
                        Align::Left => x + pad,
                        Align::Right => x + width - pad - layout.measure(title, header_style),
                    };
                    let baseline =
                        top - pad - header_style.size - i as f32 * header_style.line_height();
                    layout.text_at(tx, baseline, title, header_style);
                }
                x += width;
            }
            layout.y -= header_height;
        };
        let lh = style.line_height();
        // Room for rows on a new page, below the header.
        let page_room = self.size.height - MARGIN_TOP - MARGIN_BOTTOM - header_height;
        for (index, row) in rows.iter().enumerate() {
            let cells: Vec<Vec<(String, bool)>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| self.wrap_lines(cell, style, width - 2.0 * pad))
                .collect();
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            let height = lines as f32 * lh + 2.0 * pad;
            if index == 0 {
                // The header stays with the first row (with its first line
                // when the row is longer than a page).
                let keep = if height <= page_room {
                    height
                } else {
                    lh + 2.0 * pad
                };
                self.ensure(header_height + keep);
                draw_header(self);
            }
            // A row that fits a page is never split; a longer one goes on
            // over as many pages as it needs, line by line.
            let mut from = 0;
            let mut fresh = false;
            loop {
                let need = (lines - from) as f32 * lh + 2.0 * pad;
                let mut to = lines;
                if self.room() < need {
                    if from == 0 && height <= page_room && !fresh {
                        self.new_page();
                        draw_header(self);
                        fresh = true;
                        continue;
                    }
                    let fit = ((self.room() - 2.0 * pad) / lh).floor().max(0.0) as usize;
                    let fit = if fresh { fit.max(1) } else { fit };
                    if fit == 0 {
                        self.new_page();
                        draw_header(self);
                        fresh = true;
                        continue;
                    }
                    to = (from + fit).min(lines);
                }
                self.table_row_lines(&cells, columns, &widths, style, pad, from..to);
                if to == lines {
                    break;
                }
                from = to;
                self.new_page();
                draw_header(self);
                fresh = true;
            }
        }
        self.space(10.0);
    }

    /// Lines `range` of a table row's cells, from the cursor, with the rule
    /// below them; moves the cursor below the rule.
    fn table_row_lines(
        &mut self,
        cells: &[Vec<(String, bool)>],
        columns: &[Column],
        widths: &[f32],
        style: Style,
        pad: f32,
        range: std::ops::Range<usize>,
    ) {
        let lh = style.line_height();
        let top = self.y;
        let mut x = self.left();
        for ((lines, column), width) in cells.iter().zip(columns).zip(widths) {
            let shown = lines
                .get(range.clone())
                .unwrap_or(&lines[range.start.min(lines.len())..]);
            for (i, (line, rtl)) in shown.iter().enumerate() {
                let baseline = top - pad - style.size - i as f32 * lh;
                let tx = match column.align {
                    Align::Left => x + pad,
                    Align::Right => x + width - pad - self.measure(line, style),
                };
                self.text_at_in(tx, baseline, line, style, *rtl);
            }
            x += width;
        }
        self.y -= range.len() as f32 * lh + 2.0 * pad;
        let y = self.y;
        self.draw_line(
            self.left(),
            y,
            self.left() + self.text_width(),
            y,
            palette::RULE,
            0.5,
        );
    }

    pub fn toc_entries(&self) -> &[TocEntry] {
        &self.toc
    }

    /// Inserts a table of contents after page `after` (0-based), with a
    /// link from each entry to its page and a bookmark per entry.
    pub fn insert_toc(&mut self, after: usize, title: &str) {
        let entries = self.toc.clone();
        // Lay the contents out on pages of their own first, to learn how many
        // pages they take, then shift every entry by that many pages.
        let row = scale::BODY.line_height() + 4.0;
        let first_page_rows =
            ((self.size.height - MARGIN_TOP - MARGIN_BOTTOM - 60.0) / row).floor() as usize;
        let other_page_rows =
            ((self.size.height - MARGIN_TOP - MARGIN_BOTTOM) / row).floor() as usize;
        let toc_pages = if entries.len() <= first_page_rows {
            1
        } else {
            1 + (entries.len() - first_page_rows).div_ceil(other_page_rows)
        };
        let shifted: Vec<TocEntry> = entries
            .iter()
            .map(|e| TocEntry {
                page: if e.page > after {
                    e.page + toc_pages
                } else {
                    e.page
                },
                ..e.clone()
            })
            .collect();

        let saved_pages = std::mem::take(&mut self.pages);
        let saved_y = self.y;
        self.new_page();
        self.heading(title, scale::H1, None);
        self.space(8.0);
        for entry in &shifted {
            if self.room() < row {
                self.new_page();
            }
            let (style, indent) = match entry.level {
                1 => (scale::BODY_BOLD, 0.0),
                _ => (scale::BODY, 16.0),
            };
            let number = (entry.page + 1).to_string();
            let number_width = self.measure(&number, style);
            let right = self.left() + self.text_width();
            let max_title = self.text_width() - indent - number_width - 24.0;
            let shown = self
                .fonts()
                .shorten(&entry.title, style.weight, style.size, max_title);
            let baseline = self.y - style.size;
            self.text_at(self.left() + indent, baseline, &shown, style);
            self.text_at(right - number_width, baseline, &number, style);
            // Dotted leader between title and page number.
            let start = self.left() + indent + self.measure(&shown, style) + 6.0;
            let end = right - number_width - 6.0;
            let mut x = start;
            while x < end {
                self.fill_rect(x, baseline, 1.0, 1.0, palette::RULE);
                x += 4.0;
            }
            let link = LinkAnnotation::new(
                Rect {
                    x: Pt(self.left()),
                    y: Pt(self.y - row),
                    width: Pt(self.text_width()),
                    height: Pt(row),
                    mode: None,
                    winding_order: None,
                },
                Actions::go_to(Destination::Xyz {
                    page: entry.page + 1,
                    left: Some(0.0),
                    top: Some(self.size.height),
                    zoom: None,
                }),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                None,
                None,
            );
            self.ops().push(Op::LinkAnnotation { link });
            self.y -= row;
        }
        let toc_pages_made = std::mem::replace(&mut self.pages, saved_pages);
        debug_assert_eq!(
            toc_pages_made.len(),
            toc_pages,
            "table of contents page estimate"
        );
        let at = after + 1;
        for (i, page) in toc_pages_made.into_iter().enumerate() {
            self.pages.insert(at + i, page);
        }
        self.y = saved_y;
        self.toc = shifted;
    }

    /// Adds the footer (left text and "Page n of N") to every page but the
    /// first, bookmarks for the contents, and writes the PDF.
    pub fn finish(mut self, footer: &str, info: DocumentInfo) -> Result<Vec<u8>> {
        let total = self.pages.len();
        for index in 1..total {
            let number = format!("Page {} of {}", index + 1, total);
            let y = MARGIN_BOTTOM / 2.0;
            let right = self.left() + self.text_width();
            let width = self.measure(&number, scale::SMALL);
            let footer_lines = self.wrap(footer, scale::SMALL, self.text_width() - width - 20.0);
            if let Some(first) = footer_lines.first() {
                let ops = self.text_ops(self.left(), y, first, scale::SMALL, None);
                self.pages[index].extend(ops);
            }
            let ops = self.text_ops(right - width, y, &number, scale::SMALL, None);
            self.pages[index].extend(ops);
        }
        for entry in &self.toc {
            self.doc.add_bookmark(&entry.title, entry.page + 1);
        }
        let width = printpdf::Mm::from(Pt(self.size.width));
        let height = printpdf::Mm::from(Pt(self.size.height));
        let pages = std::mem::take(&mut self.pages)
            .into_iter()
            .map(|page| PdfPage::new(width, height, page.ops))
            .collect();
        let stamp = printpdf::OffsetDateTime::from_unix_timestamp(info.created_unix)
            .map_err(|e| Error::Internal(format!("bad document date: {e}")))?;
        let meta = &mut self.doc.metadata.info;
        meta.document_title = info.title;
        meta.author = info.author;
        meta.creator = "Salesdesk".into();
        meta.producer = "Salesdesk (printpdf)".into();
        meta.subject = info.subject;
        meta.creation_date = stamp;
        meta.modification_date = stamp;
        meta.metadata_date = stamp;
        save(self.doc.with_pages(pages))
    }
}

/// One page's operations, written without repeating what the page's state
/// already holds: a colour, line width, dash, font or text mode equal to
/// the one in force is left out, and a text object that starts right where
/// the last one ended continues it. Every text drawn alone would otherwise
/// cost six operations (a 2,400-page packet held 1.2 million of 128 bytes
/// each); colours, fonts and modes are graphics state, which text objects
/// do not reset.
#[derive(Default)]
struct PageOps {
    ops: Vec<Op>,
    /// The state operations in force, one per kind ([`state_kind`]).
    state: [Option<Op>; STATE_KINDS],
}

const STATE_KINDS: usize = 6;

/// Which piece of page state `op` sets, if it is a state operation.
fn state_kind(op: &Op) -> Option<usize> {
    Some(match op {
        Op::SetFillColor { .. } => 0,
        Op::SetOutlineColor { .. } => 1,
        Op::SetOutlineThickness { .. } => 2,
        Op::SetLineDashPattern { .. } => 3,
        Op::SetFont { .. } => 4,
        Op::SetTextRenderingMode { .. } => 5,
        _ => return None,
    })
}

impl PageOps {
    fn push(&mut self, op: Op) {
        if let Some(kind) = state_kind(&op) {
            if self.state[kind].as_ref() == Some(&op) {
                return;
            }
            self.state[kind] = Some(op.clone());
        }
        if matches!(op, Op::StartTextSection) && matches!(self.ops.last(), Some(Op::EndTextSection))
        {
            self.ops.pop();
            return;
        }
        self.ops.push(op);
    }

    fn extend(&mut self, ops: impl IntoIterator<Item = Op>) {
        for op in ops {
            self.push(op);
        }
    }
}

/// The document as PDF bytes: printpdf's `save`, but each stream is
/// compressed at zlib's fast level as soon as the pages' operations are
/// dropped. (printpdf compresses at the best level, which took a quarter
/// of a 2,400-page packet's time for a file 10 % smaller, and keeps the
/// operations until the file is written.)
fn save(doc: &mut PdfDocument) -> Result<Vec<u8>> {
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    doc.pages = Vec::new();
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            compress_fast(stream)?;
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| Error::Internal(format!("could not write the PDF: {e}")))?;
    Ok(bytes)
}

/// lopdf's `Stream::compress` at the fast level: a stream that is not
/// filtered yet and gets smaller is deflated.
fn compress_fast(stream: &mut lopdf::Stream) -> Result<()> {
    use std::io::Write;
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder
        .write_all(&stream.content)
        .and_then(|_| encoder.finish())
        .map(|compressed| {
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        })
        .map_err(|e| Error::Internal(format!("could not compress the PDF: {e}")))
}

/// Opens a marked-content span whose /ActualText is `text`: what a reader
/// extracts for the glyphs inside, in logical order.
fn begin_actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend(unit.to_be_bytes());
    }
    let mut map = BTreeMap::new();
    map.insert(
        "ActualText".to_string(),
        DictItem::String {
            data,
            literal: false,
        },
    );
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: DictItem::Dict { map },
    }
}

/// Document properties written into the PDF.
pub struct DocumentInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub created_unix: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// Text of letters from several scripts (joined Arabic, Hebrew,
    /// Devanagari with its virama and vowel signs, Thai, Chinese, Korean,
    /// combining marks), spaces and line breaks.
    fn any_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                proptest::char::range('a', 'z'),
                proptest::char::range('a', 'z'),
                proptest::char::range('A', 'Z'),
                Just(' '),
                Just(' '),
                Just('\n'),
                Just('é'),
                Just('Ω'),
                Just('Ж'),
                Just('—'),
                Just('W'),
                Just('('),
                Just('\u{0301}'),
                proptest::char::range('\u{0627}', '\u{064A}'),
                proptest::char::range('\u{05D0}', '\u{05EA}'),
                proptest::char::range('\u{0915}', '\u{0939}'),
                Just('\u{094D}'),
                Just('\u{093F}'),
                proptest::char::range('\u{0E01}', '\u{0E3A}'),
                proptest::char::range('\u{4E00}', '\u{4E50}'),
                proptest::char::range('\u{AC00}', '\u{AC50}'),
            ],
            0..400,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    fn clusters(text: &str) -> usize {
        text.graphemes(true).count()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Wrapping ends, keeps every character but the spaces it breaks
        /// at, and no line is wider than the width unless it is one
        /// grapheme cluster that alone is.
        #[test]
        fn wrapping_keeps_every_character(text in any_text(), width in 1.0f32..600.0, bold in any::<bool>()) {
            let fonts = fonts();
            let weight = if bold { Weight::Bold } else { Weight::Regular };
            let lines = fonts.wrap(&text, weight, 10.0, width);
            let kept: String = lines.concat().chars().filter(|c| !c.is_whitespace()).collect();
            let given: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert_eq!(kept, given);
            for line in &lines {
                prop_assert!(
                    fonts.measure(line, weight, 10.0) <= width || clusters(line) <= 1,
                    "{:?} is wider than {}", line, width
                );
            }
        }

        /// Shortening ends, fits, and drops characters only at the end,
        /// where it says so with an ellipsis.
        #[test]
        fn shortening_fits_and_only_cuts_the_end(text in any_text(), width in 0.0f32..600.0) {
            let fonts = fonts();
            let shown = fonts.shorten(&text, Weight::Bold, 11.0, width);
            if shown == text {
                prop_assert!(fonts.measure(&text, Weight::Bold, 11.0) <= width);
            } else {
                let kept = shown.strip_suffix('…').expect("an ellipsis where it was cut");
                prop_assert!(text.starts_with(kept));
                prop_assert!(fonts.measure(&shown, Weight::Bold, 11.0) <= width || shown == "…");
            }
        }
    }

    #[test]
    fn a_title_longer_than_its_line_is_shortened_not_looped_on() {
        let fonts = fonts();
        for word in ["W", "محمد", "क्षत्रिय", "王"] {
            let title = word.repeat(20_000 / word.chars().count());
            let shown = fonts.shorten(&title, Weight::Bold, 11.0, 300.0);
            assert!(
                shown.ends_with('…') && shown.chars().count() < 200,
                "{shown}"
            );
            assert!(fonts.measure(&shown, Weight::Bold, 11.0) <= 300.0);
        }
    }

    #[test]
    fn a_long_word_in_any_script_wraps_between_clusters() {
        let fonts = fonts();
        for word in ["W", "محمد", "क्षत्रिय", "王", "สมชาย"] {
            let text = word.repeat(5_000 / word.chars().count());
            let lines = fonts.wrap(&text, Weight::Regular, 10.5, 200.0);
            assert!(lines.len() > 10, "{word}: {} lines", lines.len());
            assert_eq!(lines.concat(), text);
            for line in &lines {
                assert!(fonts.measure(line, Weight::Regular, 10.5) <= 200.0);
                // No line starts with a sign that belongs to the cluster
                // before it.
                let first = line.chars().next().unwrap();
                assert!(!('\u{093E}'..='\u{094D}').contains(&first), "{line}");
            }
        }
    }
}
