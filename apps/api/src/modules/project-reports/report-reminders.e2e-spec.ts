import { Queue } from 'bullmq';
import { addDays, reminderRuleOn, rigaDateOf } from '@kopa/shared';
import { Clock } from '../../common/clock/clock';
import { QUEUES } from '../../jobs/queue-names';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createReportWorld, type ReportWorld } from '../../test/report-factories';
import { startTestWorker } from '../../test/test-worker';
import { ReportRemindersProcessor } from './report-reminders.processor';
import { ReportRemindersService } from './report-reminders.service';

describe('Report reminders: 14 and 3 days before, on the day, weekly while overdue — once per rule and recipient', () => {
  let ctx: TestContext;
  let world: ReportWorld;
  let interimId: string;
  const today = rigaDateOf(new Date());

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReportWorld(ctx);
    const project = (await world.clients.coordinator.get(`/api/projects/${world.project.id}`)).body;
    // The interim report (60 days after the start) falls due in 3 days; the member is the contact person, the owner is reminded too.
    const dated = await world.clients.coordinator.patch(`/api/projects/${world.project.id}`, {
      version: project.version,
      startDate: addDays(today, 3 - 60),
      endDate: addDays(today, 200),
      contactUserId: world.users.member.id,
    });
    expect(dated.status).toBe(200);
    const schedule = (await world.clients.coordinator.get(`/api/projects/${world.project.id}/reports`)).body;
    interimId = schedule.reports[0].id;
    expect(schedule.reports[0].dueDate).toBe(addDays(today, 3));
  }, 120_000);
  afterAll(() => ctx.close());

  const reminderMails = () => ctx.mailbox.messages.filter((mail) => /pārskats|report/i.test(mail.subject ?? ''));
  const outboxRules = async () =>
    (await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `report-reminder:${interimId}:` } } })).map((row) => row.dedupeKey.split(':')[2]).sort();

  it('picks the latest rule whose day has come', () => {
    const due = '2027-03-30';
    const rules = [20, 15, 14, 10, 4, 3, 1, 0, -1, -6, -7, -13, -14, -30].map((daysLeft) => [daysLeft, reminderRuleOn(due, addDays(due, -daysLeft))]);
    expect(rules).toEqual([
      [20, null],
      [15, null],
      [14, 'before-14'],
      [10, 'before-14'],
      [4, 'before-14'],
      [3, 'before-3'],
      [1, 'before-3'],
      [0, 'due'],
      [-1, 'due'],
      [-6, 'due'],
      [-7, 'overdue-1'],
      [-13, 'overdue-1'],
      [-14, 'overdue-2'],
      [-30, 'overdue-4'],
    ]);
  });

  it('sends one mail per recipient in their language, however many sweeps run and though the worker is stopped mid-run and restarted', async () => {
    const first = await startTestWorker(ctx.config);
    const running = first.app.get(ReportRemindersProcessor).process();
    const sweeps = ctx.app.get(ReportRemindersService);
    await Promise.all([sweeps.sweep(), sweeps.sweep()]);
    // Stop the worker while its sweep may still run, then start a fresh one: its scheduler is the same one.
    await first.close();
    await running.catch(() => 0);
    const second = await startTestWorker(ctx.config);
    try {
      await Promise.all([second.app.get(ReportRemindersProcessor).process(), sweeps.sweep()]);
      const owner = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => /pārskats/.test(mail.subject ?? ''), 30_000);
      const member = await ctx.mailbox.waitFor(world.users.member.email, (mail) => /report/.test(mail.subject ?? ''), 30_000);
      expect(owner.subject).toBe(`Atgādinājums: starpposma pārskats, līgums ${world.project.agreementNumber}`);
      expect(owner.text).toContain('Līdz termiņam: 3 dienas.');
      expect(member.subject).toBe(`Reminder: interim report, agreement ${world.project.agreementNumber}`);
      expect(member.text).toContain(`http://kopa.test/projects/${world.project.id}/reports/${interimId}`);

      const queue = new Queue(QUEUES.reports, { connection: { url: ctx.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: ctx.config.QUEUE_PREFIX });
      expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual(['report-reminders']);
      await queue.close();
    } finally {
      await second.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reminderMails().map((mail) => (mail.to as { text: string }).text).sort()).toEqual([world.users.member.email, world.users.owner.email].sort());
    expect(await outboxRules()).toEqual(['before-3', 'before-3']);
    expect(await ctx.prisma.projectReportReminder.count({ where: { reportId: interimId } })).toBe(2);
    const inbox = await ctx.prisma.notification.findMany({ where: { userId: { in: [world.users.owner.id, world.users.member.id] }, dedupeKey: { startsWith: 'report-reminder:' } } });
    expect(inbox).toHaveLength(2);
  }, 90_000);

  it('goes on with the day itself and weekly while overdue, never repeating a rule; a submitted report is not reminded', async () => {
    const clock = ctx.app.get(Clock);
    const sweeps = ctx.app.get(ReportRemindersService);
    const at = (days: number) => jest.spyOn(clock, 'now').mockReturnValue(new Date(`${addDays(today, days)}T09:00:00Z`));
    for (const days of [3, 4, 10, 11, 17]) {
      at(days);
      await Promise.all([sweeps.sweep(), sweeps.sweep()]);
    }
    expect(await outboxRules()).toEqual(['before-3', 'before-3', 'due', 'due', 'overdue-1', 'overdue-1', 'overdue-2', 'overdue-2']);

    await ctx.prisma.projectReport.update({ where: { id: interimId }, data: { status: 'submitted', submittedAt: new Date() } });
    at(30);
    expect(await sweeps.sweep()).toBe(0);
    jest.restoreAllMocks();
  });
});
