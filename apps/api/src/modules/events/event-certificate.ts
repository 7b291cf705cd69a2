import { eventHours, quotedName, type TLocale, type TEventType } from '@kopa/shared';
import { pdfFonts } from '../../common/pdf/pdf-fonts';
import { collectPdf } from '../../common/pdf/pdf-document';

export interface CertificateInput {
  locale: TLocale;
  participantName: string;
  eventTitle: string;
  eventType: TEventType;
  /** Already formatted in Riga time. */
  when: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  organiserName: string;
  /** Formatted issue date. */
  issuedOn: string;
}

const TYPE_LABEL: Record<TLocale, Record<TEventType, string>> = {
  lv: { seminar: 'seminārā', workshop: 'darbnīcā', training: 'apmācībās', symposium: 'simpozijā', community_event: 'kopienas pasākumā' },
  en: { seminar: 'the seminar', workshop: 'the workshop', training: 'the training', symposium: 'the symposium', community_event: 'the community event' },
};

const TEXT = {
  lv: {
    title: 'APLIECINĀJUMS',
    subtitle: 'par piedalīšanos',
    certifies: 'Ar šo tiek apliecināts, ka',
    tookPart: (type: string) => `piedalījās ${type}`,
    hours: (hours: string) => `Apjoms: ${hours} ${hours === '1' ? 'stunda' : 'stundas'}`,
    when: 'Laiks',
    place: 'Vieta',
    organiser: 'Organizators',
    issued: 'Izsniegts',
  },
  en: {
    title: 'CERTIFICATE',
    subtitle: 'of attendance',
    certifies: 'This is to certify that',
    tookPart: (type: string) => `attended ${type}`,
    hours: (hours: string) => `Duration: ${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    when: 'When',
    place: 'Where',
    organiser: 'Organiser',
    issued: 'Issued',
  },
} as const;

/** A one-page A4 attendance certificate with the embedded DejaVu font (Latvian letters). */
export async function renderCertificatePdf(input: CertificateInput): Promise<Buffer> {
  const t = TEXT[input.locale];
  const fonts = pdfFonts();
  // Loaded with the first certificate, not with the API (≈30 MB resident).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 96, bottom: 72, left: 72, right: 72 },
    lang: input.locale === 'en' ? 'en-GB' : 'lv-LV',
    info: { Title: `${t.title} — ${input.participantName}`, Subject: input.eventTitle, Creator: 'Kopa' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = collectPdf(doc);
  const hours = eventHours(input.startsAt, input.endsAt).toLocaleString(input.locale === 'en' ? 'en-GB' : 'lv-LV');
  const center = { align: 'center' as const };
  doc.font('bold').fontSize(28).fillColor('#1f4e8c').text(t.title, center);
  doc.font('regular').fontSize(16).fillColor('#1a1a1a').text(t.subtitle, center).moveDown(2);
  doc.fontSize(13).text(t.certifies, center).moveDown(0.6);
  doc.font('bold').fontSize(24).text(input.participantName, center).moveDown(0.6);
  doc.font('regular').fontSize(13).text(t.tookPart(TYPE_LABEL[input.locale][input.eventType]), center).moveDown(0.4);
  doc.font('bold').fontSize(18).text(quotedName(input.eventTitle, input.locale), center).moveDown(1.5);
  doc.font('regular').fontSize(12);
  doc.text(`${t.when}: ${input.when}`, center);
  if (input.place) doc.text(`${t.place}: ${input.place}`, center);
  doc.text(t.hours(hours), center).moveDown(3);
  doc.text(`${t.organiser}: ${input.organiserName}`, center);
  doc.text(`${t.issued}: ${input.issuedOn}`, center);
  doc.end();
  return done;
}
