import { inboxContent, withoutLinks } from './inbox-content';

const APP = 'https://kopa.example.lv';

describe('inbox copy of an e-mail', () => {
  it('drops a link line together with the sentence that introduced it', () => {
    expect(withoutLinks('Labdien!\n\nPieteikumu varat apskatīt šeit:\nhttps://kopa.example.lv/applications/1\n\nPaldies.')).toBe('Labdien!\n\nPaldies.');
  });

  it('drops links in parentheses with the parentheses, keeping the sentence whole', () => {
    expect(withoutLinks('Nomainiet paroli (https://kopa.example.lv/forgot-password), konta lapā (https://kopa.example.lv/account) pārtrauciet sesijas.')).toBe(
      'Nomainiet paroli, konta lapā pārtrauciet sesijas.',
    );
  });

  it('leaves no URL, dangling parenthesis or "here:" in a real template', () => {
    const content = inboxContent(
      'new-device-sign-in',
      'lv',
      { displayName: 'Anna', signedInAt: '2026. gada 30. novembris 09:15', device: 'Chrome, Linux', network: '192.0.2.0/24' },
      APP,
    );
    expect(content.body).not.toMatch(/https?:|\(\s|\(\s*$/m);
    expect(content.body).toContain('nekavējoties nomainiet paroli, konta lapā pārtrauciet');
  });
});
