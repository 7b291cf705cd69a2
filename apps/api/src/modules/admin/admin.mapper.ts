import type { TAdminUserSummary, TLocale, TRole } from '@kopa/shared';

interface UserSummaryRow {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  locale: string;
  emailVerifiedAt: Date | null;
  deactivatedAt: Date | null;
  createdAt: Date;
}

export function toAdminUserSummary(row: UserSummaryRow): TAdminUserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles: row.roles as TRole[],
    locale: row.locale as TLocale,
    emailVerifiedAt: row.emailVerifiedAt?.toISOString() ?? null,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function programmeRef(row: { id: string; nameLv: string; nameEn: string }) {
  return { id: row.id, name: { lv: row.nameLv, en: row.nameEn } };
}
