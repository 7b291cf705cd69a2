import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER, type TAnswers } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';
import { CSRF_COOKIE, SESSION_COOKIE } from '../common/auth/session-cookie';
import { createMunicipalities, createProgramme, createUser } from './factories';
import type { TestClient } from './test-client';

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** A form with a project section, a show-if question, an attachment question and a budget. */
export function attachmentTestForm(overrides: { accept?: string[]; attachmentMaxBytes?: number } = {}) {
  return {
    attachmentMaxBytes: overrides.attachmentMaxBytes ?? 64 * 1024,
    sections: [
      {
        id: 'project',
        title: { lv: 'Projekts', en: 'Project' },
        questions: [
          { id: 'title', type: 'short_text', label: { lv: 'Projekta nosaukums', en: 'Project title' }, required: true },
          { id: 'has_partner', type: 'yes_no', label: { lv: 'Vai ir partneris?', en: 'Is there a partner?' } },
          {
            id: 'partner',
            type: 'short_text',
            label: { lv: 'Partnera nosaukums', en: 'Partner name' },
            showIf: { questionId: 'has_partner', values: [true] },
          },
          {
            id: 'documents',
            type: 'file',
            label: { lv: 'Pielikumi', en: 'Documents' },
            maxFiles: 3,
            ...(overrides.accept ? { accept: overrides.accept } : {}),
          },
        ],
      },
      {
        id: 'money',
        title: { lv: 'Budžets', en: 'Budget' },
        questions: [{ id: 'budget', type: 'budget_table', label: { lv: 'Budžeta tāme', en: 'Budget' } }],
      },
    ],
  };
}

/** An open call of a programme (coordinators become its staff) with form version 1. */
export async function createCallWithForm(
  prisma: PrismaClient,
  options: { staffUserIds?: string[]; form?: object; code?: string } = {},
) {
  await createMunicipalities(prisma);
  const programme = await createProgramme(prisma, options.staffUserIds ?? []);
  const day = 24 * 3_600_000;
  const call = await prisma.call.create({
    data: {
      programmeId: programme.id,
      code: options.code ?? 'DK',
      titleLv: 'Kopienu iniciatīvas 2026',
      titleEn: 'Community initiatives 2026',
      descriptionLv: 'Atbalsts vietējām kopienām.',
      descriptionEn: 'Support for local communities.',
      eligibleOrganisationTypes: ['association', 'school'],
      eligibleMunicipalityCodes: ['preili', 'ludza'],
      budgetEnvelopeCents: 5_000_000n,
      minAwardCents: 50_000n,
      maxAwardCents: 300_000n,
      ownContributionPercent: 10,
      opensAt: new Date(Date.now() - day),
      closesAt: new Date(Date.now() + 30 * day),
      status: 'published',
    },
  });
  await prisma.callForm.create({
    data: { callId: call.id, version: 1, definition: (options.form ?? attachmentTestForm()) as object },
  });
  return { programme, call };
}

/** An association with an owner (and optional members); returns the users too. */
export async function createOrganisationWithMembers(
  prisma: PrismaClient,
  options: { legalName?: string; ownerLocale?: 'lv' | 'en'; memberLocales?: ('lv' | 'en')[] } = {},
) {
  await createMunicipalities(prisma);
  const owner = await createUser(prisma, { locale: options.ownerLocale ?? 'lv', displayName: 'Īpašniece Ilze' });
  const members = [];
  for (const locale of options.memberLocales ?? []) members.push(await createUser(prisma, { locale }));
  const organisation = await prisma.organisation.create({
    data: {
      type: 'association',
      legalName: options.legalName ?? `Biedrība „Ķirbju draugi” ${next()}`,
      municipalityCode: 'preili',
      address: 'Rīgas iela 1, Preiļi',
      contactEmail: 'info@example.test',
      contactPhone: '+371 20000000',
      description: 'Kopienas biedrība.',
      members: {
        create: [
          { userId: owner.id, role: 'owner' },
          ...members.map((member) => ({ userId: member.id, role: 'member' as const })),
        ],
      },
    },
  });
  return { organisation, owner, members };
}

export async function createDraftApplication(
  prisma: PrismaClient,
  input: { callId: string; organisationId: string; createdById?: string; answers?: TAnswers },
) {
  return prisma.application.create({
    data: {
      callId: input.callId,
      organisationId: input.organisationId,
      formVersion: 1,
      status: 'draft',
      answers: (input.answers ?? {}) as object,
      createdById: input.createdById ?? null,
    },
  });
}

/** What the applications API does on submit, minus the rules: status, reference number, revision 1. */
export async function submitApplicationRow(
  prisma: PrismaClient,
  applicationId: string,
  submittedById: string,
  answers: TAnswers,
  referenceNumber = `DK-2026-${String(++sequence).padStart(3, '0')}${next().slice(-3)}`,
) {
  const submittedAt = new Date();
  await prisma.application.update({
    where: { id: applicationId },
    data: { status: 'submitted', answers: answers as object, referenceNumber, submittedAt, submittedById },
  });
  await prisma.applicationRevision.create({
    data: { applicationId, number: 1, formVersion: 1, answers: answers as object, submittedById, submittedAt },
  });
  return { referenceNumber, submittedAt };
}

export interface UploadResult {
  status: number;
  body: any;
}

/**
 * A multipart upload through app.inject() with the client's session and CSRF token (the
 * shared TestClient sends JSON only).
 */
export async function uploadFile(
  app: NestFastifyApplication,
  client: TestClient | null,
  url: string,
  file: { name: string; content: Buffer; contentType?: string },
  options: { method?: 'POST' | 'PUT'; field?: string } = {},
): Promise<UploadResult> {
  const boundary = `----kopa${next()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? 'file'}"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
  );
  const payload = Buffer.concat([head, file.content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (client) {
    const csrf = (await client.get<{ token: string }>('/api/auth/csrf')).body.token;
    headers[CSRF_HEADER] = csrf;
    headers.cookie = cookieHeader(client);
  }
  const response = await app.inject({ method: options.method ?? 'POST', url, headers, payload });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

/** GET with the client's cookies, keeping the body as bytes. */
export async function downloadBytes(app: NestFastifyApplication, client: TestClient | null, url: string) {
  const response = await app.inject({ method: 'GET', url, headers: client ? { cookie: cookieHeader(client) } : {} });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

function cookieHeader(client: TestClient): string {
  return [SESSION_COOKIE, CSRF_COOKIE]
    .map((name) => [name, client.cookie(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** Minimal real files, recognisable by their content. */
export const SAMPLE_FILES = {
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
      '3 0 obj<</Type/Page/MediaBox[0 0 3 3]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
  /** A Windows executable header. */
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]),
  unknown: Buffer.from('just some plain words, no magic number here\n'),
};

/** Every file under the storage directory (partial uploads included). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
