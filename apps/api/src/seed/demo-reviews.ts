import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import type { PrismaClient } from '../generated/prisma/client';
import { ReferenceNumbers } from '../modules/applications/reference-numbers';
import { seedDemoCallForm } from './demo-call-form';
import { DemoClient } from './demo-client';

/**
 * A call that closed three weeks ago and is being reviewed now, so the demo reviewer's first
 * screen has work: four applications, marked eligible and assigned to the reviewer through the
 * API; two reviews submitted with scores, one saved as a draft, one not started.
 *
 * The applications are written as the decision factories of the tests write them (submitted,
 * the form answered); eligibility, the reviewer pool, assignments and reviews go through the
 * app's routes. Each step checks what is there first, so a second run adds nothing.
 */

const ZONE = 'Europe/Riga';

export const REVIEW_CALL = {
  titleLv: (year: number) => `Skola un kopiena ${year}: rudens kārta`,
  titleEn: (year: number) => `School and community ${year}: autumn round`,
};

interface ReviewApplication {
  organisation: string;
  title: string;
  summary: string;
  budget: Array<{ category: string; description: string; quantity: number; unitCostCents: number; ownContributionCents: number }>;
  /** The partner school named in the form, if any. */
  partnerSchool?: string;
  review: 'submitted' | 'draft' | 'pending';
  scores: [number, number];
  comment: string;
}

const APPLICATIONS: ReviewApplication[] = [
  {
    organisation: 'Biedrība „Kopā Preiļos”',
    title: 'Senioru stāsti skolā',
    partnerSchool: 'Preiļu 1. pamatskola',
    summary: 'Preiļu seniori stāsta skolēniem par novada vēsturi; skolēni stāstus ieraksta un izveido audiogidu pa pilsētu.',
    budget: [
      { category: 'equipment', description: 'Diktofoni un mikrofoni', quantity: 3, unitCostCents: 12_000, ownContributionCents: 6_000 },
      { category: 'services', description: 'Audiogida maketēšana un publicēšana', quantity: 1, unitCostCents: 90_000, ownContributionCents: 10_000 },
    ],
    review: 'submitted',
    scores: [5, 9],
    comment: 'Spēcīga paaudžu sadarbība; rezultāts paliks pieejams visai pilsētai.',
  },
  {
    organisation: 'Ludzas novada Kopienu pamatskola',
    title: 'Vecāku darbnīcas skolas remontdarbnīcā',
    summary: 'Vecāki un skolēni kopā atjauno skolas darbnīcu un rīko tajā sešas remontdarbnīcas kopienai.',
    budget: [
      { category: 'equipment', description: 'Instrumenti darbnīcai', quantity: 1, unitCostCents: 110_000, ownContributionCents: 17_000 },
      { category: 'materials', description: 'Materiāli remontdarbnīcām', quantity: 6, unitCostCents: 8_000, ownContributionCents: 0 },
    ],
    review: 'submitted',
    scores: [4, 7],
    comment: 'Laba ideja; budžetā instrumentu izmaksas varētu pamatot sīkāk.',
  },
  {
    organisation: 'Biedrība „Daugavas krasts”',
    title: 'Skolēnu vides patruļa Naujenē',
    summary: 'Skolēni reizi mēnesī apseko Daugavas krastu, ziņo pašvaldībai par problēmām un rīko talkas.',
    budget: [
      { category: 'materials', description: 'Cimdi, maisi un vestes', quantity: 40, unitCostCents: 1_500, ownContributionCents: 12_000 },
      { category: 'travel', description: 'Transports uz talkām', quantity: 4, unitCostCents: 15_000, ownContributionCents: 0 },
    ],
    review: 'draft',
    scores: [4, 8],
    comment: 'Vēl jāpārbauda, kā tiks iesaistīta pašvaldība.',
  },
  {
    organisation: 'Biedrība „Vārkavas kopiena”',
    title: 'Muižas parka gaismas vakari',
    summary: 'Rudens vakaros kopiena Vārkavas muižas parkā rīko gaismas instalāciju darbnīcas ģimenēm.',
    budget: [
      { category: 'materials', description: 'Laternas un LED virtenes', quantity: 20, unitCostCents: 2_500, ownContributionCents: 10_000 },
      { category: 'services', description: 'Mākslinieka vadītas darbnīcas', quantity: 3, unitCostCents: 15_000, ownContributionCents: 0 },
    ],
    review: 'pending',
    scores: [0, 0],
    comment: '',
  },
];

