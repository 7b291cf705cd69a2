import PDFDocument from 'pdfkit';
import {
  budgetLineTotalCents,
  computeBudget,
  formatEuroCents,
  formatRigaDateTime,
  isQuestionVisible,
  type TAnswers,
  type TBudgetLine,
  type TFormDefinition,
  type TLocale,
  type TQuestion,
} from '@kopa/shared';
import { formatAnswer, formatBytes, formatPercent, type PdfAttachment } from './answer-format';
import { pdfFonts } from '../../../common/pdf/pdf-fonts';
import { collectPdf } from '../../../common/pdf/pdf-document';
import { PDF_LABELS, type PdfLabels } from './pdf-labels';

/** Everything one PDF copy shows, already chosen for one revision. */
export interface ApplicationPdfInput {
  locale: TLocale;
  programmeName: string;
  callTitle: string;
  referenceNumber: string;
  organisationName: string;
  submittedAt: Date;
  revisionNumber: number;
  form: TFormDefinition;
  answers: TAnswers;
  attachments: PdfAttachment[];
}

type Doc = InstanceType<typeof PDFDocument>;

const REGULAR = 'kopa-regular';
const BOLD = 'kopa-bold';
const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#c8c8c8';

/** The A4 copy of a submitted application, in one language, with an embedded Unicode font. */
export async function renderApplicationPdf(input: ApplicationPdfInput): Promise<Buffer> {
  const labels = PDF_LABELS[input.locale];
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: input.locale === 'en' ? 'en-GB' : 'lv-LV',
    info: {
      Title: `${input.referenceNumber} — ${input.callTitle}`,
      Author: input.organisationName,
      Subject: labels.documentTitle,
      Creator: 'Kopa',
    },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const done = collectPdf(doc);

  drawHeader(doc, input, labels);
  const attachmentsById = new Map(input.attachments.map((file) => [file.id, file]));
  for (const section of input.form.sections) {
    const visible = section.questions.filter((question) => isQuestionVisible(question, input.answers, input.form));
    if (visible.length === 0) continue;
    heading(doc, section.title[input.locale], 14);
    for (const question of visible) drawQuestion(doc, question, input, labels, attachmentsById);
  }
  drawAttachmentList(doc, input, labels);
  drawPageNumbers(doc, labels);
  doc.end();
  return done;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when fewer than `needed` points are left, so a heading never ends a page. */
function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.8);
  doc.font(BOLD).fontSize(size).fillColor(INK).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function drawHeader(doc: Doc, input: ApplicationPdfInput, labels: PdfLabels): void {
  const width = contentWidth(doc);
  doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(input.programmeName, { width });
  doc.font(BOLD).fontSize(18).fillColor(INK).text(input.callTitle, { width });
  doc.moveDown(0.2);
  doc.font(REGULAR).fontSize(11).fillColor(MUTED).text(labels.documentTitle, { width });
  doc.moveDown(0.6);
  const rows: [string, string][] = [
    [labels.referenceNumber, input.referenceNumber],
    [labels.organisation, input.organisationName],
    [labels.submittedAt, formatRigaDateTime(input.submittedAt, input.locale)],
    [labels.revision, String(input.revisionNumber)],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font(BOLD).fontSize(10).fillColor(INK).text(label, doc.page.margins.left, y, { width: 140 });
    const labelBottom = doc.y;
    doc.font(REGULAR).fontSize(10).text(value, doc.page.margins.left + 150, y, { width: width - 150 });
    doc.y = Math.max(doc.y, labelBottom) + 2;
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.4);
  rule(doc);
}

function rule(doc: Doc): void {
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 4;
}

