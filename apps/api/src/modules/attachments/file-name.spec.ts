import { contentDisposition, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\anna\\Tāme ūdens.pdf', 'Tāme ūdens.pdf'],
    ['  a\u0000b\u001f<c>:"d|?*.png  ', 'abcd.png'],
    ['...hidden', 'hidden'],
    ['', 'file'],
    [undefined, 'file'],
    ['e\u0301.txt', 'é.txt'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens long names to 200 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'ļ'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('ļ.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Tāme "ūdens"; 100%.pdf')).toBe(
      `attachment; filename="Tame _udens__ 100_.pdf"; filename*=UTF-8''T%C4%81me%20%22%C5%ABdens%22%3B%20100%25.pdf`,
    );
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
