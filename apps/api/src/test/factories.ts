import { hash } from '@node-rs/argon2';
import { totpRequiredFor, type TRole } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';
import { TotpSecretCipher } from '../modules/auth/two-factor/totp-secret-cipher';

export const TEST_PASSWORD = 'correct-horse-battery';
export const TEST_COOKIE_SECRET = 'test-cookie-secret-that-is-long-enough-1234';
/** Staff made by createUser have TOTP on with this secret (codes: totpCodeAt(TEST_TOTP_SECRET, now)). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const testCipher = new TotpSecretCipher(TEST_COOKIE_SECRET);
let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

let passwordHash: Promise<string> | undefined;
/** Hashing is deliberately slow; every test user shares one hash of TEST_PASSWORD. */
const testPasswordHash = () => (passwordHash ??= hash(TEST_PASSWORD));

export async function createUser(
  prisma: PrismaClient,
  overrides: {
    email?: string;
    roles?: TRole[];
    verified?: boolean;
    displayName?: string;
    locale?: 'lv' | 'en';
    /** TOTP on (with TEST_TOTP_SECRET); by default only for staff, who cannot work without it. */
    totp?: boolean;
  } = {},
) {
  const id = next();
  const totp = overrides.totp ?? totpRequiredFor(overrides.roles ?? ['applicant']);
  return prisma.user.create({
    data: {
      email: overrides.email ?? `user-${id}@example.test`,
      displayName: overrides.displayName ?? `Test User ${id}`,
      passwordHash: await testPasswordHash(),
      roles: overrides.roles ?? ['applicant'],
      locale: overrides.locale ?? 'lv',
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
      ...(totp ? { totpSecret: testCipher.encrypt(TEST_TOTP_SECRET), totpEnabledAt: new Date() } : {}),
    },
  });
}

export async function createMunicipalities(prisma: PrismaClient) {
  await prisma.municipality.createMany({
    data: [
      { code: 'preili', nameLv: 'Preiļu novads', nameEn: 'Preiļi municipality', partner: true },
      { code: 'ludza', nameLv: 'Ludzas novads', nameEn: 'Ludza municipality', partner: true },
      { code: 'balvi', nameLv: 'Balvu novads', nameEn: 'Balvi municipality', partner: false },
    ],
    skipDuplicates: true,
  });
}

export async function createProgramme(prisma: PrismaClient, staffUserIds: string[] = []) {
  const id = next();
  return prisma.programme.create({
    data: {
      slug: `programme-${id}`,
      nameLv: `Programma ${id}`,
      nameEn: `Programme ${id}`,
      implementerLv: 'Izglītības iniciatīvu centrs',
      donor: 'Test donor',
      staff: { create: staffUserIds.map((userId) => ({ userId })) },
    },
  });
}

/** A valid create-call request body; override what the test is about. */
export function callRequest(programmeId: string, overrides: Record<string, unknown> = {}) {
  const day = 24 * 3_600_000;
  return {
    programmeId,
    code: 'DK',
    title: { lv: 'Kopienu iniciatīvas 2027', en: 'Community initiatives 2027' },
    description: { lv: 'Atbalsts vietējām kopienām Latgalē.', en: 'Support for local communities in Latgale.' },
    eligibleOrganisationTypes: ['association', 'school'],
    eligibleMunicipalityCodes: ['preili', 'ludza'],
    budgetEnvelopeCents: 5_000_000,
    minAwardCents: 50_000,
    maxAwardCents: 300_000,
    ownContributionPercent: 10,
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    ...overrides,
  };
}
