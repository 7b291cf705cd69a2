import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createProgramme, createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../test/factories';
import { freshTotpCode } from '../../test/fresh-totp-code';
import type { TestClient } from '../../test/test-client';

describe('Admin console: users, roles and programme staff', () => {
  let ctx: TestContext;
  let admin: TestClient;
  let adminId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    const user = await createUser(ctx.prisma, { roles: ['admin'], displayName: 'Admins Adminovs' });
    adminId = user.id;
    admin = await ctx.client().signInAs(user.id);
    // Role and staff changes need a recent re-authentication (checked on its own below).
    const reauth = await admin.post('/api/auth/reauthenticate', { password: TEST_PASSWORD, code: await freshTotpCode(TEST_TOTP_SECRET) });
    expect(reauth.status).toBe(200);
  });

  afterAll(() => ctx.close());

  it('searches users by part of the e-mail or name, paged in the database', async () => {
    for (let i = 0; i < 5; i++) await createUser(ctx.prisma, { email: `search-${i}@rezekne.test`, displayName: `Meklējamais ${i}` });
    await createUser(ctx.prisma, { email: 'zane@example.test', displayName: 'Zane Bērziņa' });

    const first = await admin.get('/api/admin/users?q=REZEKNE&page=1&pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.body.items.map((user: { email: string }) => user.email)).toEqual(['search-0@rezekne.test', 'search-1@rezekne.test']);
    const third = await admin.get('/api/admin/users?q=rezekne&page=3&pageSize=2');
    expect(third.body.items.map((user: { email: string }) => user.email)).toEqual(['search-4@rezekne.test']);

    const byName = await admin.get(`/api/admin/users?q=${encodeURIComponent('bērziņa')}`);
    expect(byName.body.items.map((user: { email: string }) => user.email)).toEqual(['zane@example.test']);

    expect((await admin.get('/api/admin/users?pageSize=1000')).status).toBe(400);
    expect((await admin.get(`/api/admin/users?q=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('assigns and revokes a role, each change audited with the roles before and after', async () => {
    const user = await createUser(ctx.prisma);
    const assigned = await admin.post(`/api/admin/users/${user.id}/roles`, { role: 'reviewer' });
    expect(assigned.status).toBe(200);
    expect(assigned.body.roles).toEqual(['applicant', 'reviewer']);
    expect((await admin.post(`/api/admin/users/${user.id}/roles`, { role: 'reviewer' })).body.roles).toEqual(['applicant', 'reviewer']);

    const revoked = await admin.delete(`/api/admin/users/${user.id}/roles/applicant`);
    expect(revoked.body.roles).toEqual(['reviewer']);

    const audit = await ctx.prisma.auditLog.findMany({ where: { entityType: 'user', entityId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.before, entry.after])).toEqual([
      ['user.role_assigned', adminId, { roles: ['applicant'] }, { roles: ['applicant', 'reviewer'] }],
      ['user.role_revoked', adminId, { roles: ['applicant', 'reviewer'] }, { roles: ['reviewer'] }],
    ]);

    expect((await admin.post(`/api/admin/users/${user.id}/roles`, { role: 'superuser' })).status).toBe(400);
    expect((await admin.delete(`/api/admin/users/${user.id}/roles/superuser`)).status).toBe(400);
  });

  it('never lets an admin revoke their own admin role or deactivate themselves', async () => {
    const revoke = await admin.delete(`/api/admin/users/${adminId}/roles/admin`);
    expect(revoke.status).toBe(409);
    expect(revoke.body.type).toBe(PROBLEM_TYPES.conflict);
    expect((await admin.post(`/api/admin/users/${adminId}/deactivate`)).status).toBe(409);
  });

  it('deactivates an account: its sessions end and it cannot sign in until reactivated', async () => {
    const user = await createUser(ctx.prisma, { email: 'leaving@example.test' });
    const their = await ctx.client().signInAs(user.id);
    expect((await their.get('/api/auth/me')).body).toMatchObject({ email: 'leaving@example.test' });

    const deactivated = await admin.post(`/api/admin/users/${user.id}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ deactivatedAt: expect.any(String), activeSessionCount: 0 });
    expect((await their.get('/api/auth/me')).status).toBe(401);

    const login = await ctx.client().post('/api/auth/login', { email: 'leaving@example.test', password: TEST_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.type).toBe(PROBLEM_TYPES.accountDeactivated);
    const wrongPassword = await ctx.client().post('/api/auth/login', { email: 'leaving@example.test', password: 'wrong-password-123' });
    expect(wrongPassword.body.type).toBe(PROBLEM_TYPES.invalidCredentials);

    expect((await admin.get('/api/admin/users?status=deactivated')).body.items.map((row: { id: string }) => row.id)).toEqual([user.id]);

    const reactivated = await admin.post(`/api/admin/users/${user.id}/reactivate`);
    expect(reactivated.body.deactivatedAt).toBeNull();
    expect((await ctx.client().post('/api/auth/login', { email: 'leaving@example.test', password: TEST_PASSWORD })).status).toBe(200);
    const actions = await ctx.prisma.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: 'user.' } }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(expect.arrayContaining(['user.deactivated', 'user.reactivated']));
  });

  it('assigns coordinators (and only coordinators) to run a programme, audited', async () => {
    const programme = await createProgramme(ctx.prisma);
    const coordinator = await createUser(ctx.prisma, { roles: ['coordinator'], email: 'koordinatore@example.test' });
    const applicant = await createUser(ctx.prisma);

    const added = await admin.post(`/api/admin/programmes/${programme.id}/staff`, { userId: coordinator.id });
    expect(added.status).toBe(200);
    const row = added.body;
    expect(row.id).toBe(programme.id);
    expect(row.staff.map((staff: { email: string }) => staff.email)).toEqual(['koordinatore@example.test']);
    expect((await admin.get(`/api/admin/users/${coordinator.id}`)).body.programmes).toEqual([{ id: programme.id, name: { lv: programme.nameLv, en: programme.nameEn } }]);

    const refused = await admin.post(`/api/admin/programmes/${programme.id}/staff`, { userId: applicant.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'userId', code: 'not_coordinator' })]);

    const removed = await admin.delete(`/api/admin/programmes/${programme.id}/staff/${coordinator.id}`);
    expect(removed.body).toMatchObject({ id: programme.id, staff: [] });
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityType: 'programme', entityId: programme.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['programme.staff_added', 'programme.staff_removed']);
  });

  it('pages the programme list in the database, searching the Latvian and English names, with a total', async () => {
    const token = `meza${Date.now()}`;
    const names = ['Alksnis', 'Bērzs', 'Ciedrs'];
    for (const [index, name] of names.entries()) {
      const programme = await createProgramme(ctx.prisma);
      await ctx.prisma.programme.update({ where: { id: programme.id }, data: { nameLv: `${name} ${token}`, nameEn: `${index === 2 ? 'Cedar' : name} ${token.toUpperCase()}` } });
    }
    const first = await admin.get(`/api/admin/programmes?q=${token}&page=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((item: { name: { lv: string } }) => item.name.lv)).toEqual([`Alksnis ${token}`, `Bērzs ${token}`]);
    const second = await admin.get(`/api/admin/programmes?q=${token}&page=2&pageSize=2`);
    expect(second.body.items.map((item: { name: { lv: string } }) => item.name.lv)).toEqual([`Ciedrs ${token}`]);
    // The English name matches too, whatever the case.
    const english = await admin.get(`/api/admin/programmes?q=cedar ${token}`);
    expect(english.body).toMatchObject({ total: 1, items: [{ name: { en: `Cedar ${token.toUpperCase()}` } }] });
    expect((await admin.get('/api/admin/programmes?q=nothing-matches-this')).body).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20 });

    for (const bad of ['pageSize=101', 'pageSize=0', 'page=0', 'page=abc', `q=${'x'.repeat(201)}`]) {
      expect((await admin.get(`/api/admin/programmes?${bad}`)).status).toBe(400);
    }
    for (const role of ['applicant', 'coordinator'] as const) {
      const client = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: [role] })).id);
      expect((await client.get(`/api/admin/programmes?q=${token}`)).status).toBe(403);
    }
    expect((await ctx.client().get('/api/admin/programmes')).status).toBe(401);
  });

  it('asks an admin for the password and code again before role, account and programme-staff changes', async () => {
    const other = await createUser(ctx.prisma, { roles: ['admin'] });
    const notRecent = await ctx.client().signInAs(other.id);
    const target = await createUser(ctx.prisma, { roles: ['applicant', 'coordinator'] });
    const programme = await createProgramme(ctx.prisma, [target.id]);
    const changes = [
      () => notRecent.post(`/api/admin/users/${target.id}/roles`, { role: 'reviewer' }),
      () => notRecent.delete(`/api/admin/users/${target.id}/roles/coordinator`),
      () => notRecent.post(`/api/admin/users/${target.id}/deactivate`),
      () => notRecent.post(`/api/admin/users/${target.id}/reactivate`),
      () => notRecent.post(`/api/admin/programmes/${programme.id}/staff`, { userId: other.id }),
      () => notRecent.delete(`/api/admin/programmes/${programme.id}/staff/${target.id}`),
    ];
    for (const change of changes) {
      const response = await change();
      expect({ status: response.status, type: response.body.type }).toEqual({ status: 403, type: PROBLEM_TYPES.reauthenticationRequired });
    }
    const unchanged = await ctx.prisma.user.findUniqueOrThrow({ where: { id: target.id }, include: { programmes: true } });
    expect(unchanged).toMatchObject({ roles: ['applicant', 'coordinator'], deactivatedAt: null });
    expect(unchanged.programmes).toHaveLength(1);

    // Reading needs no re-authentication; after it, the change goes through.
    expect((await notRecent.get(`/api/admin/users/${target.id}`)).status).toBe(200);
    await notRecent.post('/api/auth/reauthenticate', { password: TEST_PASSWORD, code: await freshTotpCode(TEST_TOTP_SECRET) });
    expect((await changes[0]!()).status).toBe(200);
  });

  it('refuses every other role and visitors', async () => {
    const target = await createUser(ctx.prisma);
    const programme = await createProgramme(ctx.prisma);
    for (const role of ['applicant', 'coordinator', 'reviewer', 'consultant'] as const) {
      const client = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: [role] })).id);
      expect((await client.get('/api/admin/users')).status).toBe(403);
      expect((await client.post(`/api/admin/users/${target.id}/roles`, { role: 'admin' })).status).toBe(403);
      expect((await client.post(`/api/admin/users/${target.id}/deactivate`)).status).toBe(403);
      expect((await client.post(`/api/admin/programmes/${programme.id}/staff`, { userId: target.id })).status).toBe(403);
      expect((await client.get('/api/admin/jobs')).status).toBe(403);
    }
    expect((await ctx.client().get('/api/admin/users')).status).toBe(401);
    expect((await admin.get('/api/admin/users/not-a-uuid')).status).toBe(400);
    expect((await admin.get('/api/admin/users/7d3c8f3e-5b7a-4c1e-9f0a-2b6d4e8a1c3f')).status).toBe(404);
  });
});
