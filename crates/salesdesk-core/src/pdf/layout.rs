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
//!
//! What it places are [`Item`]s (text lines, rules, rectangles, links);
//! `pdf::paint` draws each into its page's content stream at once, and
//! tests read the items themselves ([`Layout::keep_items`]).

use printpdf::{
    Actions, BorderArray, Codepoint, Destination, FontId, LinkAnnotation, Op, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, PdfWarnMsg, Pt, Rect, TextItem,
};

pub use super::paint::Item;
use super::paint::{Canvas, UsedGlyphs};
pub use super::text::{Fonts, Weight, fonts};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb3(pub f32, pub f32, pub f32);

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
    /// The glyphs drawn so far, per face (the fonts' subsets).
    used: UsedGlyphs,
    pub size: PageSize,
    pages: Vec<Page>,
    y: f32,
    toc: Vec<TocEntry>,
    /// Keep each page's items for tests to read (off: they are drawn and
    /// dropped).
    keep_items: bool,
}

/// One page: its content stream as drawn, its links, and (for tests) the
/// items placed on it.
#[derive(Default)]
struct Page {
    canvas: Canvas,
    links: Vec<LinkAnnotation>,
    items: Vec<Item>,
}

impl Layout {
    pub fn new(title: &str, size: PageSize) -> Self {
        Layout {
            doc: PdfDocument::new(title),
            fonts: fonts(),
            font_ids: Vec::new(),
            used: Vec::new(),
            size,
            pages: Vec::new(),
            y: 0.0,
            toc: Vec::new(),
            keep_items: false,
        }
    }

    /// Keeps every page's items, for tests that check the layout itself
    /// (what is drawn where) rather than the PDF.
    pub fn keep_items(mut self) -> Self {
        self.keep_items = true;
        self
    }

