import type { PrismaClient } from '../generated/prisma/client';

/** Valid Register of Enterprises numbers (weighted sum ≡ 3 mod 11), one per test organisation. */
const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
let counter = Math.floor(Math.random() * 1_000_000);

export function nextRegistrationNumber(): string {
  for (;;) {
    const stem = `4000${String(counter++ % 10_000_000).padStart(6, '0')}`;
    for (let digit = 0; digit < 10; digit++) {
      const candidate = `${stem}${digit}`;
      const sum = [...candidate].reduce((total, char, index) => total + WEIGHTS[index]! * Number(char), 0);
      if (sum % 11 === 3) return candidate;
    }
  }
}

/** A valid create-organisation request body; override what the test is about. */
export function organisationRequest(overrides: Record<string, unknown> = {}) {
  return {
    type: 'association',
    legalName: 'Biedrība „Preiļu kopiena”',
    registrationNumber: nextRegistrationNumber(),
    municipalityCode: 'preili',
    address: 'Raiņa bulvāris 19, Preiļi, LV-5301',
    contactEmail: 'info@kopiena.example.test',
    contactPhone: '+371 20000000',
    description: 'Vietējo iedzīvotāju biedrība.',
    ...overrides,
  };
}

/** An organisation with its members, straight in the database (for tests that are not about creating one). */
export async function createOrganisation(
  prisma: PrismaClient,
  members: { owners?: string[]; members?: string[] } = {},
  overrides: Partial<ReturnType<typeof organisationRequest>> = {},
) {
  const data = organisationRequest(overrides) as ReturnType<typeof organisationRequest> & { type: 'association' };
  return prisma.organisation.create({
    data: {
      ...data,
      members: {
        create: [
          ...(members.owners ?? []).map((userId) => ({ userId, role: 'owner' as const })),
          ...(members.members ?? []).map((userId) => ({ userId, role: 'member' as const })),
        ],
      },
    },
  });
}
