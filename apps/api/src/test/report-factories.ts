import { demoReportForm } from '../seed/demo-report-form';
import { createUser } from './factories';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from './decision-factories';
import type { TestContext } from './test-app';

/** A report form: one section of two narrative questions (summary, venue) and one of a single question (learned). */
export const sampleReportForm = demoReportForm;

export const COMPLETE_INDICATORS = {
  'participants.teachers': 4,
  'participants.parents': 10,
  'participants.children_youth': 25,
  'participants.seniors': 3,
  'participants.ngo_members': 6,
  'participants.municipality_staff': 2,
  'participants.other': 0,
  eventsHeld: 3,
  volunteers: 5,
  volunteerHours: 40,
  outcomes: 'Iekārtots kopienas dārzs ar 12 dobēm.',
  highlight: 'Ģimenes kopā iestādīja pirmos ābeļu stādus.',
} as const;

/**
 * The decisions world with one funded project: the call's report schedule set to an interim
 * report 60 days after the start and the final one 30 days after the end, a report form, and
 * the award's letters sent (which creates the project and its schedule). Plus a consultant.
 */
export async function createReportWorld(ctx: TestContext) {
  const world: DecisionWorld = await createDecisionWorld(ctx);
  const coordinator = world.clients.coordinator;
  const call = (await coordinator.get(`/api/calls/${world.call.id}/report-schedule`)).body;
  const schedule = await coordinator.put(`/api/calls/${world.call.id}/report-schedule`, { version: call.version, interimOffsetsDays: [60], finalOffsetDays: 30 });
  if (schedule.status !== 200) throw new Error(`report schedule: ${schedule.status} ${JSON.stringify(schedule.body)}`);
  const form = await coordinator.put(`/api/calls/${world.call.id}/report-form`, { definition: sampleReportForm(), baseVersion: null });
  if (form.status !== 200) throw new Error(`report form: ${form.status} ${JSON.stringify(form.body)}`);
  const { application } = await reviewedApplication(ctx, world, { projectTitle: 'Kopienas dārzs' });
  await coordinator.post(`/api/applications/${application.id}/decision`, { kind: 'award', amountCents: 250_000, rationale: 'Spēcīga ietekme.' });
  await coordinator.post(`/api/calls/${world.call.id}/letters/send`);
  const project = await ctx.prisma.project.findFirstOrThrow({ where: { applicationId: application.id } });
  const consultantUser = await createUser(ctx.prisma, { roles: ['consultant'] });
  return { ...world, project, consultant: await ctx.client().signInAs(consultantUser.id) };
}

export type ReportWorld = Awaited<ReturnType<typeof createReportWorld>>;
