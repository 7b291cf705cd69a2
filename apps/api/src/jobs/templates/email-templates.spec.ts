import { EMAIL_TEMPLATES } from '../email-templates';
import { ZEmailPayload } from '../email.payload';
import { escapeHtml } from './html';
import { InvalidEmailParamsError, renderEmail } from './index';

const context = { appUrl: 'https://kopa.example.lv' };
const link = 'https://kopa.example.lv/verify?token=abc&x=1';
/** Params some templates need besides displayName and link. */
const EXTRA_PARAMS: Record<string, Record<string, unknown>> = {
  'organisation-invitation': { organisationName: 'Biedrība „Ūdensroze”', inviterName: 'Anna' },
  'organisation-claim-decided': { organisationName: 'Biedrība „Ūdensroze”', approved: true },
  'application-submitted': {
    referenceNumber: 'DK-2026-001',
    callTitle: 'Darbīgās kopienas 2026',
    organisationName: 'Biedrība „Ūdensroze”',
    submittedAt: '2026. gada 25. novembris 18:00',
  },
  'clarification-requested': { referenceNumber: 'DK-2026-001', message: 'Lūdzu, precizējiet budžetu.', dueAt: '2026. gada 1. decembris 18:00' },
  'reviewer-invitation': { inviterName: 'Kristīne', callTitle: 'Darbīgās kopienas 2026' },
  'review-assigned': { callTitle: 'Darbīgās kopienas 2026', count: 3, dueAt: '2027. gada 1. marts 12:00' },
  'review-reopened': { callTitle: 'Darbīgās kopienas 2026', referenceNumber: 'DK-2026-014', reason: 'Lūdzu, pamatojiet budžeta vērtējumu.' },
  'eligibility-decided': { referenceNumber: 'DK-2026-001', callTitle: 'Darbīgās kopienas 2026', eligible: false, reason: 'Nav līdzfinansējuma.' },
  // The letter's text comes merged from the call's template; here it greets the reader by name.
  'decision-letter': { subject: 'Lēmums par pieteikumu DK-2026-001', body: 'Labdien, Anna!\n\nFinansējums piešķirts.', feedback: null },
  'new-device-sign-in': { signedInAt: '2026. gada 30. novembris 09:15', device: 'Chrome, Linux', network: '192.0.2.0/24' },
  'account-security-notice': { event: 'two-factor-disabled', occurredAt: '2026. gada 30. novembris 09:15' },
  'clarification-answered': { referenceNumber: 'DK-2026-001', organisationName: 'Biedrība „Ūdensroze”' },
  'project-budget-change-decided': { agreementNumber: 'DK-2026-L001', projectTitle: 'Kopienas dārzs', approved: false, comment: 'Pārcelšana nav pamatota.' },
  'report-reminder': { agreementNumber: 'DK-2026-L001', kind: 'interim', dueDate: '2027. gada 1. marts', daysLeft: -7 },
  'project-grantee-filed': { agreementNumber: 'DK-2026-L001', projectTitle: 'Kopienas dārzs', organisationName: 'Biedrība „Ūdensroze”', filing: 'budget-change', reason: 'Stādi kļuva dārgāki.' },
  ...Object.fromEntries(
    ['booked', 'changed', 'cancelled', 'reminder'].map((kind) => [
      `consultation-${kind}`,
      {
        consultantName: 'Ilze',
        organisationName: 'Biedrība „Ūdensroze”',
        topic: 'budget',
        startsAt: '2027-03-28T07:00:00.000Z',
        lengthMinutes: 60,
        mode: 'in_person',
        place: 'Preiļu kopienas resursu centrs, Kooperatīvā iela 6, Preiļi',
      },
    ]),
  ),
  'event-registration': { kind: 'waitlisted', eventTitle: 'Kopienu līderu seminārs', when: '2027. gada 12. marts 10:00–14:00', place: 'Preiļi, Raiņa bulvāris 28', cancelLink: null },
};

