import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createMunicipalities, createUser } from '../../test/factories';
import { createOrganisation, nextRegistrationNumber, organisationRequest } from '../../test/organisation-factories';
import type { TestClient, TestResponse } from '../../test/test-client';
import { expectProblem } from '../auth/auth.e2e-helpers';

describe('Organisations', () => {
  let ctx: TestContext;
  let anonymous: TestClient;
  let reviewer: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    anonymous = ctx.client();
    reviewer = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['reviewer'] })).id);
    coordinator = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['coordinator'] })).id);
  });

  afterAll(() => ctx.close());

  async function applicant() {
    const user = await createUser(ctx.prisma);
    return { user, client: await ctx.client().signInAs(user.id) };
  }

  /** An organisation with an owner, a plain member and an outsider who owns another organisation. */
  async function team() {
    const owner = await applicant();
    const member = await applicant();
    const outsider = await applicant();
    const organisation = await createOrganisation(ctx.prisma, { owners: [owner.user.id], members: [member.user.id] });
    await createOrganisation(ctx.prisma, { owners: [outsider.user.id] });
    return { owner, member, outsider, organisation };
  }

  describe('POST /api/organisations', () => {
    it('creates the organisation with the creator as owner and records it', async () => {
      const { user, client } = await applicant();
      const body = organisationRequest({ registrationNumber: '4000 8000 009' });
      const response = await client.post('/api/organisations', body);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ registrationNumber: '40008000009', myRole: 'owner', version: 1, type: 'association' });
      const members = await ctx.prisma.organisationMember.findMany({ where: { organisationId: response.body.id } });
      expect(members).toEqual([expect.objectContaining({ userId: user.id, role: 'owner' })]);
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: response.body.id } });
      expect(audit).toEqual([expect.objectContaining({ action: 'organisation.created', actorId: user.id })]);
    });

    it('creates an informal group without a registration number', async () => {
      const { client } = await applicant();
      const response = await client.post('/api/organisations', organisationRequest({ type: 'informal_group', registrationNumber: '' }));
      expect(response.status).toBe(201);
      expect(response.body.registrationNumber).toBeNull();
    });

    it('checks the registration number per type with field errors', async () => {
      const { client } = await applicant();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ registrationNumber: '40008000001' }, 'organisation.registrationNumber.checksum'],
        [{ registrationNumber: '1234' }, 'organisation.registrationNumber.format'],
        [{ type: 'school', registrationNumber: null }, 'organisation.registrationNumber.required'],
        [{ type: 'informal_group', registrationNumber: nextRegistrationNumber() }, 'organisation.registrationNumber.notAllowed'],
      ];
      for (const [overrides, message] of cases) {
        const response = await client.post('/api/organisations', organisationRequest(overrides));
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(response.body.errors).toEqual([expect.objectContaining({ path: 'registrationNumber', message })]);
      }
    });

    it('refuses a municipality that does not exist', async () => {
      const { client } = await applicant();
      const response = await client.post('/api/organisations', organisationRequest({ municipalityCode: 'atlantis' }));
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(response.body.errors[0]).toMatchObject({ path: 'municipalityCode', code: 'unknown_municipality' });
    });

    it('refuses a registration number already registered, pointing to a claim', async () => {
      const first = await applicant();
      const second = await applicant();
      const body = organisationRequest();
      expect((await first.client.post('/api/organisations', body)).status).toBe(201);
      const before = await ctx.prisma.organisation.count();
      const response = await second.client.post('/api/organisations', { ...body, legalName: 'Cits nosaukums' });
      expectProblem(response, 409, PROBLEM_TYPES.conflict);
      expect(response.body.detail).toMatch(/claim/);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ path: 'registrationNumber', message: 'organisation.registrationNumber.taken' }),
      ]);
      expect(await ctx.prisma.organisation.count()).toBe(before);
    });

    it('lets exactly one of two simultaneous registrations of a number through', async () => {
      const a = await applicant();
      const b = await applicant();
      const body = organisationRequest();
      const statuses = (await Promise.all([a.client.post('/api/organisations', body), b.client.post('/api/organisations', body)]))
        .map((response) => response.status)
        .sort();
      expect(statuses).toEqual([201, 409]);
    });

    it('refuses anonymous users, reviewers and coordinators', async () => {
      expectProblem(await anonymous.post('/api/organisations', organisationRequest()), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await reviewer.post('/api/organisations', organisationRequest()), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await coordinator.post('/api/organisations', organisationRequest()), 403, PROBLEM_TYPES.forbidden);
    });
  });

  describe('GET /api/organisations (staff look-up)', () => {
    it('finds organisations by part of the name or the registration number, paged', async () => {
      const { organisation } = await team();
      await ctx.prisma.organisation.update({ where: { id: organisation.id }, data: { legalName: 'Biedrība „Zilā ezera draugi”' } });
      const byName = await coordinator.get(`/api/organisations?q=${encodeURIComponent('zilā ezera')}`);
      expect(byName.status).toBe(200);
      expect(byName.body.items).toEqual([{ id: organisation.id, legalName: 'Biedrība „Zilā ezera draugi”', registrationNumber: organisation.registrationNumber, municipalityCode: organisation.municipalityCode }]);
      if (organisation.registrationNumber) {
        const byNumber = await coordinator.get(`/api/organisations?q=${organisation.registrationNumber.slice(0, 8)}`);
        expect(byNumber.body.items.map((item: { id: string }) => item.id)).toContain(organisation.id);
      }
      const paged = await coordinator.get('/api/organisations?pageSize=1');
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.total).toBeGreaterThan(1);
      expect((await coordinator.get('/api/organisations?pageSize=51')).status).toBe(400);
    });

    it('refuses applicants, reviewers and anonymous users', async () => {
      const { owner } = await team();
      expectProblem(await owner.client.get('/api/organisations'), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await reviewer.get('/api/organisations'), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.get('/api/organisations'), 401, PROBLEM_TYPES.unauthenticated);
    });
  });

  describe('GET /api/organisations/mine', () => {
    it('lists every organisation the user belongs to with their role, and no others', async () => {
      const { owner, member, organisation } = await team();
      const other = await createOrganisation(ctx.prisma, { owners: [member.user.id] }, { legalName: 'A biedrība' });
      const response = await member.client.get('/api/organisations/mine');
      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string; myRole: string }) => [item.id, item.myRole])).toEqual([
        [other.id, 'owner'],
        [organisation.id, 'member'],
      ]);
      expect((await owner.client.get('/api/organisations/mine')).body.items).toHaveLength(1);
    });

    it('refuses anonymous users and reviewers', async () => {
      expectProblem(await anonymous.get('/api/organisations/mine'), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await reviewer.get('/api/organisations/mine'), 403, PROBLEM_TYPES.forbidden);
    });
  });

  describe('GET /api/organisations/:id', () => {
    it('shows the organisation to its members with their role', async () => {
      const { owner, member, organisation } = await team();
      expect((await owner.client.get(`/api/organisations/${organisation.id}`)).body).toMatchObject({ id: organisation.id, myRole: 'owner' });
      expect((await member.client.get(`/api/organisations/${organisation.id}`)).body).toMatchObject({ myRole: 'member' });
    });

    it('lets programme staff read any organisation', async () => {
      const { organisation } = await team();
      const response = await coordinator.get(`/api/organisations/${organisation.id}`);
      expect(response.status).toBe(200);
      expect(response.body.myRole).toBeNull();
    });

    it('hides it from members of other organisations and unknown ids, and refuses reviewers', async () => {
      const { outsider, organisation } = await team();
      expectProblem(await outsider.client.get(`/api/organisations/${organisation.id}`), 404, PROBLEM_TYPES.notFound);
      expectProblem(await reviewer.get(`/api/organisations/${organisation.id}`), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await outsider.client.get('/api/organisations/6f1c2b9e-3d5a-4c1e-9f7a-2b3c4d5e6f70'), 404, PROBLEM_TYPES.notFound);
      expectProblem(await anonymous.get(`/api/organisations/${organisation.id}`), 401, PROBLEM_TYPES.unauthenticated);
    });
  });

  describe('PUT /api/organisations/:id', () => {
    const edit = (organisation: { registrationNumber: string | null }, overrides: Record<string, unknown> = {}) =>
      organisationRequest({ registrationNumber: organisation.registrationNumber, legalName: 'Jaunais nosaukums', version: 1, ...overrides });

    it('lets an owner edit with the version read, and refuses a stale version', async () => {
      const { owner, organisation } = await team();
      const response = await owner.client.put(`/api/organisations/${organisation.id}`, edit(organisation));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ legalName: 'Jaunais nosaukums', version: 2 });
      const stale = await owner.client.put(`/api/organisations/${organisation.id}`, edit(organisation, { legalName: 'Vecais' }));
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
      expect((await ctx.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).legalName).toBe('Jaunais nosaukums');
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.updated' } });
      expect(audit).toHaveLength(1);
    });

    it('refuses a registration number another organisation has', async () => {
      const { owner, organisation } = await team();
      const other = await createOrganisation(ctx.prisma);
      const response = await owner.client.put(
        `/api/organisations/${organisation.id}`,
        edit(organisation, { registrationNumber: other.registrationNumber }),
      );
      expectProblem(response, 409, PROBLEM_TYPES.conflict);
      expect(response.body.errors[0]).toMatchObject({ path: 'registrationNumber' });
    });

    it('refuses members who are not owners, outsiders, staff, reviewers and anonymous users', async () => {
      const { member, outsider, organisation } = await team();
      const url = `/api/organisations/${organisation.id}`;
      expectProblem(await member.client.put(url, edit(organisation)), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await outsider.client.put(url, edit(organisation)), 404, PROBLEM_TYPES.notFound);
      expectProblem(await coordinator.put(url, edit(organisation)), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await reviewer.put(url, edit(organisation)), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.put(url, edit(organisation)), 401, PROBLEM_TYPES.unauthenticated);
      expect((await ctx.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).version).toBe(1);
    });
  });

  describe('members', () => {
    const members = (response: TestResponse) =>
      response.body.items.map((item: { userId: string; role: string }) => [item.userId, item.role]);

    it('lists members to members and staff only', async () => {
      const { owner, member, outsider, organisation } = await team();
      const url = `/api/organisations/${organisation.id}/members`;
      const response = await member.client.get(url);
      expect(response.status).toBe(200);
      expect(members(response)).toEqual([
        [owner.user.id, 'owner'],
        [member.user.id, 'member'],
      ]);
      expect(response.body.items[0]).toMatchObject({ email: owner.user.email, displayName: owner.user.displayName });
      expect((await coordinator.get(url)).status).toBe(200);
      expectProblem(await outsider.client.get(url), 404, PROBLEM_TYPES.notFound);
      expectProblem(await reviewer.get(url), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.get(url), 401, PROBLEM_TYPES.unauthenticated);
    });

    it('lets an owner change roles, but never demote the last owner', async () => {
      const { owner, member, organisation } = await team();
      const url = (userId: string) => `/api/organisations/${organisation.id}/members/${userId}`;
      expectProblem(await owner.client.patch(url(owner.user.id), { role: 'member' }), 409, PROBLEM_TYPES.conflict);

      const promoted = await owner.client.patch(url(member.user.id), { role: 'owner' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ userId: member.user.id, role: 'owner' });
      // With two owners, one may step down.
      expect((await owner.client.patch(url(owner.user.id), { role: 'member' })).body.role).toBe('member');
      expectProblem(await member.client.patch(url(member.user.id), { role: 'member' }), 409, PROBLEM_TYPES.conflict);

      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id, action: 'organisation.member-role-changed' } });
      expect(audit).toHaveLength(2);
    });

    it('refuses role changes from members, outsiders, reviewers and anonymous users', async () => {
      const { owner, member, outsider, organisation } = await team();
      const url = `/api/organisations/${organisation.id}/members/${owner.user.id}`;
      expectProblem(await member.client.patch(url, { role: 'member' }), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await member.client.patch(`/api/organisations/${organisation.id}/members/${member.user.id}`, { role: 'owner' }), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await outsider.client.patch(url, { role: 'member' }), 404, PROBLEM_TYPES.notFound);
      expectProblem(await reviewer.patch(url, { role: 'member' }), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.patch(url, { role: 'member' }), 401, PROBLEM_TYPES.unauthenticated);
      expectProblem(await owner.client.patch(`/api/organisations/${organisation.id}/members/${outsider.user.id}`, { role: 'owner' }), 404, PROBLEM_TYPES.notFound);
      expectProblem(await owner.client.patch(url, { role: 'boss' }), 400, PROBLEM_TYPES.validation);
    });

    it('lets an owner remove a member and a member leave, recording both', async () => {
      const { owner, member, organisation } = await team();
      const third = await applicant();
      await ctx.prisma.organisationMember.create({ data: { organisationId: organisation.id, userId: third.user.id } });

      expect((await owner.client.delete(`/api/organisations/${organisation.id}/members/${member.user.id}`)).status).toBe(204);
      expect((await third.client.delete(`/api/organisations/${organisation.id}/members/${third.user.id}`)).status).toBe(204);
      const left = await ctx.prisma.organisationMember.findMany({ where: { organisationId: organisation.id } });
      expect(left.map((row) => row.userId)).toEqual([owner.user.id]);
      const actions = (await ctx.prisma.auditLog.findMany({ where: { entityId: organisation.id }, orderBy: { createdAt: 'asc' } })).map(
        (row) => row.action,
      );
      expect(actions).toEqual(['organisation.member-removed', 'organisation.member-left']);
      expectProblem(await member.client.get(`/api/organisations/${organisation.id}`), 404, PROBLEM_TYPES.notFound);
    });

    it('never lets the last owner leave or be removed', async () => {
      const { owner, organisation } = await team();
      const response = await owner.client.delete(`/api/organisations/${organisation.id}/members/${owner.user.id}`);
      expectProblem(response, 409, PROBLEM_TYPES.conflict);
      expect(response.body.errors[0]).toMatchObject({ message: 'organisation.members.lastOwner' });
    });

    it('refuses removals by members, outsiders, reviewers and anonymous users', async () => {
      const { owner, member, outsider, organisation } = await team();
      const url = `/api/organisations/${organisation.id}/members/${owner.user.id}`;
      expectProblem(await member.client.delete(url), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await outsider.client.delete(url), 404, PROBLEM_TYPES.notFound);
      expectProblem(await outsider.client.delete(`/api/organisations/${organisation.id}/members/${outsider.user.id}`), 404, PROBLEM_TYPES.notFound);
      expectProblem(await reviewer.delete(url), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await anonymous.delete(url), 401, PROBLEM_TYPES.unauthenticated);
      expect(await ctx.prisma.organisationMember.count({ where: { organisationId: organisation.id } })).toBe(2);
    });
  });
});
