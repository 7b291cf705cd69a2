import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hash } from '@node-rs/argon2';
import { formatEuroCents } from '@kopa/shared';
import { DateTime } from 'luxon';
import type { PrismaClient } from '../generated/prisma/client';
import { ReferenceNumbers } from '../modules/applications/reference-numbers';
import { seedDemoCallForm } from './demo-call-form';
import { DemoClient, demoPdf } from './demo-client';
import { demoReportForm } from './demo-report-form';

/**
 * Last year's DK call, decided, with funded projects in the states a coordinator meets in a real
 * week: an agreement waiting for signatures, active projects with a paid advance, a budget change
 * request, expenses with receipts, an interim report awaiting review, one sent back for changes,
 * one overdue, a payment to make, and a closed project with its final report approved.
 *
 * Only the applications and their (historic) reviews are written straight into the database, as
 * the decision factories of the tests do; every later step goes through the real API in process
 * (decisions, letters, project dates, agreement, signed copy, tranches, budget, expenses,
 * receipts, reports), so invariants, stored files and audit rows are the app's own. Each step
 * first looks at what is there (an application by its title, a decision, the letters, a project
 * still as the letters left it), so a second run adds nothing.
 */

const ZONE = 'Europe/Riga';

export interface DemoGrantee {
  key: 'greenhouse' | 'winter' | 'school_garden' | 'riverside' | 'workshops';
  owner: { email: string; displayName: string } | 'applicant';
  organisation: {
    type: 'association' | 'foundation' | 'school' | 'informal_group';
    legalName: string;
    registrationNumber: string | null;
    municipalityCode: string;
    address: string;
    description: string;
  };
  title: string;
  summary: string;
  awardCents: number;
  /** The project's start and end in days from the seed's day: the application asked for them, the agreement keeps them. */
  period: [number, number];
  scores: [number, number];
  budget: Array<{ category: string; description: string; quantity: number; unitCostCents: number; ownContributionCents: number }>;
}

