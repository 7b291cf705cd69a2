import sharp from 'sharp';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createMunicipalities, createUser } from '../../test/factories';

jest.setTimeout(120_000);

function multipart(content: Buffer, field = 'photo') {
  const boundary = '----kopa-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { boundary, body };
}

describe('Resource centres', () => {
  let ctx: TestContext;
  let centreIds: string[];
  let coordinatorId: string;
  let others: Array<{ id: string; role: string }>;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    const rows = [
      { nameLv: 'Preiļu kopienas resursu centrs', municipalityCode: 'preili' },
      { nameLv: 'Aglonas kopienas resursu centrs', municipalityCode: 'preili' },
      { nameLv: 'Ludzas kopienas resursu centrs', municipalityCode: 'ludza' },
    ];
    centreIds = [];
    for (const row of rows) {
      centreIds.push((await ctx.prisma.resourceCentre.create({ data: { ...row, address: 'Iela 1', activitiesLv: 'darbnīcas' } })).id);
    }
    coordinatorId = (await createUser(ctx.prisma, { roles: ['coordinator'] })).id;
    others = await Promise.all(
      (['applicant', 'consultant', 'reviewer', 'admin'] as const).map(async (role) => ({ id: (await createUser(ctx.prisma, { roles: [role] })).id, role })),
    );
  }, 180_000);
  afterAll(() => ctx?.close());

  it('lists the directory publicly, paged in the database and filtered by municipality', async () => {
    const visitor = ctx.client();
    const all = await visitor.get('/api/public/resource-centres?pageSize=2');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(all.body.items).toHaveLength(2);
    // Ludzas novads sorts before Preiļu novads; then names within a municipality.
    expect(all.body.items.map((item: { name: { lv: string } }) => item.name.lv)).toEqual(['Ludzas kopienas resursu centrs', 'Aglonas kopienas resursu centrs']);
    const preili = await visitor.get('/api/public/resource-centres?municipality=preili');
    expect(preili.body.total).toBe(2);
    expect(preili.body.items.every((item: { municipality: { code: string } }) => item.municipality.code === 'preili')).toBe(true);
    // The pickers search by part of the name, case-insensitively.
    const found = await visitor.get(`/api/public/resource-centres?q=${encodeURIComponent('AGLONAS')}`);
    expect(found.body.items.map((item: { name: { lv: string } }) => item.name.lv)).toEqual(['Aglonas kopienas resursu centrs']);
    expect((await visitor.get(`/api/public/resource-centres?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await visitor.get('/api/public/resource-centres?pageSize=51')).status).toBe(400);
    expect((await visitor.get('/api/public/resource-centres?municipality=%27%3B')).status).toBe(400);
    expect((await visitor.get(`/api/public/resource-centres/${centreIds[0]}`)).body.name.lv).toBe('Preiļu kopienas resursu centrs');
    expect((await visitor.get('/api/public/resource-centres/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets coordinators edit a centre, with optimistic concurrency; everyone else is refused', async () => {
    const body = {
      nameLv: 'Preiļu kopienas resursu centrs',
      nameEn: 'Preiļi community resource centre',
      address: 'Kooperatīvā iela 6 (4. stāvs), Preiļi',
      activitiesLv: 'podniecība',
      activitiesEn: 'pottery',
      descriptionLv: 'Telpas kopienas darbam.',
      descriptionEn: '',
      openingHoursLv: 'P.–Pk. 10:00–18:00',
      openingHoursEn: null,
      contactEmail: 'krc@example.lv',
      contactPhone: '+371 20000000',
      version: 1,
    };
    expect((await ctx.client().put(`/api/resource-centres/${centreIds[0]}`, body)).status).toBe(401);
    for (const other of others) {
      const response = await (await ctx.client().signInAs(other.id)).put(`/api/resource-centres/${centreIds[0]}`, body);
      expect([other.role, response.status]).toEqual([other.role, 403]);
    }
    const coordinator = await ctx.client().signInAs(coordinatorId);
    const saved = await coordinator.put(`/api/resource-centres/${centreIds[0]}`, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, description: { lv: 'Telpas kopienas darbam.', en: null }, contactEmail: 'krc@example.lv' });
    expect((await coordinator.put(`/api/resource-centres/${centreIds[0]}`, body)).status).toBe(409);
    expect((await coordinator.put(`/api/resource-centres/${centreIds[0]}`, { ...body, version: 2, descriptionLv: 'x'.repeat(4001) })).status).toBe(400);
  });

  it('stores an uploaded photo resized and without metadata, and serves it publicly', async () => {
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
    const { boundary, body } = multipart(big);
    const coordinator = await ctx.client().signInAs(coordinatorId);
    const csrf = (await coordinator.get('/api/auth/csrf')).body.token as string;
    const upload = (cookieHeader: string) =>
      ctx.app.inject({
        method: 'PUT',
        url: `/api/resource-centres/${centreIds[1]}/photo`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': csrf, cookie: cookieHeader },
        payload: body,
      });
    const cookieHeader = ['kopa_session', 'kopa_csrf'].map((name) => `${name}=${coordinator.cookie(name)}`).join('; ');
    const response = await upload(cookieHeader);
    expect(response.statusCode).toBe(200);
    const centre = JSON.parse(response.body);
    expect(centre.photoUrl).toMatch(new RegExp(`^/api/public/resource-centres/${centreIds[1]}/photo\\?v=\\d+$`));
    const photo = await ctx.app.inject({ method: 'GET', url: centre.photoUrl });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(photo.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 800]);
    expect(meta.exif).toBeUndefined();

    const notAnImage = multipart(Buffer.from('this is not a picture'));
    const refused = await ctx.app.inject({
      method: 'PUT',
      url: `/api/resource-centres/${centreIds[1]}/photo`,
      headers: { 'content-type': `multipart/form-data; boundary=${notAnImage.boundary}`, 'x-csrf-token': csrf, cookie: cookieHeader },
      payload: notAnImage.body,
    });
    expect(refused.statusCode).toBe(415);

    const applicant = await ctx.client().signInAs(others[0]!.id);
    const applicantCsrf = (await applicant.get('/api/auth/csrf')).body.token as string;
    const forbidden = await ctx.app.inject({
      method: 'PUT',
      url: `/api/resource-centres/${centreIds[1]}/photo`,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'x-csrf-token': applicantCsrf,
        cookie: ['kopa_session', 'kopa_csrf'].map((name) => `${name}=${applicant.cookie(name)}`).join('; '),
      },
      payload: body,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
