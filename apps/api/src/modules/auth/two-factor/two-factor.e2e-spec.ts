import { PROBLEM_TYPES, REAUTH_WINDOW_MINUTES } from '@kopa/shared';
import { pinClock } from '../../../test/application-factories';
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../../test/factories';
import type { TestContext } from '../../../test/test-app';
import { expectProblem, outboxEmails, startAuthTestApp } from '../auth.e2e-helpers';
import { freshTotpCode } from '../../../test/fresh-totp-code';
import { totpCodeAt } from './totp';
import { MAX_SECOND_FACTOR_ATTEMPTS } from './second-factor-sign-in.service';

describe('two-step sign-in (TOTP), recovery codes, staff requirement, re-authentication', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
  });
  afterAll(() => ctx.close());

  /** A code not handed out before: the API accepts each code once. */
  const codeNow = (secret: string) => freshTotpCode(secret);
  const codeAtOtherStep = (secret: string) => totpCodeAt(secret, new Date(Date.now() + 5 * 60_000));

  /** An applicant who enrols through the API; returns the secret and the recovery codes. */
  async function enrolledApplicant() {
    const user = await createUser(ctx.prisma, { locale: 'en' });
    const client = ctx.client();
    await client.login(user.email, TEST_PASSWORD);
    const started = await client.post('/api/auth/two-factor/enrolment');
    expect(started.status).toBe(201);
    const confirmed = await client.post('/api/auth/two-factor/enrolment/confirm', { code: await codeNow(started.body.secret) });
    expect(confirmed.status).toBe(200);
    return { user, client, secret: started.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  it('enrols: secret as text, otpauth URI and QR image; on only after a correct code; 10 recovery codes stored hashed', async () => {
    const user = await createUser(ctx.prisma);
    const client = await ctx.client().signInAs(user.id);
    const started = await client.post('/api/auth/two-factor/enrolment');
    expect(started.status).toBe(201);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.body.otpauthUri).toContain(`secret=${started.body.secret}`);
    expect(started.body.otpauthUri).toContain('issuer=Kopa');
    expect(started.body.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const stored = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).not.toContain(started.body.secret); // encrypted at rest
    expect(stored.totpEnabledAt).toBeNull();

    const wrong = await client.post('/api/auth/two-factor/enrolment/confirm', { code: codeAtOtherStep(started.body.secret) });
    expectProblem(wrong, 400, PROBLEM_TYPES.invalidSecondFactor);
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ enabled: false });

    const confirmed = await client.post('/api/auth/two-factor/enrolment/confirm', { code: await codeNow(started.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    const rows = await ctx.prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const code of confirmed.body.recoveryCodes) {
      expect(rows.some((row) => row.codeHash.includes(code.replace('-', '')))).toBe(false);
    }
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ enabled: true, recoveryCodesRemaining: 10 });
    expect((await client.get('/api/auth/me')).body).toMatchObject({ totpEnabled: true, totpEnrolmentRequired: false });
  });

  it('asks for the code after the password; until then the session can do nothing', async () => {
    const { user, secret } = await enrolledApplicant();
    const client = ctx.client();
    const first = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ secondFactorRequired: true, user: null });
    expectProblem(await client.get('/api/auth/me'), 401, PROBLEM_TYPES.secondFactorRequired);
    expectProblem(await client.get('/api/organisations/mine'), 401, PROBLEM_TYPES.secondFactorRequired);
    expect((await client.get('/api/auth/session')).body).toEqual({ user: null, secondFactorPending: true });

    const second = await client.post('/api/auth/login/second-factor', { code: await codeNow(secret) });
    expect(second.status).toBe(200);
    expect(second.body.user).toMatchObject({ id: user.id, totpEnabled: true });
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const audit = await ctx.prisma.auditLog.findFirst({ where: { entityId: user.id, action: 'user.login' }, orderBy: { createdAt: 'desc' } });
    expect(audit?.after).toMatchObject({ secondFactor: 'totp' });
  });

  it('takes each code once: neither the same code nor an earlier one signs in or re-authenticates again', async () => {
    const { user, secret } = await enrolledApplicant();
    // A few steps after the enrolment's code, on the server's (pinned) clock.
    const base = Date.now() + 5 * 30_000;
    const codeAt = (offsetSteps: number) => totpCodeAt(secret, new Date(base + offsetSteps * 30_000));
    const restore = pinClock(ctx, new Date(base));
    try {
      const owner = ctx.client();
      await owner.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect((await owner.post('/api/auth/login/second-factor', { code: codeAt(0) })).status).toBe(200);

      const onlooker = ctx.client();
      await onlooker.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expectProblem(await onlooker.post('/api/auth/login/second-factor', { code: codeAt(0) }), 400, PROBLEM_TYPES.invalidSecondFactor);
      // The previous step's code is still within the clock tolerance, but older than the one used.
      expectProblem(await onlooker.post('/api/auth/login/second-factor', { code: codeAt(-1) }), 400, PROBLEM_TYPES.invalidSecondFactor);
      expectProblem(await owner.post('/api/auth/reauthenticate', { password: TEST_PASSWORD, code: codeAt(0) }), 400, PROBLEM_TYPES.invalidSecondFactor);

      // The next code the app shows works, once.
      expect((await onlooker.post('/api/auth/login/second-factor', { code: codeAt(1) })).status).toBe(200);
      expectProblem(await owner.post('/api/auth/reauthenticate', { password: TEST_PASSWORD, code: codeAt(1) }), 400, PROBLEM_TYPES.invalidSecondFactor);
    } finally {
      restore();
    }
    const row = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpLastUsedStep).toBe(Math.floor(base / 30_000) + 1);
  });

  it(`refuses a wrong code, and after ${MAX_SECOND_FACTOR_ATTEMPTS} wrong codes ends the half sign-in`, async () => {
    const { user, secret } = await enrolledApplicant();
    const client = ctx.client();
    await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    for (let attempt = 1; attempt < MAX_SECOND_FACTOR_ATTEMPTS; attempt++) {
      const wrong = await client.post('/api/auth/login/second-factor', { code: codeAtOtherStep(secret) });
      expectProblem(wrong, 400, PROBLEM_TYPES.invalidSecondFactor);
      expect(wrong.body.errors[0]).toMatchObject({ path: 'code', code: 'invalid_code' });
    }
    expectProblem(await client.post('/api/auth/login/second-factor', { code: codeAtOtherStep(secret) }), 401, PROBLEM_TYPES.secondFactorExpired);
    // Even the right code does not help now: the password must be given again.
    expectProblem(await client.post('/api/auth/login/second-factor', { code: await codeNow(secret) }), 401, PROBLEM_TYPES.unauthenticated);
    expect(await ctx.prisma.session.count({ where: { userId: user.id, secondFactorPending: true, revokedAt: null } })).toBe(0);
  });

  it('accepts each recovery code once', async () => {
    const { user, recoveryCodes } = await enrolledApplicant();
    const [code] = recoveryCodes;
    const first = ctx.client();
    await first.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    // Typed in capitals and without the dash: still the same code.
    const used = await first.post('/api/auth/login/second-factor', { recoveryCode: code!.replace('-', '').toUpperCase() });
    expect(used.status).toBe(200);

    const again = ctx.client();
    await again.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expectProblem(await again.post('/api/auth/login/second-factor', { recoveryCode: code }), 400, PROBLEM_TYPES.invalidSecondFactor);
    expect((await first.get('/api/auth/two-factor')).body.recoveryCodesRemaining).toBe(9);
  });

  it('lets a coordinator without TOTP sign in but do nothing except enrol; staff cannot turn it off', async () => {
    const coordinator = await createUser(ctx.prisma, { roles: ['coordinator'], totp: false });
    const client = ctx.client();
    const login = await client.login(coordinator.email, TEST_PASSWORD);
    expect(login.body.user).toMatchObject({ totpEnabled: false, totpEnrolmentRequired: true });
    expectProblem(await client.get('/api/calls'), 403, PROBLEM_TYPES.totpEnrolmentRequired);
    expectProblem(await client.get('/api/audit'), 403, PROBLEM_TYPES.totpEnrolmentRequired);
    expect((await client.get('/api/auth/me')).status).toBe(200);

    const started = await client.post('/api/auth/two-factor/enrolment');
    await client.post('/api/auth/two-factor/enrolment/confirm', { code: await codeNow(started.body.secret) });
    expect((await client.get('/api/calls')).status).toBe(200);

    // Enrolment counted as a fresh authentication, so this reaches the rule itself.
    const disable = await client.post('/api/auth/two-factor/disable');
    expectProblem(disable, 403, PROBLEM_TYPES.forbidden);
  });

  it(`re-authentication admits sensitive actions for ${REAUTH_WINDOW_MINUTES} minutes (pinned clock)`, async () => {
    const user = await createUser(ctx.prisma, { roles: ['applicant'], totp: true });
    const client = await ctx.client().signInAs(user.id);
    expectProblem(await client.post('/api/auth/two-factor/disable'), 403, PROBLEM_TYPES.reauthenticationRequired);

    const wrongPassword = await client.post('/api/auth/reauthenticate', { password: 'not-it', code: await codeNow(TEST_TOTP_SECRET) });
    expectProblem(wrongPassword, 400, PROBLEM_TYPES.validation);
    const noCode = await client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD });
    expect(noCode.body.errors[0]).toMatchObject({ path: 'code' });

    const start = new Date();
    const restore = pinClock(ctx, start);
    try {
      const reauth = await client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD, code: await codeNow(TEST_TOTP_SECRET) });
      expect(reauth.status).toBe(200);
      expect(new Date(reauth.body.validUntil).getTime()).toBe(start.getTime() + REAUTH_WINDOW_MINUTES * 60_000);
      restore();
      pinClock(ctx, new Date(start.getTime() + (REAUTH_WINDOW_MINUTES * 60 + 1) * 1000));
      expectProblem(await client.post('/api/auth/two-factor/recovery-codes'), 403, PROBLEM_TYPES.reauthenticationRequired);
      restore();
      pinClock(ctx, new Date(start.getTime() + (REAUTH_WINDOW_MINUTES * 60 - 1) * 1000));
      expect((await client.post('/api/auth/two-factor/recovery-codes')).status).toBe(200);
      expect((await client.post('/api/auth/two-factor/disable')).status).toBe(204);
    } finally {
      jest.restoreAllMocks();
    }
    expect((await client.get('/api/auth/two-factor')).body).toMatchObject({ enabled: false, recoveryCodesRemaining: 0 });
    expect(await ctx.prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);

    // The owner hears of both, by e-mail and in the inbox, in their language.
    const notices = await outboxEmails(ctx.prisma, user.email, 'account-security-notice');
    expect(notices.map((notice) => [notice.locale, notice.params.event])).toEqual([
      ['lv', 'recovery-codes-regenerated'],
      ['lv', 'two-factor-disabled'],
    ]);
    const inbox = await ctx.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(inbox.map((item) => item.subject)).toEqual([
      'Jūsu Kopa konta rezerves kodi ir nomainīti',
      'Divpakāpju pieslēgšanās Jūsu Kopa kontam ir izslēgta',
    ]);
  });
});