/** Five awarded projects (organisations: fictional, places: real partner municipalities of Latgale). */
export const DEMO_GRANTEES: DemoGrantee[] = [
  {
    key: 'greenhouse',
    owner: 'applicant',
    organisation: { type: 'association', legalName: '', registrationNumber: null, municipalityCode: 'preili', address: '', description: '' },
    title: 'Kopienas siltumnīca pie Preiļu resursu centra',
    summary: 'Vecāki, skolēni un seniori kopā atjauno siltumnīcu pie Krīzes centra, iekopj dobes un rīko trīs stādu mainas dienas.',
    awardCents: 245_000,
    period: [-75, 110],
    scores: [5, 9],
    budget: [
      { category: 'materials', description: 'Polikarbonāta loksnes un stiprinājumi', quantity: 12, unitCostCents: 9_500, ownContributionCents: 20_000 },
      { category: 'equipment', description: 'Laistīšanas sistēma ar taimeri', quantity: 1, unitCostCents: 65_000, ownContributionCents: 0 },
      { category: 'materials', description: 'Augsne, sēklas un stādi', quantity: 1, unitCostCents: 52_000, ownContributionCents: 12_000 },
      { category: 'services', description: 'Dārzkopības meistarklases vadītājs', quantity: 4, unitCostCents: 12_000, ownContributionCents: 0 },
    ],
  },
  {
    key: 'winter',
    owner: { email: 'varkavas.biedriba@kopa.demo', displayName: 'Inese Vārkava' },
    organisation: {
      type: 'association',
      legalName: 'Biedrība „Vārkavas kopiena”',
      registrationNumber: '40008234562',
      municipalityCode: 'preili',
      address: 'Skolas iela 3, Vecvārkava, Preiļu novads, LV-5335',
      description: 'Vietējo iedzīvotāju biedrība, kas rīko pasākumus Vārkavas muižā un parkā.',
    },
    title: 'Ziemas prieki Vārkavas parkā',
    summary: 'Ģimeņu ziemas pēcpusdienas ar ugunskuru, slidošanu un tautas rotaļām; jaunieši tās plāno kopā ar senioriem.',
    awardCents: 140_000,
    period: [-70, 90],
    scores: [4, 8],
    budget: [
      { category: 'equipment', description: 'Slidas un ragavas koplietošanai', quantity: 10, unitCostCents: 9_000, ownContributionCents: 7_000 },
      { category: 'materials', description: 'Malka un ugunskura vietas labiekārtošana', quantity: 1, unitCostCents: 40_000, ownContributionCents: 10_000 },
      { category: 'services', description: 'Tautas rotaļu vadītāja', quantity: 3, unitCostCents: 10_000, ownContributionCents: 0 },
    ],
  },
  {
    key: 'school_garden',
    owner: { email: 'ludzas.skola@kopa.demo', displayName: 'Jānis Skolotājs' },
    organisation: {
      type: 'school',
      legalName: 'Ludzas novada Kopienu pamatskola',
      registrationNumber: null,
      municipalityCode: 'ludza',
      address: 'Skolas iela 12, Ludza, LV-5701',
      description: 'Pamatskola, kas kopā ar vecākiem iekopj skolas dārzu un rīko āra stundas.',
    },
    title: 'Skolas un vecāku āra klase',
    summary: 'Skolēni un vecāki kopā uzbūvē āra klasi skolas dārzā un vada tajā dabaszinību stundas visam novadam.',
    awardCents: 230_000,
    period: [-150, 60],
    scores: [4, 7],
    budget: [
      { category: 'materials', description: 'Kokmateriāli soliem un nojumei', quantity: 1, unitCostCents: 160_000, ownContributionCents: 27_000 },
      { category: 'services', description: 'Galdnieka darbs', quantity: 5, unitCostCents: 20_000, ownContributionCents: 0 },
    ],
  },
  {
    key: 'riverside',
    owner: { email: 'daugavas.krasts@kopa.demo', displayName: 'Olga Daugava' },
    organisation: {
      type: 'association',
      legalName: 'Biedrība „Daugavas krasts”',
      registrationNumber: '40008198702',
      municipalityCode: 'augsdaugava',
      address: 'Rīgas iela 5, Naujene, Augšdaugavas novads, LV-5451',
      description: 'Biedrība, kas rūpējas par Daugavas krasta takām un vides izglītību.',
    },
    title: 'Daugavas krasta talkas un dabas taka',
    summary: 'Trīs talkās iedzīvotāji sakopj krastu un izveido dabas taku ar informācijas zīmēm, ko izstrādā skolēni.',
    awardCents: 185_000,
    period: [30, 210],
    scores: [4, 8],
    budget: [
      { category: 'materials', description: 'Informācijas zīmes un stabi', quantity: 8, unitCostCents: 15_000, ownContributionCents: 12_000 },
      { category: 'services', description: 'Atkritumu izvešana pēc talkām', quantity: 3, unitCostCents: 20_000, ownContributionCents: 0 },
      { category: 'travel', description: 'Autobuss skolēniem uz talkām', quantity: 3, unitCostCents: 10_000, ownContributionCents: 10_000 },
    ],
  },
  {
    key: 'workshops',
    owner: { email: 'aglonas.grupa@kopa.demo', displayName: 'Marija Aglone' },
    organisation: {
      type: 'informal_group',
      legalName: 'Aglonas jauniešu un senioru iniciatīvas grupa',
      registrationNumber: null,
      municipalityCode: 'preili',
      address: 'Daugavpils iela 8, Aglona, Preiļu novads, LV-5304',
      description: 'Iedzīvotāju grupa, kas rīko radošās darbnīcas Aglonas kopienas resursu centrā.',
    },
    title: 'Paaudžu radošās darbnīcas Aglonā',
    summary: 'Seniori māca jauniešiem adīt un šūt, jaunieši senioriem — strādāt ar lāzergravieri; darbi izstādīti Aglonas svētkos.',
    awardCents: 110_000,
    period: [-260, -45],
    scores: [5, 8],
    budget: [
      { category: 'materials', description: 'Dzija, audumi un koka sagataves', quantity: 1, unitCostCents: 70_000, ownContributionCents: 13_000 },
      { category: 'venue', description: 'Izstādes iekārtošana', quantity: 1, unitCostCents: 35_000, ownContributionCents: 0 },
      { category: 'services', description: 'Darbnīcu vadītāju honorāri', quantity: 4, unitCostCents: 5_000, ownContributionCents: 0 },
    ],
  },
];

