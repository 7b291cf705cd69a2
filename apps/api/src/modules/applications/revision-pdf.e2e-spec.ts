import { startTestApp, type TestContext } from '../../test/test-app';
import { downloadBytes } from '../../test/attachment-factories';
import { extractPdfText } from './receipt/pdf-text.test-helper';
import {
  completeAnswers,
  createApplicationWorld,
  saveAnswers,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('Applications: the PDF copy of any submitted revision', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let application: { id: string; referenceNumber: string };

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    application = await submittedApplication(world, completeAnswers({ project_title: 'Pirmā versija' }));
    // A clarification and a resubmission make revision 2.
    await world.clients.coordinator.post(`/api/applications/${application.id}/clarifications`, {
      questionIds: ['project_title'],
      message: 'Precizējiet nosaukumu.',
      dueAt: inDays(3),
    });
    const current = (await world.clients.owner.get(`/api/applications/${application.id}`)).body;
    await saveAnswers(world.clients.owner, current, { project_title: 'Otrā versija' });
    expect((await world.clients.owner.post(`/api/applications/${application.id}/submit`)).status).toBe(200);
  });

  afterAll(() => ctx.close());

  const pdfUrl = (number: number, query = '') => `/api/applications/${application.id}/revisions/${number}/pdf${query}`;

  it('gives a member each revision as it was submitted, in their language or the one asked for', async () => {
    const first = await downloadBytes(ctx.app, world.clients.member, pdfUrl(1));
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="${application.referenceNumber}.pdf"`);
    // The member's language is English, the owner's Latvian.
    const firstText = await extractPdfText(first.bytes);
    expect(firstText.text).toContain('Pirmā versija');
    expect(firstText.text).toContain('Amount requested');

    const asOwner = await extractPdfText((await downloadBytes(ctx.app, world.clients.owner, pdfUrl(1))).bytes);
    expect(asOwner.text).toContain('Pieprasītā summa');

    const second = await downloadBytes(ctx.app, world.clients.member, pdfUrl(2, '?locale=lv'));
    const secondText = await extractPdfText(second.bytes);
    expect(secondText.text).toContain('Otrā versija');
    expect(secondText.text).not.toContain('Pirmā versija');
    expect(secondText.text).toContain('Pieprasītā summa');
  });

  it('gives programme staff and admins the copy too', async () => {
    expect((await downloadBytes(ctx.app, world.clients.coordinator, pdfUrl(1))).status).toBe(200);
    expect((await downloadBytes(ctx.app, world.clients.admin, pdfUrl(2))).status).toBe(200);
  });

  it('refuses other organisations, other programmes, reviewers and anonymous callers; unknown revisions are 404', async () => {
    expect((await downloadBytes(ctx.app, world.clients.outsider, pdfUrl(1))).status).toBe(404);
    expect((await downloadBytes(ctx.app, world.clients.otherCoordinator, pdfUrl(1))).status).toBe(404);
    expect((await downloadBytes(ctx.app, world.clients.reviewer, pdfUrl(1))).status).toBe(403);
    expect((await downloadBytes(ctx.app, null, pdfUrl(1))).status).toBe(401);
    expect((await downloadBytes(ctx.app, world.clients.owner, pdfUrl(3))).status).toBe(404);
    expect((await downloadBytes(ctx.app, world.clients.owner, pdfUrl(0))).status).toBe(400);
    expect((await downloadBytes(ctx.app, world.clients.owner, pdfUrl(1, '?locale=de'))).status).toBe(400);
  });
});
