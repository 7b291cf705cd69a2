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
import {
  BOLD,
  contentWidth,
  createPdfDocument,
  drawPageNumbers,
  ensureSpace,
  heading,
  INK,
  labelledRows,
  MUTED,
  REGULAR,
  rule,
  table,
  tableRow,
  type Column,
  type Doc,
} from '../../../common/pdf/pdf-layout';
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

/** The A4 copy of a submitted application, in one language, with an embedded Unicode font. */
export async function renderApplicationPdf(input: ApplicationPdfInput): Promise<Buffer> {
  const labels = PDF_LABELS[input.locale];
  const { doc, done } = await createPdfDocument({
    lang: input.locale === 'en' ? 'en-GB' : 'lv-LV',
    info: { Title: `${input.referenceNumber} — ${input.callTitle}`, Author: input.organisationName, Subject: labels.documentTitle },
  });

  drawHeader(doc, input, labels);
  const attachmentsById = new Map(input.attachments.map((file) => [file.id, file]));
  for (const section of input.form.sections) {
    const visible = section.questions.filter((question) => isQuestionVisible(question, input.answers, input.form));
    if (visible.length === 0) continue;
    heading(doc, section.title[input.locale], 14);
    for (const question of visible) drawQuestion(doc, question, input, labels, attachmentsById);
  }
  drawAttachmentList(doc, input, labels);
  drawPageNumbers(doc, labels.page);
  doc.end();
  return done;
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
  labelledRows(doc, rows);
  doc.moveDown(0.4);
  rule(doc);
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
  table(doc, columns, input.attachments.map((file) => [file.fileName, file.mimeType, formatBytes(file.sizeBytes, input.locale)]));
}

