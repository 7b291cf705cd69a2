import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createMunicipalities, createUser } from '../../test/factories';
import { createOrganisation, nextRegistrationNumber } from '../../test/organisation-factories';
import type { TestClient } from '../../test/test-client';
import { expectProblem, outboxEmails } from '../auth/auth.e2e-helpers';

describe('Organisation claims', () => {
  let ctx: TestContext;
  let anonymous: TestClient;
  let reviewer: TestClient;
  let coordinator: TestClient;
  let coordinatorId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    anonymous = ctx.client();
    reviewer = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['reviewer'] })).id);
    coordinatorId = (await createUser(ctx.prisma, { roles: ['coordinator'] })).id;
    coordinator = await ctx.client().signInAs(coordinatorId);
  });

  afterAll(() => ctx.close());

  async function applicant() {
    const user = await createUser(ctx.prisma);
    return { user, client: await ctx.client().signInAs(user.id) };
  }

  async function claimed() {
    const owner = await applicant();
    const claimant = await applicant();
    const organisation = await createOrganisation(ctx.prisma, { owners: [owner.user.id] });
    const response = await claimant.client.post('/api/organisation-claims', {
      registrationNumber: organisation.registrationNumber,
      message: 'Esmu biedrības valdes priekšsēdētāja.',
    });
    expect(response.status).toBe(201);
    return { owner, claimant, organisation, claim: response.body };
  }

  describe('filing', () => {
    it('files a pending claim for an existing registration number and records it', async () => {
      const { claimant, organisation, claim } = await claimed();
      expect(claim).toMatchObject({
        organisationId: organisation.id,
        registrationNumber: organisation.registrationNumber,
        claimantId: claimant.user.id,
        claimantEmail: claimant.user.email,
        status: 'pending',
        decidedAt: null,
      });
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: claim.id } });
      expect(audit).toEqual([expect.objectContaining({ action: 'organisation.claim-filed', actorId: claimant.user.id })]);
    });

    it('allows one pending claim per person and organisation', async () => {
      const { claimant, organisation } = await claimed();
      const again = await claimant.client.post('/api/organisation-claims', { registrationNumber: organisation.registrationNumber, message: 'Vēlreiz.' });
      expectProblem(again, 409, PROBLEM_TYPES.conflict);
      // Someone else may still claim it.
      const other = await applicant();
      expect((await other.client.post('/api/organisation-claims', { registrationNumber: organisation.registrationNumber, message: 'Arī es.' })).status).toBe(201);
    });

    it('refuses unknown and invalid numbers, and owners claiming their own organisation', async () => {
      const { owner, organisation } = await claimed();
      const unknown = await owner.client.post('/api/organisation-claims', { registrationNumber: nextRegistrationNumber(), message: 'Mūsu.' });
      expectProblem(unknown, 400, PROBLEM_TYPES.validation);
      expect(unknown.body.errors[0]).toMatchObject({ path: 'registrationNumber', message: 'organisation.claim.unknownNumber' });
      const invalid = await owner.client.post('/api/organisation-claims', { registrationNumber: '40008000001', message: 'Mūsu.' });
      expect(invalid.body.errors[0]).toMatchObject({ path: 'registrationNumber', message: 'organisation.registrationNumber.checksum' });
      const own = await owner.client.post('/api/organisation-claims', { registrationNumber: organisation.registrationNumber, message: 'Mūsu.' });
      expectProblem(own, 409, PROBLEM_TYPES.conflict);
    });

    it('refuses anonymous users, reviewers and coordinators', async () => {
      const organisation = await createOrganisation(ctx.prisma);
      const body = { registrationNumber: organisation.registrationNumber, message: 'Mūsu.' };
      expectProblem(await anonymous.post('/api/organisation-claims', body), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await reviewer.post('/api/organisation-claims', body), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await coordinator.post('/api/organisation-claims', body), 403, PROBLEM_TYPES.forbidden);
    });
  });

  describe('deciding', () => {
    it('lists claims to coordinators, filtered by status', async () => {
      const { claim } = await claimed();
      const pending = await coordinator.get('/api/organisation-claims?status=pending');
      expect(pending.status).toBe(200);
      expect(pending.body.items.map((item: { id: string }) => item.id)).toContain(claim.id);
      expect(pending.body.items.every((item: { status: string }) => item.status === 'pending')).toBe(true);
      expectProblem(await coordinator.get('/api/organisation-claims?status=maybe'), 400, PROBLEM_TYPES.validation);
    });

    it('approving makes the claimant an owner, once', async () => {
      const { owner, claimant, organisation, claim } = await claimed();
      const response = await coordinator.post(`/api/organisation-claims/${claim.id}/approve`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
      expect((await claimant.client.get(`/api/organisations/${organisation.id}`)).body.myRole).toBe('owner');
      // Whoever registered it first loses control (they may have been a squatter).
      expect((await owner.client.get(`/api/organisations/${organisation.id}`)).body.myRole).toBe('member');
      const stored = await ctx.prisma.organisationClaim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(stored.decidedById).toBe(coordinatorId);
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: claim.id, action: 'organisation.claim-approved' } });
      expect(audit).toEqual([expect.objectContaining({ actorId: coordinatorId })]);

      const [mail] = await outboxEmails(ctx.prisma, claimant.user.email, 'organisation-claim-decided');
      expect(mail).toMatchObject({
        locale: 'lv',
        params: { approved: true, organisationName: organisation.legalName, link: 'http://kopa.test/organisations' },
      });

      expectProblem(await coordinator.post(`/api/organisation-claims/${claim.id}/approve`), 409, PROBLEM_TYPES.invalidTransition);
      expect(await outboxEmails(ctx.prisma, claimant.user.email, 'organisation-claim-decided')).toHaveLength(1);
      expectProblem(await coordinator.post(`/api/organisation-claims/${claim.id}/reject`), 409, PROBLEM_TYPES.invalidTransition);
    });

    it('gives the claimant control: the squatter can no longer remove the rightful owner, and it is recorded', async () => {
      const { owner: squatter, claimant, organisation, claim } = await claimed();
      const invited = await squatter.client.post(`/api/organisations/${organisation.id}/invitations`, { email: 'accomplice@example.test', role: 'owner' });
      expect(invited.status).toBe(201);
      expect((await coordinator.post(`/api/organisation-claims/${claim.id}/approve`)).status).toBe(200);

      const removal = await squatter.client.delete(`/api/organisations/${organisation.id}/members/${claimant.user.id}`);
      expect(removal.status).toBe(403);
      expect((await claimant.client.get(`/api/organisations/${organisation.id}`)).body.myRole).toBe('owner');
      const invitation = await ctx.prisma.organisationInvitation.findUniqueOrThrow({ where: { id: invited.body.id } });
      expect(invitation.revokedAt).not.toBeNull();
      // The rightful owner can now remove the squatter.
      expect((await claimant.client.delete(`/api/organisations/${organisation.id}/members/${squatter.user.id}`)).status).toBe(204);

      const [transfer] = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.control-transferred' } });
      expect(transfer).toMatchObject({
        actorId: coordinatorId,
        before: { owners: [squatter.user.id] },
        after: { owners: [claimant.user.id], previousOwners: 'demoted', revokedInvitations: 1 },
      });
    });

    it('lets the coordinator remove the previous owners outright when resolving a dispute', async () => {
      const { owner: squatter, claimant, organisation, claim } = await claimed();
      const response = await coordinator.post(`/api/organisation-claims/${claim.id}/approve?previousOwners=remove`);
      expect(response.status).toBe(200);
      expectProblem(await squatter.client.get(`/api/organisations/${organisation.id}`), 404, PROBLEM_TYPES.notFound);
      expect((await claimant.client.get(`/api/organisations/${organisation.id}`)).body.myRole).toBe('owner');
      expect((await coordinator.post(`/api/organisation-claims/${claim.id}/approve?previousOwners=keep`)).status).toBe(400);
    });

    it('approving promotes a claimant who is already a plain member', async () => {
      const owner = await applicant();
      const member = await applicant();
      const organisation = await createOrganisation(ctx.prisma, { owners: [owner.user.id], members: [member.user.id] });
      const claim = (await member.client.post('/api/organisation-claims', { registrationNumber: organisation.registrationNumber, message: 'Es.' })).body;
      await coordinator.post(`/api/organisation-claims/${claim.id}/approve`);
      expect((await member.client.get(`/api/organisations/${organisation.id}`)).body.myRole).toBe('owner');
    });

    it('rejecting changes no membership', async () => {
      const { claimant, organisation, claim } = await claimed();
      const response = await coordinator.post(`/api/organisation-claims/${claim.id}/reject`);
      expect(response.body.status).toBe('rejected');
      const [mail] = await outboxEmails(ctx.prisma, claimant.user.email, 'organisation-claim-decided');
      expect(mail?.params.approved).toBe(false);
      expectProblem(await claimant.client.get(`/api/organisations/${organisation.id}`), 404, PROBLEM_TYPES.notFound);
      // A decided claim no longer blocks a new one.
      expect((await claimant.client.post('/api/organisation-claims', { registrationNumber: organisation.registrationNumber, message: 'Pielikumā pilnvara.' })).status).toBe(201);
    });

    it('refuses applicants, owners, reviewers and anonymous users; unknown claims are 404', async () => {
      const { owner, claimant, claim } = await claimed();
      for (const client of [owner.client, claimant.client, reviewer]) {
        expectProblem(await client.get('/api/organisation-claims'), 403, PROBLEM_TYPES.forbidden);
        expectProblem(await client.post(`/api/organisation-claims/${claim.id}/approve`), 403, PROBLEM_TYPES.forbidden);
        expectProblem(await client.post(`/api/organisation-claims/${claim.id}/reject`), 403, PROBLEM_TYPES.forbidden);
      }
      expectProblem(await anonymous.get('/api/organisation-claims'), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await anonymous.post(`/api/organisation-claims/${claim.id}/approve`), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await coordinator.post('/api/organisation-claims/6f1c2b9e-3d5a-4c1e-9f7a-2b3c4d5e6f70/approve'), 404, PROBLEM_TYPES.notFound);
      expect((await ctx.prisma.organisationClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('pending');
    });
  });
});
