import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createMunicipalities, createUser } from '../../test/factories';
import { createOrganisation } from '../../test/organisation-factories';
import type { TestClient } from '../../test/test-client';
import { startTestWorker } from '../../test/test-worker';
import { expectProblem, outboxEmails } from '../auth/auth.e2e-helpers';

describe('Organisation invitations', () => {
  let ctx: TestContext;
  let anonymous: TestClient;
  let reviewer: TestClient;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    anonymous = ctx.client();
    reviewer = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['reviewer'] })).id);
  });

  afterAll(() => ctx.close());

  async function applicant(overrides: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(ctx.prisma, overrides);
    return { user, client: await ctx.client().signInAs(user.id) };
  }

  async function team() {
    const owner = await applicant({ locale: 'lv', displayName: 'Ilze Ozola' });
    const member = await applicant();
    const outsider = await applicant();
    const organisation = await createOrganisation(
      ctx.prisma,
      { owners: [owner.user.id], members: [member.user.id] },
      { legalName: 'Biedrība „Rēzeknes jaunieši”' },
    );
    await createOrganisation(ctx.prisma, { owners: [outsider.user.id] });
    return { owner, member, outsider, organisation };
  }

  async function invitationLink(email: string) {
    const latest = (await outboxEmails(ctx.prisma, email, 'organisation-invitation')).at(-1);
    if (!latest) throw new Error(`No invitation to ${email}`);
    return { email: latest, link: new URL(String(latest.params.link)) };
  }

  describe('sending', () => {
    it('e-mails a 7-day link in the inviter’s language to someone without an account', async () => {
      const { owner, organisation } = await team();
      const before = Date.now();
      const response = await owner.client.post(`/api/organisations/${organisation.id}/invitations`, { email: 'New.Person@Example.test' });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ email: 'new.person@example.test', role: 'member', expired: false });
      const expiresIn = new Date(response.body.expiresAt).getTime() - before;
      expect(expiresIn).toBeGreaterThan(7 * 86_400_000 - 60_000);
      expect(expiresIn).toBeLessThan(7 * 86_400_000 + 60_000);

      const { email, link } = await invitationLink('new.person@example.test');
      expect(email).toMatchObject({
        locale: 'lv',
        params: { organisationName: 'Biedrība „Rēzeknes jaunieši”', inviterName: 'Ilze Ozola' },
      });
      expect(`${link.origin}${link.pathname}`).toBe('http://kopa.test/invitations/accept');
      expect(link.searchParams.get('token')).toMatch(/^[\w-]{40,}$/);
      // Only the hash is kept.
      const row = await ctx.prisma.organisationInvitation.findUniqueOrThrow({ where: { id: response.body.id } });
      expect(row.tokenHash).not.toContain(link.searchParams.get('token'));
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.invitation-created' } });
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit[0]!.after)).not.toContain('tokenHash');
    });

    it('writes in the invitee’s own language when they have an account, and the worker delivers it', async () => {
      const { owner, organisation } = await team();
      const invitee = await createUser(ctx.prisma, { locale: 'en' });
      await owner.client.post(`/api/organisations/${organisation.id}/invitations`, { email: invitee.email, role: 'owner' });
      const { email, link } = await invitationLink(invitee.email);
      expect(email.locale).toBe('en');

      const worker = await startTestWorker(ctx.config);
      try {
        const mail = await ctx.mailbox.waitFor(invitee.email);
        expect(mail.subject).toBe('Invitation to join Biedrība „Rēzeknes jaunieši” on Kopa');
        expect(mail.text).toContain('Ilze Ozola invites you');
        expect(mail.text).toContain(link.href);
        expect(mail.html).toContain('<html lang="en">');
      } finally {
        await worker.close();
      }
    });

    it('refuses to invite someone who is already a member', async () => {
      const { owner, member, organisation } = await team();
      const response = await owner.client.post(`/api/organisations/${organisation.id}/invitations`, { email: member.user.email });
      expectProblem(response, 409, PROBLEM_TYPES.conflict);
      expect(response.body.errors[0]).toMatchObject({ path: 'email' });
    });

    it('lists open invitations to owners; a new one to the same address replaces the old', async () => {
      const { owner, organisation } = await team();
      const url = `/api/organisations/${organisation.id}/invitations`;
      const first = await owner.client.post(url, { email: 'twice@example.test' });
      const second = await owner.client.post(url, { email: 'twice@example.test' });
      const list = await owner.client.get(url);
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([second.body.id]);
      expect((await ctx.prisma.organisationInvitation.findUniqueOrThrow({ where: { id: first.body.id } })).revokedAt).not.toBeNull();
    });

    it('refuses members, outsiders, reviewers and anonymous users on every invitation route', async () => {
      const { owner, member, outsider, organisation } = await team();
      const url = `/api/organisations/${organisation.id}/invitations`;
      const invitation = (await owner.client.post(url, { email: 'someone@example.test' })).body;
      const body = { email: 'x@example.test' };
      expectProblem(await member.client.post(url, body), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await member.client.get(url), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await member.client.delete(`${url}/${invitation.id}`), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await outsider.client.post(url, body), 404, PROBLEM_TYPES.notFound);
      expectProblem(await outsider.client.get(url), 404, PROBLEM_TYPES.notFound);
      expectProblem(await outsider.client.delete(`${url}/${invitation.id}`), 404, PROBLEM_TYPES.notFound);
      expectProblem(await reviewer.post(url, body), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await reviewer.get(url), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.post(url, body), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await anonymous.get(url), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await anonymous.delete(`${url}/${invitation.id}`), 401, PROBLEM_TYPES.unauthenticated);
      expect(await ctx.prisma.organisationInvitation.count({ where: { organisationId: organisation.id, revokedAt: null } })).toBe(1);
    });
  });

  describe('accepting', () => {
    async function invite(role: 'member' | 'owner' = 'member') {
      const setup = await team();
      const invitee = await applicant({ locale: 'en' });
      const response = await setup.owner.client.post(`/api/organisations/${setup.organisation.id}/invitations`, {
        email: invitee.user.email,
        role,
      });
      const { link } = await invitationLink(invitee.user.email);
      return { ...setup, invitee, invitationId: response.body.id as string, token: link.searchParams.get('token')! };
    }

    it('adds the invitee with the invited role, once', async () => {
      const { invitee, organisation, token } = await invite('owner');
      const response = await invitee.client.post('/api/invitations/accept', { token });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: organisation.id, myRole: 'owner' });
      expect((await invitee.client.get('/api/organisations/mine')).body.items).toHaveLength(1);
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.invitation-accepted' } });
      expect(audit).toEqual([expect.objectContaining({ actorId: invitee.user.id })]);

      expectProblem(await invitee.client.post('/api/invitations/accept', { token }), 400, PROBLEM_TYPES.invalidToken);
    });

    it('refuses a signed-in user whose e-mail is not the invited one', async () => {
      const { outsider, organisation, token } = await invite();
      const response = await outsider.client.post('/api/invitations/accept', { token });
      expectProblem(response, 403, PROBLEM_TYPES.forbidden);
      expect(await ctx.prisma.organisationMember.count({ where: { organisationId: organisation.id, userId: outsider.user.id } })).toBe(0);
    });

    it('refuses an expired invitation', async () => {
      const { invitee, invitationId, token } = await invite();
      await ctx.prisma.organisationInvitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expectProblem(await invitee.client.post('/api/invitations/accept', { token }), 400, PROBLEM_TYPES.invalidToken);
    });

    it('refuses a revoked invitation; revoking twice is a conflict', async () => {
      const { owner, invitee, organisation, invitationId, token } = await invite();
      const url = `/api/organisations/${organisation.id}/invitations/${invitationId}`;
      expect((await owner.client.delete(url)).status).toBe(204);
      expectProblem(await owner.client.delete(url), 409, PROBLEM_TYPES.invalidTransition);
      expectProblem(await invitee.client.post('/api/invitations/accept', { token }), 400, PROBLEM_TYPES.invalidToken);
      expect((await owner.client.get(`/api/organisations/${organisation.id}/invitations`)).body.items).toEqual([]);
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.invitation-revoked' } });
      expect(audit).toHaveLength(1);
    });

    it('does not revoke another organisation’s invitation through one’s own', async () => {
      const first = await invite();
      const second = await team();
      const response = await second.owner.client.delete(`/api/organisations/${second.organisation.id}/invitations/${first.invitationId}`);
      expectProblem(response, 404, PROBLEM_TYPES.notFound);
    });

    it('refuses an unknown token, anonymous users and reviewers', async () => {
      const { invitee, token } = await invite();
      expectProblem(await invitee.client.post('/api/invitations/accept', { token: 'x'.repeat(43) }), 400, PROBLEM_TYPES.invalidToken);
      expectProblem(await anonymous.post('/api/invitations/accept', { token }), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await reviewer.post('/api/invitations/accept', { token }), 403, PROBLEM_TYPES.forbidden);
    });
  });
});
