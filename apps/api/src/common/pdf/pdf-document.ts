import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** The finished PDF as one buffer; call before `doc.end()`. */
export function collectPdf(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