    /// The items of page `index` (0-based), when kept ([`Layout::keep_items`]).
    pub fn items(&self, index: usize) -> &[Item] {
        self.pages.get(index).map_or(&[], |p| &p.items)
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
        self.pages.push(Page::default());
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

    /// Places `item` on the current page (on `page`, when given) and draws it.
    fn place(&mut self, item: Item, rtl: Option<bool>, page: Option<usize>) {
        if self.pages.is_empty() {
            self.new_page();
        }
        let index = page.unwrap_or(self.pages.len() - 1);
        match &item {
            Item::Text {
                x,
                baseline,
                text,
                style,
            } => {
                let pieces = self
                    .fonts
                    .layout_line(text, style.weight, style.size, *x, rtl);
                // The faces' fonts are added to the document on first use.
                let faces: Vec<usize> = pieces
                    .iter()
                    .map(|p| match p {
                        super::text::Piece::Text { face, .. }
                        | super::text::Piece::Glyphs { face, .. } => *face,
                    })
                    .collect();
                for face in faces {
                    self.font_id(face);
                }
                let ids = &self.font_ids;
                let mut name = |face: usize| {
                    ids[face]
                        .as_ref()
                        .map_or_else(String::new, |id| id.0.clone())
                };
                self.pages[index].canvas.text(
                    self.fonts,
                    &pieces,
                    *baseline,
                    *style,
                    &mut name,
                    &mut self.used,
                );
            }
            Item::Line {
                from,
                to,
                color,
                thickness,
            } => self.pages[index]
                .canvas
                .line(*from, *to, *color, *thickness),
            Item::Rect {
                x,
                y,
                width,
                height,
                color,
            } => self.pages[index]
                .canvas
                .rect(*x, *y, *width, *height, *color),
            Item::Link {
                x,
                y,
                width,
                height,
                page,
            } => {
                let link = LinkAnnotation::new(
                    Rect {
                        x: Pt(*x),
                        y: Pt(*y),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: None,
                        winding_order: None,
                    },
                    Actions::go_to(Destination::Xyz {
                        page: page + 1,
                        left: Some(0.0),
                        top: Some(self.size.height),
                        zoom: None,
                    }),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                );
                self.pages[index].links.push(link);
            }
        }
        if self.keep_items {
            self.pages[index].items.push(item);
        }
    }

    /// Draws one line of text with its baseline at `baseline`.
    pub fn text_at(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        self.text_on(x, baseline, text, style, None, None);
    }

    /// [`Layout::text_at`] for a line of a paragraph whose direction is
    /// known (right to left: `rtl`).
    fn text_at_in(&mut self, x: f32, baseline: f32, text: &str, style: Style, rtl: bool) {
        self.text_on(x, baseline, text, style, Some(rtl), None);
    }

    fn text_on(
        &mut self,
        x: f32,
        baseline: f32,
        text: &str,
        style: Style,
        rtl: Option<bool>,
        page: Option<usize>,
    ) {
        let item = Item::Text {
            x,
            baseline,
            text: text.to_string(),
            style,
        };
        self.place(item, rtl, page);
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
        let item = Item::Line {
            from: (x1, y1),
            to: (x2, y2),
            color,
            thickness,
        };
        self.place(item, None, None);
    }

    /// A filled rectangle; `y` is its bottom edge.
    pub fn fill_rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Rgb3) {
        let item = Item::Rect {
            x,
            y,
            width,
            height,
            color,
        };
        self.place(item, None, None);
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
    /// link from each entry to its page and a bookmark per entry. Laid out
    /// in two passes: the first learns how many pages the contents take
    /// (every entry after them moves on by that many), the second draws them
    /// with the right numbers.
    pub fn insert_toc(&mut self, after: usize, title: &str) -> Result<()> {
        let entries = self.toc.clone();
        let shifted_by = |pages: usize| -> Vec<TocEntry> {
            entries
                .iter()
                .map(|e| TocEntry {
                    page: if e.page > after {
                        e.page + pages
                    } else {
                        e.page
                    },
                    ..e.clone()
                })
                .collect()
        };
        let counted = self.lay_out_toc(title, &shifted_by(0)).len();
        let shifted = shifted_by(counted);
        let made = self.lay_out_toc(title, &shifted);
        // Entries are rows of one height, so the numbers do not change the
        // count; should they ever, the contents would point wrong: refuse.
        if made.len() != counted {
            return Err(Error::Internal(format!(
                "the table of contents took {} pages, then {counted}",
                made.len()
            )));
        }
        let at = after + 1;
        for (i, page) in made.into_iter().enumerate() {
            self.pages.insert(at + i, page);
        }
        self.toc = shifted;
        Ok(())
    }

    /// The pages of a table of contents listing `entries`, laid out apart
    /// from the document's (whose cursor and glyphs are left as they were
    /// when this is only a count).
    fn lay_out_toc(&mut self, title: &str, entries: &[TocEntry]) -> Vec<Page> {
        let row = scale::BODY.line_height() + 4.0;
        let saved_pages = std::mem::take(&mut self.pages);
        let saved_y = self.y;
        self.new_page();
        self.heading(title, scale::H1, None);
        self.space(8.0);
        for entry in entries {
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
            let link = Item::Link {
                x: self.left(),
                y: self.y - row,
                width: self.text_width(),
                height: row,
                page: entry.page,
            };
            self.place(link, None, None);
            self.y -= row;
        }
        self.y = saved_y;
        std::mem::replace(&mut self.pages, saved_pages)
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
                self.text_on(self.left(), y, first, scale::SMALL, None, Some(index));
            }
            self.text_on(right - width, y, &number, scale::SMALL, None, Some(index));
        }
        for entry in &self.toc {
            self.doc.add_bookmark(&entry.title, entry.page + 1);
        }
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
        self.save()
    }

    /// The document as PDF bytes. printpdf writes its structure, fonts,
    /// links and bookmarks from pages that hold only their links, the
    /// first also a probe: every glyph drawn, per font, in order of id, in
    /// invisible text. printpdf subsets the fonts from that probe and
    /// writes its glyphs under their new numbers, which is how each page's
    /// content (drawn with the full fonts' ids) learns them. Then each
    /// page's content replaces printpdf's, compressed at zlib's fast level
    /// on every core.
    fn save(mut self) -> Result<Vec<u8>> {
        let width = printpdf::Mm::from(Pt(self.size.width));
        let height = printpdf::Mm::from(Pt(self.size.height));
        let mut canvases = Vec::with_capacity(self.pages.len());
        let mut pages = Vec::with_capacity(self.pages.len());
        for (index, page) in std::mem::take(&mut self.pages).into_iter().enumerate() {
            let mut ops: Vec<Op> = Vec::new();
            if index == 0 {
                ops.extend(self.probe());
            }
            ops.extend(
                page.links
                    .into_iter()
                    .map(|link| Op::LinkAnnotation { link }),
            );
            pages.push(PdfPage::new(width, height, ops));
            canvases.push(page.canvas);
        }
        let mut warnings = Vec::new();
        let options = PdfSaveOptions {
            optimize: false,
            ..PdfSaveOptions::default()
        };
        let mut pdf = self
            .doc
            .with_pages(pages)
            .to_lopdf_document(&options, &mut warnings);
        refuse_on_errors(&warnings)?;
        let page_ids: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
        let content_ids = page_ids
            .iter()
            .map(|id| {
                pdf.get_dictionary(*id)
                    .and_then(|page| page.get(b"Contents"))
                    .and_then(|contents| contents.as_reference())
                    .map_err(|e| Error::Internal(format!("a page has no content: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        if content_ids.len() != canvases.len() {
            return Err(Error::Internal("the PDF lost a page".into()));
        }
        let remap = match content_ids.first() {
            Some(first) => self.read_probe(&pdf, *first)?,
            None => Vec::new(),
        };
        let contents = compress_all(canvases, &remap)?;
        for (id, content) in content_ids.iter().zip(contents) {
            if let Ok(lopdf::Object::Stream(stream)) = pdf.get_object_mut(*id) {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(content);
                stream.allows_compression = false;
            }
        }
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

    /// Every glyph drawn, per font, in order of id: what printpdf subsets
    /// the fonts from (its numbering is read back by [`Layout::read_probe`]).
    fn probe(&mut self) -> Vec<Op> {
        let mut ops = vec![Op::StartTextSection];
        for face in 0..self.used.len() {
            if self.used[face].is_empty() {
                continue;
            }
            let glyphs = self.used[face]
                .iter()
                .map(|(gid, text)| Codepoint {
                    gid: *gid,
                    offset: 0.0,
                    cid: (!text.is_empty()).then(|| text.clone()),
                })
                .collect();
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(self.font_id(face)),
                size: Pt(1.0),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(glyphs)],
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }

    /// The subsets' number of every glyph drawn, `remap[face][gid]`, read
    /// from the probe printpdf wrote on the first page.
    fn read_probe(&self, pdf: &lopdf::Document, probe: lopdf::ObjectId) -> Result<Vec<Vec<u16>>> {
        let bad = |what: &str| Error::Internal(format!("could not read the font probe: {what}"));
        let stream = pdf
            .get_object(probe)
            .and_then(|o| o.as_stream())
            .map_err(|e| bad(&e.to_string()))?;
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let operations = lopdf::content::Content::decode(&content)
            .map_err(|e| bad(&e.to_string()))?
            .operations;
        let mut codes: Vec<Vec<u16>> = vec![Vec::new(); self.used.len()];
        let mut face = None;
        for operation in operations {
            match operation.operator.as_str() {
                "Tf" => {
                    let name = operation
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .unwrap_or_default();
                    face = self
                        .font_ids
                        .iter()
                        .position(|id| id.as_ref().is_some_and(|id| id.0.as_bytes() == name));
                }
                "Tj" | "TJ" => {
                    let Some(face) = face else {
                        return Err(bad("text before a font"));
                    };
                    let mut strings = Vec::new();
                    for operand in &operation.operands {
                        match operand {
                            lopdf::Object::String(bytes, _) => strings.push(bytes.clone()),
                            lopdf::Object::Array(items) => {
                                for item in items {
                                    if let lopdf::Object::String(bytes, _) = item {
                                        strings.push(bytes.clone());
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    for bytes in strings {
                        codes[face].extend(
                            bytes
                                .chunks_exact(2)
                                .map(|pair| u16::from_be_bytes([pair[0], pair[1]])),
                        );
                    }
                }
                _ => {}
            }
        }
        let mut remap = Vec::with_capacity(self.used.len());
        for (face, glyphs) in self.used.iter().enumerate() {
            if codes[face].len() != glyphs.len() {
                return Err(bad(&format!(
                    "{} glyphs drawn in face {face}, {} written",
                    glyphs.len(),
                    codes[face].len()
                )));
            }
            let size = glyphs.keys().next_back().map_or(0, |g| usize::from(*g) + 1);
            let mut map = vec![0u16; size];
            for (gid, code) in glyphs.keys().zip(&codes[face]) {
                map[usize::from(*gid)] = *code;
            }
            remap.push(map);
        }
        Ok(remap)
    }
}

/// printpdf's errors end the export (a document it could not write whole
/// is not handed out as if it were); its warnings and notes go to the log,
/// each distinct message once with how often it came.
fn refuse_on_errors(warnings: &[PdfWarnMsg]) -> Result<()> {
    use printpdf::PdfParseErrorSeverity as Severity;
    for (severity, msg, times) in summarize(warnings) {
        match severity {
            Severity::Error => {}
            Severity::Warning => log::warn!("printpdf: {msg} ({times}×)"),
            Severity::Info => log::info!("printpdf: {msg} ({times}×)"),
        }
    }
    let errors: Vec<&str> = warnings
        .iter()
        .filter(|w| w.severity == Severity::Error)
        .map(|w| w.msg.as_str())
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    Err(Error::Internal(format!(
        "the PDF could not be written: {}",
        errors.join("; ")
    )))
}

/// printpdf's messages, each distinct one once with its count, in the
/// order they first came (a 2,000-page packet must not log 2,000 lines).
fn summarize(warnings: &[PdfWarnMsg]) -> Vec<(printpdf::PdfParseErrorSeverity, String, usize)> {
    let mut out: Vec<(printpdf::PdfParseErrorSeverity, String, usize)> = Vec::new();
    let mut index: std::collections::HashMap<(printpdf::PdfParseErrorSeverity, &str), usize> =
        std::collections::HashMap::new();
    for w in warnings {
        match index.get(&(w.severity, w.msg.as_str())) {
            Some(&i) => out[i].2 += 1,
            None => {
                index.insert((w.severity, w.msg.as_str()), out.len());
                out.push((w.severity, w.msg.clone(), 1));
            }
        }
    }
    out
}

/// Each page's content with the subsets' glyph numbers, compressed, on as
/// many threads as there are cores.
fn compress_all(canvases: Vec<Canvas>, remap: &[Vec<u16>]) -> Result<Vec<Vec<u8>>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = canvases.len().div_ceil(threads).max(1);
    let mut canvases = canvases;
    let mut parts = Vec::new();
    while !canvases.is_empty() {
        let rest = canvases.split_off(chunk.min(canvases.len()));
        parts.push(std::mem::replace(&mut canvases, rest));
    }
    let compressed: Vec<Result<Vec<Vec<u8>>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| {
                scope.spawn(move || {
                    part.into_iter()
                        .map(|canvas| deflate(&canvas.into_bytes(remap)))
                        .collect::<Result<Vec<_>>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::Internal("compressing a page failed".into())))
            })
            .collect()
    });
    let mut all = Vec::new();
    for part in compressed {
        all.extend(part?);
    }
    Ok(all)
}

fn deflate(bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::fast(),
    );
    encoder
        .write_all(bytes)
        .and_then(|_| encoder.finish())
        .map_err(|e| Error::Internal(format!("could not compress the PDF: {e}")))
}

/// lopdf's `Stream::compress` at the fast level: a stream that is not
/// filtered yet and gets smaller is deflated.
fn compress_fast(stream: &mut lopdf::Stream) -> Result<()> {
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let compressed = deflate(&stream.content)?;
    if compressed.len() + 19 < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    Ok(())
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

    /// What the log was told, for the test of printpdf's messages.
    struct Captured(std::sync::Mutex<Vec<(log::Level, String)>>);

    impl log::Log for Captured {
        fn enabled(&self, _: &log::Metadata<'_>) -> bool {
            true
        }
        fn log(&self, record: &log::Record<'_>) {
            self.0
                .lock()
                .unwrap()
                .push((record.level(), record.args().to_string()));
        }
        fn flush(&self) {}
    }

    static CAPTURED: Captured = Captured(std::sync::Mutex::new(Vec::new()));

    fn message(severity: printpdf::PdfParseErrorSeverity, msg: &str) -> PdfWarnMsg {
        PdfWarnMsg {
            page: 0,
            op_id: 0,
            severity,
            msg: msg.into(),
        }
    }

    #[test]
    fn printpdf_warnings_are_logged_once_each_and_errors_refuse_the_pdf() {
        use printpdf::PdfParseErrorSeverity as Severity;
        let _ = log::set_logger(&CAPTURED);
        log::set_max_level(log::LevelFilter::Trace);
        let notes = vec![
            message(Severity::Warning, "font has no kerning table"),
            message(Severity::Info, "page 1 merged"),
            message(Severity::Warning, "font has no kerning table"),
        ];
        assert!(refuse_on_errors(&notes).is_ok(), "warnings do not refuse");
        let logged = CAPTURED.0.lock().unwrap().clone();
        let printpdf: Vec<_> = logged
            .iter()
            .filter(|(_, m)| m.starts_with("printpdf:"))
            .collect();
        assert_eq!(
            printpdf,
            [
                &(
                    log::Level::Warn,
                    "printpdf: font has no kerning table (2×)".to_string()
                ),
                &(log::Level::Info, "printpdf: page 1 merged (1×)".to_string()),
            ]
        );
        let mut bad = notes.clone();
        bad.push(message(Severity::Error, "stream could not be written"));
        let err = refuse_on_errors(&bad).unwrap_err();
        assert!(
            err.to_string().contains("stream could not be written"),
            "{err}"
        );
    }

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

    fn texts(layout: &Layout, page: usize) -> Vec<(String, f32, f32)> {
        layout
            .items(page)
            .iter()
            .filter_map(|item| match item {
                Item::Text {
                    text, x, baseline, ..
                } => Some((text.clone(), *x, *baseline)),
                _ => None,
            })
            .collect()
    }

    fn page_of(layout: &Layout, wanted: &str) -> Option<usize> {
        page_from(layout, wanted, 0)
    }

    fn page_from(layout: &Layout, wanted: &str, from: usize) -> Option<usize> {
        (from..layout.page_count()).find(|&p| texts(layout, p).iter().any(|(t, _, _)| t == wanted))
    }

    #[test]
    fn a_paragraph_wraps_within_the_text_width_and_keeps_every_word() {
        let mut layout = Layout::new("t", PageSize::A4).keep_items();
        let text = "Salesdesk lays out every line of a paragraph within the margins; ".repeat(150)
            + "محمد علي and 王小明 too.";
        layout.paragraph(&text, scale::BODY);
        let mut words = Vec::new();
        for page in 0..layout.page_count() {
            for (line, x, baseline) in texts(&layout, page) {
                assert_eq!(x, layout.left());
                assert!(baseline > MARGIN_BOTTOM && baseline < layout.size.height - MARGIN_TOP);
                assert!(
                    layout.measure(&line, scale::BODY) <= layout.text_width() + 0.01,
                    "{line}"
                );
                words.extend(line.split_whitespace().map(str::to_string));
            }
        }
        assert_eq!(
            words,
            text.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        );
        assert!(
            layout.page_count() >= 2,
            "150 repeats fill more than a page"
        );
    }

    #[test]
    fn a_heading_is_never_left_alone_at_the_foot_of_a_page() {
        let mut layout = Layout::new("t", PageSize::A4).keep_items();
        // Fill the first page to just above the room a heading keeps.
        while layout.room() > KEEP_WITH_NEXT + 30.0 || layout.page_count() == 0 {
            layout.line(layout.left(), "filler", scale::BODY);
        }
        assert_eq!(layout.page_count(), 1);
        layout.heading("The next section", scale::H2, Some(1));
        layout.paragraph("Its first line.", scale::BODY);
        assert_eq!(page_of(&layout, "The next section"), Some(1));
        assert_eq!(page_of(&layout, "Its first line."), Some(1));
        assert_eq!(layout.toc_entries()[0].page, 1);
    }

    #[test]
    fn a_table_repeats_its_header_after_a_page_break_and_never_splits_a_row() {
        let mut layout = Layout::new("t", PageSize::A4).keep_items();
        let columns = [
            Column::new("Account", 0.6, Align::Left),
            Column::new("Amount", 0.4, Align::Right),
        ];
        let rows: Vec<Vec<String>> = (0..120)
            .map(|i| vec![format!("Account {i}"), format!("{}", i * 100)])
            .collect();
        layout.table(&columns, &rows);
        assert!(layout.page_count() >= 3);
        for page in 0..layout.page_count() {
            let page_texts = texts(&layout, page);
            let first = &page_texts[0].0;
            assert_eq!(first, "ACCOUNT", "page {page} starts with the header");
            // Each row's two cells are on the same page.
            for (text, _, baseline) in &page_texts {
                if let Some(i) = text.strip_prefix("Account ") {
                    let amount = format!("{}", i.parse::<usize>().unwrap() * 100);
                    assert!(
                        page_texts
                            .iter()
                            .any(|(t, _, b)| *t == amount && b == baseline),
                        "row {i} split"
                    );
                }
            }
        }
        // Right-aligned cells end at the column's right edge, less the padding.
        let (amount, x, _) = texts(&layout, 0)
            .into_iter()
            .find(|(t, _, _)| t == "100")
            .unwrap();
        let right = layout.left() + layout.text_width() - 4.0;
        assert!((x + layout.measure(&amount, scale::BODY) - right).abs() < 0.01);
    }

    #[test]
    fn the_contents_give_each_entry_the_page_it_ended_up_on() {
        let mut layout = Layout::new("t", PageSize::A4).keep_items();
        layout.cover("Label", "Title", 80.0, 200.0, 20.0, None);
        // Enough entries for contents of two pages, sections of one page each.
        for i in 0..70 {
            layout.new_page();
            layout.heading(&format!("Section {i}"), scale::H2, Some(1));
            layout.paragraph("Text.", scale::BODY);
        }
        layout.insert_toc(0, "Contents").unwrap();
        let contents_pages = 2;
        assert_eq!(page_of(&layout, "Contents"), Some(1));
        let body = 1 + contents_pages;
        assert_eq!(page_from(&layout, "Section 0", body), Some(body));
        let listed: Vec<(String, f32, f32)> = (1..=contents_pages)
            .flat_map(|p| texts(&layout, p))
            .collect();
        for i in 0..70 {
            let title = format!("Section {i}");
            let page = page_from(&layout, &title, body).unwrap();
            // The entry's row: its title, and its number on the same baseline.
            let (_, _, baseline) = listed.iter().find(|(t, _, _)| *t == title).unwrap();
            let number = (page + 1).to_string();
            assert!(
                listed.iter().any(|(t, _, b)| *t == number && b == baseline),
                "{title} is on page {number}"
            );
            assert_eq!(layout.toc_entries()[i].page, page);
        }
        let links = (1..=contents_pages)
            .flat_map(|p| layout.items(p).to_vec())
            .filter(|item| matches!(item, Item::Link { .. }))
            .count();
        assert_eq!(links, 70);
    }

    #[test]
    fn the_pdf_has_every_page_and_its_text() {
        let mut layout = Layout::new("t", PageSize::A4);
        layout.cover("Label", "Title", 80.0, 200.0, 20.0, None);
        layout.new_page();
        layout.paragraph("Plain text, محمد, 王小明 and क्षत्रिय.", scale::BODY);
        let bytes = layout
            .finish(
                "Footer",
                DocumentInfo {
                    title: "t".into(),
                    author: "a".into(),
                    subject: "s".into(),
                    created_unix: 0,
                },
            )
            .unwrap();
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(pdf.get_pages().len(), 2);
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