export async function seedDemoReviewingCall(
  app: NestFastifyApplication,
  prisma: PrismaClient,
  input: { programmeId: string; code: string; coordinatorId: string; reviewerId: string; eligibleMunicipalityCodes: string[]; now?: Date },
): Promise<void> {
  const now = DateTime.fromJSDate(input.now ?? new Date()).setZone(ZONE);
  const titleLv = REVIEW_CALL.titleLv(now.year);
  const call =
    (await prisma.call.findFirst({ where: { programmeId: input.programmeId, code: input.code, titleLv } })) ??
    (await prisma.call.create({
      data: {
        programmeId: input.programmeId,
        code: input.code,
        titleLv,
        titleEn: REVIEW_CALL.titleEn(now.year),
        descriptionLv: 'Mazo grantu kārta skolu, vecāku un vietējo organizāciju kopīgām iniciatīvām. Pieteikšanās ir slēgta; notiek vērtēšana.',
        descriptionEn: 'A small-grant round for joint initiatives of schools, parents and local organisations. Applications are closed; review is under way.',
        eligibleOrganisationTypes: ['association', 'foundation', 'school', 'informal_group'],
        eligibleMunicipalityCodes: input.eligibleMunicipalityCodes,
        budgetEnvelopeCents: 2_000_000n,
        minAwardCents: 50_000n,
        maxAwardCents: 200_000n,
        ownContributionPercent: 10,
        opensAt: now.minus({ weeks: 9 }).startOf('day').toJSDate(),
        closesAt: now.minus({ weeks: 3 }).endOf('day').set({ second: 0, millisecond: 0 }).toJSDate(),
        status: 'closed',
        createdById: input.coordinatorId,
      },
    }));
  await seedDemoCallForm(prisma, call.id, input.coordinatorId);
  let criteria = await prisma.rubricCriterion.findMany({ where: { callId: call.id }, orderBy: { position: 'asc' } });
  if (criteria.length === 0) {
    await prisma.rubricCriterion.createMany({
      data: [
        { callId: call.id, position: 1, nameLv: 'Ietekme uz kopienu', nameEn: 'Impact on the community', maxScore: 5, weight: 2 },
        { callId: call.id, position: 2, nameLv: 'Budžeta pamatotība', nameEn: 'Budget soundness', maxScore: 10, weight: 1 },
      ],
    });
    criteria = await prisma.rubricCriterion.findMany({ where: { callId: call.id }, orderBy: { position: 'asc' } });
  }

  const coordinator = await DemoClient.as(app, input.coordinatorId);
  const reviewer = await DemoClient.as(app, input.reviewerId);
  if (!(await prisma.reviewerPoolMember.findFirst({ where: { callId: call.id, userId: input.reviewerId } }))) {
    await coordinator.post(`/api/calls/${call.id}/reviewers`, { userId: input.reviewerId });
  }

  const references = app.get(ReferenceNumbers);
  const closes = DateTime.fromJSDate(call.closesAt).setZone(ZONE);
  for (const [index, item] of APPLICATIONS.entries()) {
    const organisation = await prisma.organisation.findFirst({
      where: { legalName: item.organisation },
      include: { members: { where: { role: 'owner' }, orderBy: { createdAt: 'asc' }, take: 1 } },
    });
    if (!organisation) continue;
    const ownerId = organisation.members[0]?.userId ?? null;
    let application = await prisma.application.findFirst({ where: { callId: call.id, projectTitle: item.title } });
    if (!application) {
      const number = await references.next(call.code, closes.year);
      application = await prisma.application.create({
        data: {
          callId: call.id,
          organisationId: organisation.id,
          formVersion: 1,
          status: 'submitted',
          answers: {
            project_title: item.title,
            summary: item.summary,
            target_groups: ['youth', 'seniors', 'parents'],
            activity_type: 'workshop',
            participants: 40,
            school_partner: item.partnerSchool !== undefined,
            ...(item.partnerSchool ? { school_partner_name: item.partnerSchool } : {}),
            start_date: now.plus({ months: 2 }).startOf('month').toISODate(),
            end_date: now.plus({ months: 7 }).endOf('month').toISODate(),
            budget: item.budget,
          },
          referenceNumber: `${call.code}-${closes.year}-${String(number).padStart(3, '0')}`,
          requestedCents: BigInt(item.budget.reduce((sum, line) => sum + Math.round(line.quantity * line.unitCostCents) - line.ownContributionCents, 0)),
          projectTitle: item.title,
          submittedAt: closes.minus({ days: 4 - index, hours: 3 }).toJSDate(),
          submittedById: ownerId,
          createdById: ownerId,
        },
      });
    }
    if (application.status === 'submitted') {
      await coordinator.post(`/api/applications/${application.id}/eligibility/mark-eligible`, {});
    }
    let assignment = await prisma.reviewAssignment.findFirst({ where: { applicationId: application.id, reviewerId: input.reviewerId } });
    if (!assignment) {
      await coordinator.post(`/api/calls/${call.id}/assignments`, { applicationId: application.id, reviewerIds: [input.reviewerId] });
      assignment = await prisma.reviewAssignment.findFirstOrThrow({ where: { applicationId: application.id, reviewerId: input.reviewerId } });
    }
    if (assignment.status !== 'pending' || item.review === 'pending') continue;
    const base = `/api/reviews/assignments/${assignment.id}`;
    await reviewer.post(`${base}/declaration`, { conflict: false });
    const view = await reviewer.get(base);
    const saved = await reviewer.patch(`${base}/draft`, {
      version: view.version,
      comment: item.comment,
      scores: criteria.map((criterion, position) => ({
        criterionId: criterion.id,
        score: item.scores[position]!,
        comment: position === 0 ? 'Projekts iesaista skolu, vecākus un vietējo kopienu.' : 'Izmaksas atbilst aktivitātēm.',
      })),
    });
    if (item.review === 'submitted') await reviewer.post(`${base}/submit`, { version: saved.version });
  }
}