describe('e-mail templates', () => {
  it.each(EMAIL_TEMPLATES.flatMap((template) => (['lv', 'en'] as const).map((locale) => [template, locale] as const)))(
    '%s renders in %s with subject, text and an accessible HTML document',
    (template, locale) => {
      const email = renderEmail(template, locale, { displayName: 'Anna', link, ...EXTRA_PARAMS[template] }, context);
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain('Anna');
      expect(email.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
      expect(email.html).toContain(`<title>${escapeHtml(email.subject)}</title>`);
      expect(email.html).toContain('Anna');
    },
  );

  it('writes Latvian with its diacritics and English in English', () => {
    const lv = renderEmail('verify-email', 'lv', { displayName: 'Jānis', link }, context);
    expect(lv.subject).toBe('Apstipriniet savu e-pasta adresi sistēmā Kopa');
    expect(lv.text).toContain('Labdien, Jānis!');
    expect(lv.text).toContain('reģistrāciju');
    expect(lv.html).toContain('Apstiprināt e-pasta adresi');

    const en = renderEmail('verify-email', 'en', { displayName: 'John', link }, context);
    expect(en.subject).toBe('Confirm your e-mail address for Kopa');
    expect(en.text).toContain('Hello John,');

    expect(renderEmail('reset-password', 'lv', { displayName: 'Ķēniņš', link }, context).text).toContain(
      'Saņēmām pieprasījumu atjaunot Jūsu Kopa konta paroli',
    );
    expect(renderEmail('password-changed', 'lv', { displayName: 'Ļena' }, context).subject).toBe(
      'Jūsu Kopa konta parole ir nomainīta',
    );
  });

  it('puts the link in the text and, escaped, in the HTML', () => {
    const email = renderEmail('reset-password', 'en', { displayName: 'Anna', link }, context);
    expect(email.text).toContain(link);
    expect(email.html).toContain('href="https://kopa.example.lv/verify?token=abc&amp;x=1"');
    expect(email.html).not.toContain('token=abc&x=1');
  });

  it('escapes params in HTML but leaves the plain text as written', () => {
    const displayName = '<script>alert("x")</script> & O\'Brien';
    const email = renderEmail('verify-email', 'lv', { displayName, link }, context);
    expect(email.html).not.toContain('<script>');
    // Names are rendered inert (a zero-width space after "/"), otherwise exactly as written.
    const visible = (text: string) => text.replace(/\u200b/g, '');
    expect(visible(email.html)).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Brien');
    expect(email.html).toContain(`<title>${escapeHtml(email.subject)}</title>`);
    expect(visible(email.text)).toContain(displayName);
  });

  it('uses the app URL in links the template builds itself', () => {
    const email = renderEmail('password-changed', 'en', { displayName: 'Anna' }, context);
    expect(email.html).toContain('href="https://kopa.example.lv/login"');
  });

  it('rejects missing params and non-http links', () => {
    expect(() => renderEmail('verify-email', 'en', { displayName: 'Anna' }, context)).toThrow(InvalidEmailParamsError);
    expect(() =>
      renderEmail('verify-email', 'en', { displayName: 'Anna', link: 'javascript:alert(1)' }, context),
    ).toThrow(/link/);
  });

  it('checks outbox payloads against the template they name', () => {
    const base = { dedupeKey: 'k', to: 'anna@example.test', locale: 'lv' };
    expect(ZEmailPayload.safeParse({ ...base, template: 'password-changed', params: { displayName: 'Anna' } }).success).toBe(true);
    expect(ZEmailPayload.safeParse({ ...base, template: 'no-such-template', params: {} }).success).toBe(false);
    const missingLink = ZEmailPayload.safeParse({ ...base, template: 'verify-email', params: { displayName: 'Anna' } });
    expect(missingLink.error?.issues[0]?.path).toEqual(['params', 'link']);
  });

  it('renders names someone chose so that they cannot pose as a link', () => {
    const email = renderEmail(
      'organisation-invitation',
      'en',
      { organisationName: 'Pay the fee at https://evil.example/login', inviterName: 'support@evil.example', link },
      context,
    );
    for (const body of [email.text, email.html, email.subject]) {
      expect(body).not.toContain('https://evil.example');
      expect(body).not.toContain('evil.example');
      expect(body).not.toContain('support@evil');
    }
    // The reader still sees the same words, and our own link is untouched.
    expect(email.text.replace(/\u200b/g, '')).toContain('Pay the fee at https://evil.example/login');
    expect(email.text).toContain(link);
  });
});
