import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAuditEntry, TAuditListQuery, TAuditListResponse } from '@kopa/shared';
import { api } from '../../lib/api';

/** Filters the viewer sends; the API answers with what the reader may read (audit-scope.ts). */
export type AuditListQuery = Partial<Omit<TAuditListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type AuditEntry = TAuditEntry;
export type AuditList = TAuditListResponse;

/** `GET /api/audit`: filtered by entity, actor, action and period, paged in SQL, with a total. */
export function useAuditLog(query: AuditListQuery) {
  return useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: async ({ signal }) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, String(value));
      return api.get<AuditList>(`/api/audit?${search.toString()}`, signal);
    },
    placeholderData: keepPreviousData,
  });
}
