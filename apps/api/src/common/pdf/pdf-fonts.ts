import { existsSync } from 'node:fs';

/**
 * The 14 standard PDF fonts have no Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž), so the PDF
 * embeds DejaVu Sans, shipped by the `dejavu-fonts-ttf` npm package (no system fonts needed).
 */
export interface PdfFonts {
  regular: string;
  bold: string;
}

let cached: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (cached) return cached;
  const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
  for (const path of [regular, bold]) {
    if (!existsSync(path)) throw new Error(`PDF font missing: ${path}`);
  }
  cached = { regular, bold };
  return cached;
}
