import type { TAnswers, TFormDefinition } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';
import { Clock } from '../common/clock/clock';
import type { TestContext } from './test-app';
import type { TestClient } from './test-client';
import { createMunicipalities, createProgramme, createUser } from './factories';
import { createOrganisation } from './organisation-factories';
import { sampleFormDefinition } from './call-form-factories';

const DAY = 86_400_000;
let codeCounter = 0;

/**
 * Pins the server's clock (the Clock provider) to an instant; returns a function that
 * lets it run again. Deadlines in the API are decided by this clock.
 */
export function pinClock(ctx: TestContext, at: Date | string): () => void {
  const spy = jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(at));
  return () => spy.mockRestore();
}

/** A published call with a form, straight in the database; open from yesterday for 30 days by default. */
export async function createCallWithApplicationForm(
  prisma: PrismaClient,
  programmeId: string,
  overrides: {
    code?: string;
    status?: 'draft' | 'published' | 'closed';
    opensAt?: Date;
    closesAt?: Date;
    eligibleOrganisationTypes?: ('association' | 'foundation' | 'school' | 'municipal_institution' | 'informal_group')[];
    eligibleMunicipalityCodes?: string[];
    form?: TFormDefinition | null;
    /** Specs start many drafts for one organisation in the shared call: the limit is tested on its own. */
    maxApplicationsPerOrganisation?: number;
  } = {},
) {
  const call = await prisma.call.create({
    data: {
      programmeId,
      code: overrides.code ?? `T${(codeCounter++).toString(36).toUpperCase()}${Date.now().toString(36).slice(-4).toUpperCase()}`,
      titleLv: 'Kopienu iniciatīvas',
      titleEn: 'Community initiatives',
      descriptionLv: 'Atbalsts vietējām kopienām.',
      descriptionEn: 'Support for local communities.',
      eligibleOrganisationTypes: overrides.eligibleOrganisationTypes ?? ['association', 'school'],
      eligibleMunicipalityCodes: overrides.eligibleMunicipalityCodes ?? ['preili', 'ludza'],
      budgetEnvelopeCents: 5_000_000n,
      minAwardCents: 50_000n,
      maxAwardCents: 300_000n,
      ownContributionPercent: 10,
      maxApplicationsPerOrganisation: overrides.maxApplicationsPerOrganisation ?? 20,
      opensAt: overrides.opensAt ?? new Date(Date.now() - DAY),
      closesAt: overrides.closesAt ?? new Date(Date.now() + 30 * DAY),
      status: overrides.status ?? 'published',
    },
  });
  if (overrides.form !== null) {
    await prisma.callForm.create({ data: { callId: call.id, version: 1, definition: (overrides.form ?? sampleFormDefinition()) as object } });
  }
  return call;
}

/** Complete answers to sampleFormDefinition() that pass the call's limits (requests €990.00). */
export function completeAnswers(overrides: TAnswers = {}): TAnswers {
  return {
    project_title: 'Kopienas dārzs',
    summary: 'Iekārtosim kopienas dārzu skolas pagalmā.',
    target_groups: ['youth', 'seniors'],
    activity_type: 'improvement',
    participants: 40,
    school_partner: false,
    start_date: '2027-05-01',
    end_date: '2027-09-30',
    budget: [{ category: 'materials', description: 'Stādi un zeme', quantity: 1, unitCostCents: 110_000, ownContributionCents: 11_000 }],
    ...overrides,
  };
}

/**
 * The cast of an applications test: a programme with its coordinator and a call with the
 * sample form; an organisation with an owner and a member; an outsider with their own
 * organisation; a reviewer; a coordinator of another programme; an admin.
 */
export async function createApplicationWorld(ctx: TestContext) {
  const { prisma } = ctx;
  await createMunicipalities(prisma);
  const [coordinator, otherCoordinator, reviewer, admin, owner, member, outsider] = await Promise.all([
    createUser(prisma, { roles: ['coordinator'], displayName: 'Koordinatore' }),
    createUser(prisma, { roles: ['coordinator'] }),
    createUser(prisma, { roles: ['reviewer'] }),
    createUser(prisma, { roles: ['admin'] }),
    createUser(prisma, { displayName: 'Anna Īpašniece', locale: 'lv' }),
    createUser(prisma, { displayName: 'Member Person', locale: 'en' }),
    createUser(prisma, { displayName: 'Outsider' }),
  ]);
  const programme = await createProgramme(prisma, [coordinator.id]);
  await createProgramme(prisma, [otherCoordinator.id]);
  const organisation = await createOrganisation(prisma, { owners: [owner.id], members: [member.id] }, { legalName: 'Biedrība „Preiļu kopiena”' });
  const otherOrganisation = await createOrganisation(prisma, { owners: [outsider.id] }, { legalName: 'Cita biedrība' });
  const call = await createCallWithApplicationForm(prisma, programme.id);
  const sign = (id: string): Promise<TestClient> => ctx.client().signInAs(id);
  return {
    programme,
    call,
    organisation,
    otherOrganisation,
    users: { coordinator, otherCoordinator, reviewer, admin, owner, member, outsider },
    clients: {
      coordinator: await sign(coordinator.id),
      otherCoordinator: await sign(otherCoordinator.id),
      reviewer: await sign(reviewer.id),
      admin: await sign(admin.id),
      owner: await sign(owner.id),
      member: await sign(member.id),
      outsider: await sign(outsider.id),
      anonymous: ctx.client(),
    },
  };
}

export type ApplicationWorld = Awaited<ReturnType<typeof createApplicationWorld>>;

/** Starts an application through the API (as the owner by default) and returns its response. */
export async function startApplication(world: ApplicationWorld, client: TestClient = world.clients.owner, callId = world.call.id) {
  const response = await client.post('/api/applications', { callId, organisationId: world.organisation.id });
  if (response.status !== 201) throw new Error(`start failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Saves answers as a fresh editor would (bases from the last response). */
export async function saveAnswers(client: TestClient, application: { id: string; fieldVersions: Record<string, number> }, changes: TAnswers) {
  const baseFieldVersions = Object.fromEntries(Object.keys(changes).map((id) => [id, application.fieldVersions[id] ?? 0]));
  return client.patch(`/api/applications/${application.id}/answers`, { changes, baseFieldVersions });
}

/** A started, complete and submitted application (through the API). */
export async function submittedApplication(world: ApplicationWorld, answers: TAnswers = completeAnswers()) {
  const started = await startApplication(world);
  const saved = await saveAnswers(world.clients.owner, started, answers);
  if (saved.status !== 200) throw new Error(`save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  const submitted = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body;
}

/**
 * Makes the world's English-speaking member a second owner: owners submit and withdraw
 * (the workflow table), so tests of "the submitter gets it in their language" use this.
 */
export async function promoteMemberToOwner(ctx: TestContext, world: ApplicationWorld) {
  await ctx.prisma.organisationMember.update({
    where: { organisationId_userId: { organisationId: world.organisation.id, userId: world.users.member.id } },
    data: { role: 'owner' },
  });
}