export interface DemoProjectsInput {
  callId: string;
  coordinatorId: string;
  reviewerId: string;
  applicantId: string;
  applicantOrganisationId: string;
  /** Password of the grantee organisations' owners created here (like the demo accounts'). */
  password: string;
  now?: Date;
}

export async function seedDemoFundedProjects(app: NestFastifyApplication, prisma: PrismaClient, input: DemoProjectsInput): Promise<void> {
  const call = await prisma.call.findUniqueOrThrow({ where: { id: input.callId } });

  const now = DateTime.fromJSDate(input.now ?? new Date()).setZone(ZONE);
  const day = (days: number) => now.plus({ days }).toISODate()!;
  const callYear = DateTime.fromJSDate(call.closesAt).setZone(ZONE).year;
  const coordinator = await DemoClient.as(app, input.coordinatorId);

  // The historic part, as the decision factories write it: form, rubric, submitted and reviewed applications.
  await seedDemoCallForm(prisma, call.id, input.coordinatorId);
  const criteria = await prisma.rubricCriterion.findMany({ where: { callId: call.id }, orderBy: { position: 'asc' } });
  if (criteria.length === 0) {
    criteria.push(
      await prisma.rubricCriterion.create({ data: { callId: call.id, position: 1, nameLv: 'Ietekme uz kopienu', nameEn: 'Impact on the community', maxScore: 5, weight: 2 } }),
      await prisma.rubricCriterion.create({ data: { callId: call.id, position: 2, nameLv: 'Budžeta pamatotība', nameEn: 'Budget soundness', maxScore: 10, weight: 1 } }),
    );
  }
  if ((await prisma.callReportForm.count({ where: { callId: call.id } })) === 0) {
    await coordinator.put(`/api/calls/${call.id}/report-schedule`, {
      version: (await coordinator.get(`/api/calls/${call.id}/report-schedule`)).version,
      interimOffsetsDays: [60],
      finalOffsetDays: 30,
    });
    await coordinator.put(`/api/calls/${call.id}/report-form`, { definition: demoReportForm(), baseVersion: null });
  }

  const references = app.get(ReferenceNumbers);
  const passwordHash = await hash(input.password);
  const submittedAt = DateTime.fromJSDate(call.closesAt).minus({ days: 3 }).toJSDate();
  const owners = new Map<DemoGrantee['key'], string>();
  const applications = new Map<DemoGrantee['key'], string>();
  for (const grantee of DEMO_GRANTEES) {
    let organisationId = input.applicantOrganisationId;
    let ownerId = input.applicantId;
    if (grantee.owner !== 'applicant') {
      const owner =
        (await prisma.user.findUnique({ where: { email: grantee.owner.email } })) ??
        (await prisma.user.create({
          data: { email: grantee.owner.email, displayName: grantee.owner.displayName, passwordHash, roles: ['applicant'], locale: 'lv', emailVerifiedAt: new Date() },
        }));
      ownerId = owner.id;
      const organisation =
        (await prisma.organisation.findFirst({ where: { legalName: grantee.organisation.legalName } })) ??
        (await prisma.organisation.create({ data: { ...grantee.organisation, contactEmail: grantee.owner.email, contactPhone: '+371 20000001' } }));
      organisationId = organisation.id;
      await prisma.organisationMember.upsert({
        where: { organisationId_userId: { organisationId, userId: ownerId } },
        update: {},
        create: { organisationId, userId: ownerId, role: 'owner' },
      });
    }
    owners.set(grantee.key, ownerId);
    const requested = grantee.budget.reduce((sum, line) => sum + Math.round(line.quantity * line.unitCostCents) - line.ownContributionCents, 0);
    const existing = await prisma.application.findFirst({ where: { callId: call.id, projectTitle: grantee.title } });
    if (existing) {
      applications.set(grantee.key, existing.id);
      continue;
    }
    const number = await references.next(call.code, callYear);
    const application = await prisma.application.create({
      data: {
        callId: call.id,
        organisationId,
        formVersion: 1,
        status: 'reviewed',
        answers: {
          project_title: grantee.title,
          summary: grantee.summary,
          target_groups: ['parents', 'youth', 'seniors'],
          activity_type: 'improvement',
          participants: 60,
          school_partner: false,
          start_date: day(grantee.period[0]),
          end_date: day(grantee.period[1]),
          budget: grantee.budget,
        },
        referenceNumber: `${call.code}-${callYear}-${String(number).padStart(3, '0')}`,
        requestedCents: BigInt(requested),
        projectTitle: grantee.title,
        submittedAt,
        submittedById: ownerId,
        createdById: ownerId,
      },
    });
    applications.set(grantee.key, application.id);
    await prisma.reviewAssignment.create({
      data: {
        callId: call.id,
        applicationId: application.id,
        reviewerId: input.reviewerId,
        status: 'submitted',
        comment: 'Skaidrs mērķis, reāls budžets un stipra vietējā sadarbība.',
        noConflictDeclaredAt: submittedAt,
        submittedAt,
        scores: {
          create: [
            { criterionId: criteria[0]!.id, score: grantee.scores[0], comment: 'Iesaista vairākas paaudzes un vietējo skolu.' },
            { criterionId: criteria[1]!.id, score: grantee.scores[1], comment: 'Izmaksas pamatotas, līdzfinansējums nodrošināts.' },
          ],
        },
      },
    });
  }

  // Decisions and letters through the API: this creates the projects, their tranches, budgets of record and report schedules.
  for (const grantee of DEMO_GRANTEES) {
    const application = await prisma.application.findUniqueOrThrow({ where: { id: applications.get(grantee.key) } });
    if (application.status !== 'reviewed') continue;
    await coordinator.post(`/api/applications/${application.id}/decision`, {
      kind: 'award',
      amountCents: grantee.awardCents,
      rationale: 'Projekts atbilst konkursa mērķim un stiprina sadarbību starp skolu, vecākiem un vietējo kopienu.',
    });
  }
  if ((await prisma.call.findUniqueOrThrow({ where: { id: call.id } })).status === 'closed') await coordinator.post(`/api/calls/${call.id}/letters/send`);

  const projectOf = async (key: DemoGrantee['key']) => prisma.project.findFirstOrThrow({ where: { applicationId: applications.get(key) } });
  /** A project's story is told once: while it is still as the letters left it (no dates, nothing issued). */
  const untouched = async (key: DemoGrantee['key']) => {
    const project = await projectOf(key);
    return project.status === 'agreement_pending' && project.startDate === null && (await prisma.agreementDocument.count({ where: { projectId: project.id } })) === 0;
  };
  const grantee = async (key: DemoGrantee['key']) => DemoClient.as(app, owners.get(key)!);

  /** Dates, signatures, agreement issued, the signed copy stored and the project activated. */
  const activate = async (key: DemoGrantee['key']) => {
    const project = await projectOf(key);
    const [startDays, endDays] = DEMO_GRANTEES.find((candidate) => candidate.key === key)!.period;
    const url = `/api/projects/${project.id}`;
    const signedOn = day(startDays - 7);
    let current = await coordinator.get(url);
    await coordinator.patch(url, { version: current.version, startDate: day(startDays), endDate: day(endDays), granteeSignedOn: signedOn, funderSignedOn: signedOn });
    await coordinator.post(`${url}/agreement/issue`);
    const agreement = await coordinator.get(`${url}/agreement`);
    // The signed copy is the issued PDF as the parties signed it (a real scan would be a PDF too).
    const pdf = await coordinator.getBytes(`${url}/agreement/documents/${agreement.issued[0].id}/content`);
    await coordinator.upload(`${url}/agreement/signed-copies`, { name: `ligums-${project.agreementNumber}-parakstits.pdf`, content: pdf, contentType: 'application/pdf' });
    current = await coordinator.get(url);
    return coordinator.post(`${url}/transitions`, { version: current.version, action: 'activate' });
  };

  /** Moves a tranche on: markDue, approve, then pay with a bank reference. */
  const tranche = async (projectId: string, position: number, actions: Array<'markDue' | 'approve' | 'pay'>, paidOn?: string) => {
    for (const action of actions) {
      const project = await coordinator.get(`/api/projects/${projectId}`);
      const row = project.tranches.find((candidate: { position: number }) => candidate.position === position);
      await coordinator.post(`/api/projects/${projectId}/tranches/${row.id}/transitions`, {
        version: project.version,
        action,
        ...(action === 'pay' ? { paidOn, bankReference: `KOPA-${project.agreementNumber}-${position}` } : {}),
      });
    }
  };

  const expense = async (client: DemoClient, projectId: string, lineIndex: number, item: { spentOn: string; description: string; amountCents: number; receipt: string }) => {
    const budget = await client.get(`/api/projects/${projectId}/budget`);
    const line = budget.lines[lineIndex];
    const created = await client.post(`/api/projects/${projectId}/expenses`, { budgetLineId: line.id, spentOn: item.spentOn, description: item.description, amountCents: item.amountCents });
    const pdf = await demoPdf('Čeks / Receipt', [
      ['Pirkums', item.description],
      ['Datums', item.spentOn],
      ['Summa', formatEuroCents(item.amountCents, 'lv')],
      ['Pārdevējs', item.receipt],
    ]);
    await client.upload(`/api/projects/${projectId}/expenses/${created.id}/receipts`, { name: `ceks-${item.spentOn}.pdf`, content: pdf, contentType: 'application/pdf' });
  };

  const reports = async (projectId: string) => (await coordinator.get(`/api/projects/${projectId}/reports`)).reports as Array<{ id: string; kind: string; dueDate: string }>;
  const fillReport = async (client: DemoClient, reportId: string, answers: Record<string, string>, indicators: Record<string, unknown>) => {
    const current = await client.get(`/api/reports/${reportId}`);
    await client.patch(`/api/reports/${reportId}`, { answers, indicators, baseFieldVersions: current.fieldVersions });
  };
  const moveReport = async (client: DemoClient, reportId: string, body: Record<string, unknown>) => {
    const current = await client.get(`/api/reports/${reportId}`);
    return client.post(`/api/reports/${reportId}/transitions`, { version: current.version, ...body });
  };
  const indicators = (children: number, events: number) => ({
    'participants.teachers': 3,
    'participants.parents': 12,
    'participants.children_youth': children,
    'participants.seniors': 8,
    'participants.ngo_members': 5,
    'participants.municipality_staff': 1,
    'participants.other': 0,
    eventsHeld: events,
    volunteers: 9,
    volunteerHours: 72,
    outcomes: 'Kopienas telpa iekārtota un tiek izmantota katru nedēļu.',
    highlight: 'Seniori un jaunieši pirmo reizi kopā plānoja pasākumu.',
  });

  // Greenhouse (the demo applicant's): active, advance paid, expenses with receipts, a pending
  // budget change request, and the interim report sent back for changes.
  if (await untouched('greenhouse')) {
    const project = await projectOf('greenhouse');
    const applicant = await grantee('greenhouse');
    await activate('greenhouse');
    await tranche(project.id, 1, ['markDue', 'approve', 'pay'], day(-70));
    await expense(applicant, project.id, 0, { spentOn: day(-60), description: 'Polikarbonāta loksnes, 12 gab.', amountCents: 91_800, receipt: 'SIA „Būvmateriāli Preiļos”' });
    await expense(applicant, project.id, 2, { spentOn: day(-45), description: 'Augsne un tomātu stādi', amountCents: 21_450, receipt: 'Z/S „Ābeļdārzs”' });
    await expense(applicant, project.id, 3, { spentOn: day(-30), description: 'Meistarklase „Dobes pavasarim”', amountCents: 12_000, receipt: 'IK „Zaļie pirksti”' });
    const budget = await applicant.get(`/api/projects/${project.id}/budget`);
    const [sheets, watering] = budget.lines as Array<{ id: string; amountCents: number }>;
    await applicant.post(`/api/projects/${project.id}/budget-changes`, {
      reason: 'Polikarbonāts izmaksāja mazāk, nekā plānots; atlikumu vēlamies izmantot laistīšanas sistēmas paplašināšanai uz otro dobju rindu.',
      items: [
        { lineId: sheets!.id, fromCents: Number(sheets!.amountCents), toCents: Number(sheets!.amountCents) - 6_000 },
        { lineId: watering!.id, fromCents: Number(watering!.amountCents), toCents: Number(watering!.amountCents) + 6_000 },
      ],
    });
    const interim = (await reports(project.id)).find((report) => report.kind === 'interim')!;
    await fillReport(applicant, interim.id, {
      summary: 'Siltumnīca atjaunota, iekoptas 12 dobes, notikusi pirmā stādu maiņas diena.',
      venue: 'Preiļu kopienas resursu centrs, Kooperatīvā iela 6',
      learned: 'Laistīšana jāplāno jau būvniecības laikā.',
    }, indicators(24, 2));
    await moveReport(applicant, interim.id, { action: 'submit' });
    await moveReport(coordinator, interim.id, {
      action: 'requestChanges',
      parts: ['question:summary', 'indicators'],
      comment: 'Lūdzu, aprakstiet stādu maiņas dienu sīkāk (cik ģimeņu piedalījās) un pārbaudiet brīvprātīgo stundu skaitu.',
    });
  }

  // Winter fun: active, advance paid, an expense, the interim report submitted and waiting for review.
  if (await untouched('winter')) {
    const project = await projectOf('winter');
    const owner = await grantee('winter');
    await activate('winter');
    await tranche(project.id, 1, ['markDue', 'approve', 'pay'], day(-65));
    await expense(owner, project.id, 0, { spentOn: day(-40), description: 'Slidas, 10 pāri', amountCents: 79_500, receipt: 'SIA „Sporta nams”' });
    const interim = (await reports(project.id)).find((report) => report.kind === 'interim')!;
    await fillReport(owner, interim.id, {
      summary: 'Notikušas divas ģimeņu pēcpusdienas Vārkavas parkā; ugunskura vieta sakopta.',
      venue: 'Vārkavas muižas parks',
      learned: 'Pasākumi jāsāk agrāk, kamēr vēl gaišs.',
    }, indicators(31, 2));
    await moveReport(owner, interim.id, { action: 'submit' });
  }

  // School garden: active since five months, advance approved but not yet paid (a payment due),
  // the interim report overdue.
  if (await untouched('school_garden')) {
    const project = await projectOf('school_garden');
    await activate('school_garden');
    await tranche(project.id, 1, ['markDue', 'approve']);
  }

  // Riverside: awarded, the agreement not yet signed.

  // Workshops: done and closed, interim and final reports approved, both tranches paid.
  if (await untouched('workshops')) {
    const project = await projectOf('workshops');
    const owner = await grantee('workshops');
    await activate('workshops');
    await tranche(project.id, 1, ['markDue', 'approve', 'pay'], day(-255));
    await expense(owner, project.id, 0, { spentOn: day(-200), description: 'Dzija un audumi darbnīcām', amountCents: 52_000, receipt: 'SIA „Latgales rokdarbi”' });
    await expense(owner, project.id, 1, { spentOn: day(-60), description: 'Izstādes stendi Aglonas svētkiem', amountCents: 34_000, receipt: 'SIA „Reklāmas darbnīca”' });
    for (const report of await reports(project.id)) {
      await fillReport(owner, report.id, {
        summary: report.kind === 'final' ? 'Notika astoņas darbnīcas un izstāde Aglonas svētkos; darbus apskatīja vairāk nekā 300 cilvēku.' : 'Notikušas četras darbnīcas: adīšana, šūšana un gravēšana.',
        venue: 'Aglonas kopienas resursu centrs',
        learned: 'Jaunieši un seniori labprāt mācās viens no otra; vajag vairāk laika kopīgām pusdienām.',
      }, indicators(28, report.kind === 'final' ? 8 : 4));
      await moveReport(owner, report.id, { action: 'submit' });
      await moveReport(coordinator, report.id, { action: 'approve' });
    }
    await tranche(project.id, 2, ['markDue', 'approve', 'pay'], day(-10));
    let current = await coordinator.get(`/api/projects/${project.id}`);
    current = await coordinator.post(`/api/projects/${project.id}/transitions`, { version: current.version, action: 'requestFinalReport' });
    await coordinator.post(`/api/projects/${project.id}/transitions`, { version: current.version, action: 'close' });
  }
}
