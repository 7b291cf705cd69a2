import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAuditEntry, TAuditListQuery, TAuditListResponse } from '@kopa/shared';
import { client, unwrap } from '../../lib/api-client';

/** Filters the viewer sends; the API answers with what the reader may read (audit-scope.ts). */
export type AuditListQuery = Partial<Omit<TAuditListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type AuditEntry = TAuditEntry;
export type AuditList = TAuditListResponse;

/** `GET /api/audit`: filtered by entity, actor, action and period, paged in SQL, with a total. */
export function useAuditLog(query: AuditListQuery) {
  return useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/audit', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
