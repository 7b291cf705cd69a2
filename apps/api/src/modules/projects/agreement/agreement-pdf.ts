import { formatCalendarDate, formatEuroCents, formatRigaDateTime, type TTrancheCondition } from '@kopa/shared';
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
  type Doc,
} from '../../../common/pdf/pdf-layout';
import { AGREEMENT_WORDING, type AgreementWording } from './agreement-template';

/** The merge fields of one agreement, already read from the project. */
export interface AgreementPdfInput {
  agreementNumber: string;
  version: number;
  issuedAt: Date;
  funderName: string;
  donor: string;
  programme: { lv: string; en: string };
  call: { lv: string; en: string };
  projectTitle: string | null;
  referenceNumber: string | null;
  grantee: { name: string; registrationNumber: string | null; address: string };
  contact: { name: string; email: string } | null;
  awardedCents: number;
  startDate: string | null;
  endDate: string | null;
  tranches: { position: number; amountCents: number; dueDate: string | null; condition: TTrancheCondition }[];
}

const LV = AGREEMENT_WORDING.lv;
const EN = AGREEMENT_WORDING.en;

/** Both languages of a label: "Finansētājs / Funder". */
function both(pick: (wording: AgreementWording) => string): string {
  return `${pick(LV)} / ${pick(EN)}`;
}

/**
 * The bilingual A4 grant agreement: each heading and clause in Latvian, then in English; the
 * Latvian text binding. The font is the embedded Unicode one of every Kopa PDF.
 */
export async function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  const { doc, done } = await createPdfDocument({
    lang: 'lv-LV',
    info: { Title: `${LV.title} ${input.agreementNumber}`, Author: input.funderName, Subject: `${LV.title} / ${EN.title}` },
  });
  const date = (value: string | null, locale: 'lv' | 'en') => (value ? formatCalendarDate(value, locale) : AGREEMENT_WORDING[locale].notSet);
  const euro = (cents: number) => `${formatEuroCents(cents, 'lv')} (${formatEuroCents(cents, 'en')})`;

  drawTitle(doc, input);

  section(doc, both((w) => w.parties));
  labelledRows(doc, [
    [both((w) => w.funder), input.funderName],
    [both((w) => w.donor), input.donor],
    [both((w) => w.grantee), input.grantee.name],
    [both((w) => w.registrationNumber), input.grantee.registrationNumber ?? both((w) => w.noRegistrationNumber)],
    [both((w) => w.address), input.grantee.address],
    [both((w) => w.contactPerson), input.contact ? `${input.contact.name}, ${input.contact.email}` : both((w) => w.notSet)],
  ]);

  section(doc, both((w) => w.subject));
  labelledRows(doc, [
    [both((w) => w.call), `${input.call.lv} / ${input.call.en}`],
    [both((w) => w.projectTitle), input.projectTitle ?? '—'],
    [both((w) => w.application), input.referenceNumber ?? '—'],
  ]);
  clause(doc, (w) => w.subjectClause);

  section(doc, both((w) => w.funding));
  labelledRows(doc, [[both((w) => w.awarded), euro(input.awardedCents)]]);
  clause(doc, (w) => w.fundingClause);

  section(doc, both((w) => w.period));
  labelledRows(doc, [
    [both((w) => w.startDate), `${date(input.startDate, 'lv')} (${date(input.startDate, 'en')})`],
    [both((w) => w.endDate), `${date(input.endDate, 'lv')} (${date(input.endDate, 'en')})`],
  ]);
  clause(doc, (w) => w.periodClause);

  section(doc, both((w) => w.schedule));
  const width = contentWidth(doc);
  table(
    doc,
    [
      { title: both((w) => w.scheduleColumns.position), width: 50, align: 'left' },
      { title: both((w) => w.scheduleColumns.amount), width: 130, align: 'right' },
      { title: both((w) => w.scheduleColumns.due), width: 110, align: 'left' },
      { title: both((w) => w.scheduleColumns.condition), width: width - 290, align: 'left' },
    ],
    input.tranches.map((tranche) => [
      `${tranche.position}.`,
      euro(tranche.amountCents),
      tranche.dueDate ? formatCalendarDate(tranche.dueDate, 'lv') : `${LV.notSet} / ${EN.notSet}`,
      `${LV.conditions[tranche.condition]} / ${EN.conditions[tranche.condition]}`,
    ]),
  );
  clause(doc, (w) => w.scheduleClause);

  section(doc, both((w) => w.obligations));
  LV.obligationClauses.forEach((_, index) => clause(doc, (w) => `${index + 1}) ${w.obligationClauses[index]!}`));

  drawSignatures(doc, input);
  drawPageNumbers(doc, (page, pages) => `${input.agreementNumber} · ${page}/${pages}`);
  doc.end();
  return done;
}

function drawTitle(doc: Doc, input: AgreementPdfInput): void {
  const width = contentWidth(doc);
  doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(`${input.programme.lv} / ${input.programme.en}`, { width });
  doc.font(BOLD).fontSize(18).fillColor(INK).text(`${LV.title} Nr. ${input.agreementNumber}`, { width });
  doc.font(REGULAR).fontSize(12).fillColor(MUTED).text(`${EN.title} No. ${input.agreementNumber}`, { width });
  doc.moveDown(0.3);
  const issuedLv = formatRigaDateTime(input.issuedAt, 'lv');
  const issuedEn = formatRigaDateTime(input.issuedAt, 'en');
  doc.fontSize(9).text(`${LV.version(input.version, issuedLv)} / ${EN.version(input.version, issuedEn)}`, { width });
  doc.moveDown(0.5);
  doc.font(BOLD).fontSize(10).fillColor(INK).text(LV.bindingNote, { width });
  doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(EN.bindingNote, { width });
  doc.moveDown(0.4);
  rule(doc);
}

function section(doc: Doc, title: string): void {
  heading(doc, title, 12);
}

/** A clause: the binding Latvian sentence, its English translation below in grey. */
function clause(doc: Doc, pick: (wording: AgreementWording) => string): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  ensureSpace(doc, 48);
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(10).fillColor(INK).text(pick(LV), left, doc.y, { width, lineGap: 1.5 });
  doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(pick(EN), left, doc.y, { width, lineGap: 1 });
}

function drawSignatures(doc: Doc, input: AgreementPdfInput): void {
  section(doc, both((w) => w.signatures));
  ensureSpace(doc, 110);
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  const column = (width - 30) / 2;
  const top = doc.y + 6;
  const sides: [string, string][] = [
    [both((w) => w.funder), input.funderName],
    [both((w) => w.grantee), input.grantee.name],
  ];
  sides.forEach(([role, name], index) => {
    const x = left + index * (column + 30);
    doc.font(BOLD).fontSize(10).fillColor(INK).text(role, x, top, { width: column });
    doc.font(REGULAR).fontSize(10).text(name, x, doc.y, { width: column });
    const lineY = doc.y + 40;
    doc.moveTo(x, lineY).lineTo(x + column, lineY).lineWidth(0.5).strokeColor(MUTED).stroke();
    doc.font(REGULAR).fontSize(8).fillColor(MUTED).text(both((w) => w.signatureLine), x, lineY + 4, { width: column });
  });
  doc.x = left;
}