function drawQuestion(
  doc: Doc,
  question: TQuestion,
  input: ApplicationPdfInput,
  labels: PdfLabels,
  attachments: ReadonlyMap<string, PdfAttachment>,
): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  ensureSpace(doc, 40);
  doc.moveDown(0.5);
  doc.font(BOLD).fontSize(10).fillColor(INK).text(question.label[input.locale], left, doc.y, { width });
  doc.moveDown(0.15);
  const value = input.answers[question.id];
  if (question.type === 'budget_table' && Array.isArray(value) && value.length > 0) {
    drawBudget(doc, value as TBudgetLine[], input.locale, labels);
    return;
  }
  const text = formatAnswer(question, value, input.locale, labels, attachments);
  doc.font(REGULAR).fontSize(10).fillColor(INK).text(text, left, doc.y, { width, lineGap: 1.5 });
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

function drawBudget(doc: Doc, lines: TBudgetLine[], locale: TLocale, labels: PdfLabels): void {
  const b = labels.budget;
  const columns: Column[] = [
    { title: b.category, width: 70, align: 'left' },
    { title: b.description, width: 123, align: 'left' },
    { title: b.quantity, width: 60, align: 'right' },
    { title: b.unitCost, width: 68, align: 'right' },
    { title: b.lineTotal, width: 68, align: 'right' },
    { title: b.ownContribution, width: 94, align: 'right' },
  ];
  const quantity = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 });
  const header = () => tableRow(doc, columns, columns.map((column) => column.title), { bold: true, fill: '#eeeeee' });
  doc.moveDown(0.3);
  header();
  for (const line of lines) {
    tableRow(
      doc,
      columns,
      [
        b.categories[line.category] ?? line.category,
        line.description,
        quantity.format(line.quantity),
        formatEuroCents(line.unitCostCents, locale),
        formatEuroCents(budgetLineTotalCents(line), locale),
        formatEuroCents(line.ownContributionCents, locale),
      ],
      { onNewPage: header },
    );
  }
  const totals = computeBudget(lines);
  doc.moveDown(0.4);
  const summary: [string, string][] = [
    [b.total, formatEuroCents(totals.totalCents, locale)],
    [b.ownContributionTotal, `${formatEuroCents(totals.ownContributionCents, locale)} (${formatPercent(totals.ownContributionBasisPoints, locale)})`],
    [b.requested, formatEuroCents(totals.requestedCents, locale)],
  ];
  const width = contentWidth(doc);
  for (const [label, value] of summary) {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font(BOLD).fontSize(10).fillColor(INK).text(label, doc.page.margins.left, y, { width: width - 170, align: 'right' });
    doc.font(REGULAR).text(value, doc.page.margins.left + width - 160, y, { width: 160, align: 'right' });
    doc.y += 2;
  }
  doc.x = doc.page.margins.left;
}

/** One table row; cells wrap, the row moves to a new page (with the header again) if it does not fit. */
function tableRow(
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

function drawAttachmentList(doc: Doc, input: ApplicationPdfInput, labels: PdfLabels): void {
  heading(doc, labels.attachments, 14);
  if (input.attachments.length === 0) {
    doc.font(REGULAR).fontSize(10).fillColor(INK).text(labels.noAttachments, doc.page.margins.left, doc.y);
    return;
  }
  const width = contentWidth(doc);
  const columns: Column[] = [
    { title: labels.attachmentColumns.fileName, width: width - 230, align: 'left' },
    { title: labels.attachmentColumns.type, width: 160, align: 'left' },
    { title: labels.attachmentColumns.size, width: 70, align: 'right' },
  ];
  const header = () => tableRow(doc, columns, columns.map((column) => column.title), { bold: true, fill: '#eeeeee' });
  header();
  for (const file of input.attachments) {
    tableRow(doc, columns, [file.fileName, file.mimeType, formatBytes(file.sizeBytes, input.locale)], { onNewPage: header });
  }
}

function drawPageNumbers(doc: Doc, labels: PdfLabels): void {
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
      .text(labels.page(index - range.start + 1, range.count), doc.page.margins.left, doc.page.height - MARGIN, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
