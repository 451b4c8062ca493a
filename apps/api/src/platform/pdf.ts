// A small Chinese PDF toolkit over pdf-lib. Text is laid out (and measured with the full Noto Sans SC
// metrics) as it is written, but drawn only at save(): by then every character is known, so the font
// is subset once to exactly those characters and embedded with `subset: false` (see pdf-font.ts).
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  type ChineseFont,
  cleanText,
  loadChineseFont,
  measureText,
  subsetChineseFont,
  warmUpFont,
} from './pdf-font.ts';
import { type Measure, wrapText } from './text-wrap.ts';

export type Rgb = readonly [number, number, number];
export const COLORS = {
  text: [0.1, 0.1, 0.1],
  muted: [0.4, 0.4, 0.4],
  accent: [0.09, 0.33, 0.62],
  red: [0.8, 0.1, 0.1],
  blue: [0.05, 0.25, 0.75],
  border: [0.55, 0.55, 0.55],
  headerFill: [0.92, 0.94, 0.97],
} as const satisfies Record<string, Rgb>;

export interface DocumentOptions {
  title?: string;
  /** drawn on every page above the page number, e.g. 示例数据，仅供演示 */
  footerNote?: string;
  footerColor?: Rgb;
  /** a large faint diagonal mark on every page, e.g. 示例 */
  watermark?: string;
  /** fixes the creation date, for reproducible output */
  date?: Date;
}
export interface TextStyle {
  size?: number;
  color?: Rgb;
  align?: 'left' | 'center' | 'right';
  indent?: number;
}
export interface TableColumn {
  header: string;
  /** relative weight; the table always spans the content width */
  width: number;
  align?: 'left' | 'center';
  color?: Rgb;
}
export interface TableOptions {
  size?: number;
  minRowHeight?: number;
}
export interface QrOptions {
  size?: number;
  caption?: string;
  /** float at the right edge; the following text flows beside it */
  float?: boolean;
}

export interface PdfWriter {
  readonly contentWidth: number;
  readonly pageCount: number;
  title(text: string, style?: TextStyle): void;
  heading(text: string): void;
  paragraph(text: string, style?: TextStyle): void;
  keyValues(
    rows: readonly (readonly [string, string])[],
    options?: { labelWidth?: number; size?: number },
  ): void;
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options?: TableOptions): void;
  /** a label with an underlined space to write on (blank form) or a value written on the line */
  fieldLine(label: string, value?: string, options?: { labelWidth?: number; color?: Rgb }): void;
  qrCode(content: string, options?: QrOptions): Promise<void>;
  /** a PNG (e.g. a drawn signature) at the left margin, scaled to `width` points; the caller checked the bytes */
  image(png: Uint8Array, options: { width: number; maxHeight?: number }): Promise<void>;
  /** a bordered mark at the top right of the current page, e.g. 「样表」 */
  stamp(text: string, color?: Rgb): void;
  space(points: number): void;
  newPage(): void;
  save(): Promise<Uint8Array>;
}

const PAGE: [number, number] = [595.28, 841.89]; // A4 portrait, points
const MARGIN = { top: 56, bottom: 64, side: 50 };
const BODY = 10.5;
const LINE = 1.5;

interface TextOp {
  page: PDFPage;
  text: string;
  x: number;
  y: number;
  size: number;
  color: Rgb;
  rotate?: number;
  opacity?: number;
}

const toRgb = (c: Rgb) => rgb(c[0], c[1], c[2]);

