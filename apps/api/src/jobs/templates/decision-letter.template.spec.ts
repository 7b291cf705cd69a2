import { renderEmail } from './index';

const context = { appUrl: 'https://kopa.example.lv' };
const params = {
  displayName: 'Anna',
  subject: 'Lēmums par pieteikumu DK-2026-001',
  body: 'Labdien!\n\nProjekts <script>alert(1)</script> netika atbalstīts.',
  feedback: {
    criteria: [{ name: 'Ietekme', score: '2,5 / 5', fundedMean: '4,5 / 5' }],
    comments: [{ criterion: 'Ietekme', comment: 'Mērķa grupa <b>neskaidra</b>.' }],
  },
  link: 'https://kopa.example.lv/applications/1',
};

describe('decision-letter e-mail', () => {
  it('keeps the merged letter as text, escapes it in HTML, and adds the feedback table in the reader’s language', () => {
    const lv = renderEmail('decision-letter', 'lv', params, context);
    expect(lv.subject).toBe('Lēmums par pieteikumu DK-2026-001');
    expect(lv.text).toContain('Projekts <script>alert(1)</script> netika atbalstīts.');
    expect(lv.text).toContain('Vērtējums pa kritērijiem\n- Ietekme: 2,5 / 5 (atbalstīto pieteikumu vidējais: 4,5 / 5)');
    expect(lv.html).not.toContain('<script>');
    expect(lv.html).toContain('&lt;script&gt;');
    expect(lv.html).toContain('<th scope="col" style="text-align:right;padding:4px 8px">Atbalstīto pieteikumu vidējais</th>');
    expect(lv.html).toContain('Mērķa grupa &lt;b&gt;neskaidra&lt;/b&gt;.');
    const en = renderEmail('decision-letter', 'en', { ...params, feedback: null }, context);
    expect(en.text).not.toContain('Scores by criterion');
    expect(en.html).toContain('Open the application');
  });
});
