import { execFile } from 'node:child_process';

/**
 * Extracts a PDF's text with unpdf (pdf.js) in a child Node process: unpdf loads pdf.js by
 * dynamic import, which Jest's module runtime cannot do without --experimental-vm-modules.
 */
export function extractPdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const script = `
    import { extractText, getDocumentProxy } from 'unpdf';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const document = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
    const { totalPages, text } = await extractText(document, { mergePages: true });
    process.stdout.write(JSON.stringify({ pages: totalPages, text }));
  `;
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        const result = JSON.parse(stdout) as { pages: number; text: string };
        // Extraction may split a line into runs; tests compare with whitespace collapsed.
        resolve({ pages: result.pages, text: result.text.replace(/\s+/g, ' ') });
      },
    );
    child.stdin!.end(pdf);
  });
}