class ChineseDocument implements PdfWriter {
  readonly contentWidth = PAGE[0] - 2 * MARGIN.side;
  private readonly ops: TextOp[] = [];
  private page: PDFPage;
  private y = PAGE[1] - MARGIN.top;
  private float: { bottom: number; width: number } | undefined;
  private saved = false;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: ChineseFont,
    private readonly options: DocumentOptions,
  ) {
    this.page = doc.addPage(PAGE);
  }

  get pageCount(): number {
    return this.doc.getPageCount();
  }

  private clean(text: string): string {
    return cleanText(this.font, text);
  }

  private measure(size: number): Measure {
    return measureText(this.font, size);
  }

  private wrap(text: string, width: number, size: number): string[] {
    return wrapText(this.clean(text), width, this.measure(size));
  }

  /** Width available to flowing text at the cursor (narrower beside a floated QR code). */
  private width(): number {
    return this.float && this.y > this.float.bottom
      ? this.contentWidth - this.float.width
      : this.contentWidth;
  }

  private clearFloat(): void {
    if (this.float && this.y > this.float.bottom) this.y = this.float.bottom;
    this.float = undefined;
  }

  /** Queues one line of text whose box's top edge is `top`; the glyphs sit centred in the line. */
  private line(
    text: string,
    x: number,
    top: number,
    size: number,
    color: Rgb,
    lineHeight = size * LINE,
  ): void {
    if (text) this.ops.push({ page: this.page, text, x, y: top - lineHeight / 2 - 0.36 * size, size, color });
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN.top;
    this.float = undefined;
  }

  space(points: number): void {
    this.y -= points;
  }

  title(text: string, style: TextStyle = {}): void {
    this.paragraph(text, { size: 18, align: 'center', ...style });
    this.space(4);
  }

  heading(text: string): void {
    const size = 12.5;
    const height = size * LINE;
    this.ensure(height + 2 * BODY * LINE); // keep a heading with the first lines after it
    this.space(6);
    this.page.drawRectangle({
      x: MARGIN.side,
      y: this.y - height + 4,
      width: 3,
      height: height - 8,
      color: toRgb(COLORS.accent),
    });
    this.line(text, MARGIN.side + 8, this.y, size, COLORS.accent);
    this.y -= height + 2;
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const { size = BODY, color = COLORS.text, align = 'left', indent = 0 } = style;
    const lineHeight = size * LINE;
    const measure = this.measure(size);
    for (const line of this.wrap(text, this.width() - indent, size)) {
      this.ensure(lineHeight);
      const free = this.width() - indent - measure(line);
      const offset = align === 'center' ? free / 2 : align === 'right' ? free : 0;
      this.line(line, MARGIN.side + indent + offset, this.y, size, color);
      this.y -= lineHeight;
    }
    this.space(2);
  }

  keyValues(
    rows: readonly (readonly [string, string])[],
    options: { labelWidth?: number; size?: number } = {},
  ): void {
    const { labelWidth = 96, size = BODY } = options;
    const lineHeight = size * LINE;
    for (const [label, value] of rows) {
      const labels = this.wrap(label, labelWidth - 6, size);
      const values = this.wrap(value, this.width() - labelWidth, size);
      for (let i = 0; i < Math.max(labels.length, values.length); i++) {
        this.ensure(lineHeight);
        this.line(labels[i] ?? '', MARGIN.side, this.y, size, COLORS.muted);
        this.line(values[i] ?? '', MARGIN.side + labelWidth, this.y, size, COLORS.text);
        this.y -= lineHeight;
      }
      this.space(1);
    }
  }

  fieldLine(label: string, value = '', options: { labelWidth?: number; color?: Rgb } = {}): void {
    const { labelWidth = 150, color = COLORS.blue } = options;
    const lineHeight = 26;
    const x = MARGIN.side + labelWidth;
    const values = this.wrap(value, this.width() - labelWidth - 4, BODY);
    values.forEach((text, i) => {
      this.ensure(lineHeight);
      if (i === 0) this.line(label, MARGIN.side, this.y, BODY, COLORS.text, lineHeight);
      this.line(text, x + 4, this.y, BODY, color, lineHeight);
      const baseline = this.y - lineHeight + 5;
      this.page.drawLine({
        start: { x, y: baseline },
        end: { x: MARGIN.side + this.width(), y: baseline },
        thickness: 0.6,
        color: toRgb(COLORS.border),
      });
      this.y -= lineHeight;
    });
  }

  table(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    options: TableOptions = {},
  ): void {
    const { size = 9.5, minRowHeight = 0 } = options;
    const pad = 4;
    const lineHeight = size * 1.45;
    this.clearFloat();
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const layout = (cells: readonly string[]) =>
      columns.map((_, i) => this.wrap(cells[i] ?? '', (widths[i] ?? 0) - 2 * pad, size));
    const header = layout(columns.map((c) => c.header));
    const headerLines = Math.max(...header.map((l) => l.length));
    const headerHeight = headerLines * lineHeight + 2 * pad;
    const drawRow = (cells: string[][], from: number, count: number, height: number, isHeader: boolean) => {
      let x = MARGIN.side;
      cells.forEach((lines, i) => {
        const width = widths[i] ?? 0;
        const column = columns[i];
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width,
          height,
          borderColor: toRgb(COLORS.border),
          borderWidth: 0.5,
          color: isHeader ? toRgb(COLORS.headerFill) : undefined,
        });
        const measure = this.measure(size);
        lines.slice(from, from + count).forEach((text, j) => {
          const centred = isHeader || column?.align === 'center';
          const dx = centred ? (width - measure(text)) / 2 : pad;
          const color = isHeader ? COLORS.text : (column?.color ?? COLORS.text);
          this.line(text, x + dx, this.y - pad - j * lineHeight, size, color, lineHeight);
        });
        x += width;
      });
      this.y -= height;
    };
    const startPage = () => drawRow(header, 0, headerLines, headerHeight, true);
    this.ensure(headerHeight + lineHeight + 2 * pad);
    startPage();
    for (const row of rows) {
      const cells = layout(row);
      const lines = Math.max(...cells.map((l) => l.length));
      const full = Math.max(lines * lineHeight + 2 * pad, minRowHeight);
      const pageRoom = PAGE[1] - MARGIN.top - MARGIN.bottom - headerHeight;
      if (this.y - full < MARGIN.bottom && full <= pageRoom) {
        this.newPage();
        startPage();
      }
      // A row taller than the room left is split across pages, line by line.
      let from = 0;
      while (from < lines) {
        const fit = Math.floor((this.y - MARGIN.bottom - 2 * pad) / lineHeight);
        if (fit < 1) {
          this.newPage();
          startPage();
          continue;
        }
        const count = Math.min(fit, lines - from);
        const height = from === 0 && count === lines ? full : count * lineHeight + 2 * pad;
        drawRow(cells, from, count, height, false);
        from += Math.max(count, 1);
      }
    }
    this.space(6);
  }

  async qrCode(content: string, options: QrOptions = {}): Promise<void> {
    const { size = 88, caption, float = false } = options;
    const dataUrl = await QRCode.toDataURL(content, { errorCorrectionLevel: 'M', margin: 1, scale: 6 });
    const image = await this.doc.embedPng(dataUrl);
    const captionSize = 8;
    const captionLines = caption ? this.wrap(caption, size + 24, captionSize) : [];
    const height = size + captionLines.length * captionSize * 1.4;
    this.ensure(height);
    const x = float ? MARGIN.side + this.contentWidth - size : MARGIN.side + (this.contentWidth - size) / 2;
    this.page.drawImage(image, { x, y: this.y - size, width: size, height: size });
    const measure = this.measure(captionSize);
    captionLines.forEach((text, i) => {
      const top = this.y - size - i * captionSize * 1.4;
      this.line(text, x + (size - measure(text)) / 2, top, captionSize, COLORS.muted, captionSize * 1.4);
    });
    if (float) this.float = { bottom: this.y - height - 4, width: size + 16 };
    else this.y -= height + 6;
  }

  async image(png: Uint8Array, options: { width: number; maxHeight?: number }): Promise<void> {
    this.clearFloat();
    const embedded = await this.doc.embedPng(png);
    const scale = Math.min(
      options.width / embedded.width,
      (options.maxHeight ?? Number.POSITIVE_INFINITY) / embedded.height,
    );
    const width = embedded.width * scale;
    const height = embedded.height * scale;
    this.ensure(height);
    this.page.drawImage(embedded, { x: MARGIN.side, y: this.y - height, width, height });
    this.y -= height + 4;
  }

  stamp(text: string, color: Rgb = COLORS.red): void {
    const size = 20;
    const width = this.measure(size)(this.clean(text)) + 16;
    const x = PAGE[0] - MARGIN.side - width;
    const top = PAGE[1] - 22;
    this.page.drawRectangle({
      x,
      y: top - size - 10,
      width,
      height: size + 10,
      borderColor: toRgb(color),
      borderWidth: 1.5,
    });
    this.line(this.clean(text), x + 8, top, size, color, size + 10);
  }

  /** Queues what every page carries: the page number, the footer note and the watermark. */
  private decoratePages(): void {
    const pages = this.doc.getPages();
    const small = 8.5;
    const measure = this.measure(small);
    pages.forEach((page, i) => {
      const label = `第 ${i + 1} 页 共 ${pages.length} 页`;
      this.ops.push({
        page,
        text: label,
        x: (PAGE[0] - measure(label)) / 2,
        y: 30,
        size: small,
        color: COLORS.muted,
      });
      const note = this.options.footerNote ? this.clean(this.options.footerNote) : '';
      if (note) {
        const color = this.options.footerColor ?? COLORS.red;
        this.ops.push({ page, text: note, x: (PAGE[0] - measure(note)) / 2, y: 44, size: small, color });
      }
      const mark = this.options.watermark ? this.clean(this.options.watermark) : '';
      if (mark) {
        const size = 72;
        const angle = 35;
        const w = this.measure(size)(mark);
        const rad = (angle * Math.PI) / 180;
        // pdf-lib rotates about the baseline origin: step back half the width and half the glyph height
        const x = PAGE[0] / 2 - (w / 2) * Math.cos(rad) + 0.36 * size * Math.sin(rad);
        const y = PAGE[1] / 2 - (w / 2) * Math.sin(rad) - 0.36 * size * Math.cos(rad);
        this.ops.push({ page, text: mark, x, y, size, color: COLORS.red, rotate: angle, opacity: 0.12 });
      }
    });
  }

  async save(): Promise<Uint8Array> {
    // the text is drawn onto the pages here, so a second save would draw it twice
    if (this.saved) throw new Error('PdfWriter.save() may be called only once');
    this.saved = true;
    this.decoratePages();
    const subset = await subsetChineseFont(
      this.font,
      this.ops.flatMap((op) => [...op.text]),
    );
    this.doc.registerFontkit(fontkit);
    const font = await this.doc.embedFont(subset, { subset: false });
    for (const op of this.ops) {
      op.page.drawText(op.text, {
        x: op.x,
        y: op.y,
        size: op.size,
        font,
        color: toRgb(op.color),
        rotate: op.rotate ? degrees(op.rotate) : undefined,
        opacity: op.opacity,
      });
    }
    return this.doc.save();
  }
}

/** Starts an A4 portrait document whose text is set in Noto Sans SC, subset at save time. */
export async function createChineseDocument(options: DocumentOptions = {}): Promise<PdfWriter> {
  const [font, doc] = await Promise.all([loadChineseFont(), PDFDocument.create()]);
  const date = options.date ?? new Date();
  if (options.title) doc.setTitle(options.title);
  doc.setCreator('蒙速办');
  doc.setProducer('蒙速办 pdf-lib');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return new ChineseDocument(doc, font, options);
}

/**
 * Loads the font and renders one small throw-away document, so the first real request neither loads
 * 10 MB of font nor compiles pdf-lib's and the subsetter's code (≈ 0.7 s cold, then 30–60 ms a notice
 * on the reference machine). Call once at start-up; calling again is cheap.
 */
export async function warmUpPdf(): Promise<void> {
  await warmUpFont();
  const w = await createChineseDocument({ footerNote: '预热' });
  w.title('预热');
  await w.qrCode('warm-up', { float: true });
  w.keyValues([['时限', '20 个工作日']]);
  w.table([{ header: '序号', width: 1 }], [['1']]);
  await w.save();
}
