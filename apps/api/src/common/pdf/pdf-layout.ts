import type PDFDocument from 'pdfkit';
import { collectPdf } from './pdf-document';
import { pdfFonts } from './pdf-fonts';

/**
 * The layout pieces Kopa's PDFs share (the application copy, the grant agreement): an A4
 * document with the embedded Unicode font, headings, rules, wrapping table rows and page numbers.
 */
export type Doc = InstanceType<typeof PDFDocument>;

export const REGULAR = 'kopa-regular';
export const BOLD = 'kopa-bold';
export const MARGIN = 56;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#c8c8c8';

/**
 * A4 with Kopa's margins and fonts registered; `done` resolves with the bytes after `doc.end()`.
 * pdfkit (≈30 MB resident) is loaded with the first PDF, not with every process.
 */
export async function createPdfDocument(options: { lang: string; info: PDFKit.DocumentInfo }): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: options.lang,
    info: { ...options.info, Creator: 'Kopa' },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  return { doc, done: collectPdf(doc) };
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when fewer than `needed` points are left, so a heading never ends a page. */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, size: number): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.8);
  doc.font(BOLD).fontSize(size).fillColor(INK).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function rule(doc: Doc): void {
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 4;
}

/** Label and value side by side, the value wrapping in its own column. */
export function labelledRows(doc: Doc, rows: readonly (readonly [string, string])[], labelWidth = 140): void {
  const width = contentWidth(doc);
  for (const [label, value] of rows) {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font(BOLD).fontSize(10).fillColor(INK).text(label, doc.page.margins.left, y, { width: labelWidth });
    const labelBottom = doc.y;
    doc.font(REGULAR).fontSize(10).text(value, doc.page.margins.left + labelWidth + 10, y, { width: width - labelWidth - 10 });
    doc.y = Math.max(doc.y, labelBottom) + 2;
  }
  doc.x = doc.page.margins.left;
}

export interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

/** One table row; cells wrap, the row moves to a new page (with the header again) if it does not fit. */
export function tableRow(
  doc: Doc,
  columns: Column[],
  cells: string[],
  options: { bold?: boolean; fill?: string; onNewPage?: () => void },
): void {
  const padding = 3;
  doc.font(options.bold ? BOLD : REGULAR).fontSize(8.5);
  const height =
    Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: columns[index]!.width - 2 * padding }))) +
    2 * padding;
  if (doc.y + height > bottomLimit(doc)) {
    doc.addPage();
    options.onNewPage?.();
    doc.font(options.bold ? BOLD : REGULAR).fontSize(8.5);
  }
  const top = doc.y;
  let x = doc.page.margins.left;
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  if (options.fill) doc.rect(x, top, total, height).fill(options.fill);
  doc.fillColor(INK);
  cells.forEach((cell, index) => {
    const column = columns[index]!;
    doc.text(cell, x + padding, top + padding, { width: column.width - 2 * padding, align: column.align });
    x += column.width;
  });
  doc
    .moveTo(doc.page.margins.left, top + height)
    .lineTo(doc.page.margins.left + total, top + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

/** A table with its header row, repeated on each new page. */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const header = () => tableRow(doc, columns, columns.map((column) => column.title), { bold: true, fill: '#eeeeee' });
  header();
  for (const cells of rows) tableRow(doc, columns, cells, { onNewPage: header });
}

export function drawPageNumbers(doc: Doc, page: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(MUTED)
      .text(page(index - range.start + 1, range.count), doc.page.margins.left, doc.page.height - MARGIN, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
