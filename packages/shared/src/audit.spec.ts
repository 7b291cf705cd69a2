import { describe, expect, it } from 'vitest';
import { auditActionKey, ZAuditListQuery } from './audit';

describe('ZAuditListQuery', () => {
  it('defaults to the first page of 50', () => {
    expect(ZAuditListQuery.parse({})).toEqual({ page: 1, pageSize: 50 });
  });

  it('coerces query-string numbers and caps the page size at 100', () => {
    expect(ZAuditListQuery.parse({ page: '3', pageSize: '100' })).toMatchObject({ page: 3, pageSize: 100 });
    expect(ZAuditListQuery.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(ZAuditListQuery.safeParse({ page: '99999999999' }).success).toBe(false);
  });

  it('refuses a time range that ends before it starts', () => {
    const result = ZAuditListQuery.safeParse({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(result.success).toBe(false);
  });

  it('refuses entity types that are not machine words', () => {
    expect(ZAuditListQuery.safeParse({ entityType: 'Application; drop' }).success).toBe(false);
    expect(ZAuditListQuery.parse({ entityType: 'organisation-claim' }).entityType).toBe('organisation-claim');
  });
});

describe('auditActionKey', () => {
  it('turns every action the API records into a flat translation key', () => {
    expect(auditActionKey('attachment.uploaded')).toBe('auditActions.attachment_uploaded');
    expect(auditActionKey('project.tranche.cancel')).toBe('auditActions.project_tranche_cancel');
    expect(auditActionKey('two-factor.enabled')).toBe('auditActions.two_factor_enabled');
    expect(auditActionKey('login')).toBe('auditActions.login');
  });
});
