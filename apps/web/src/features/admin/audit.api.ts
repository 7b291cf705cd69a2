import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

/**
 * The audit log as `GET /api/audit` serves it under the contract of the security branch
 * (`ZAuditListQuery` / `ZAuditListResponse` in packages/shared/src/audit.ts, not on this
 * branch yet): filters by entity, actor, action and period, paged, with a total. At merge,
 * replace these two types with the shared ones.
 */
export interface AuditListQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** ISO instants. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

export interface AuditList {
  items: AuditEntry[];
  total: number;
}

export function useAuditLog(query: AuditListQuery) {
  return useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: async ({ signal }) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(key, String(value));
      const body = await api.get<{ items: AuditEntry[]; total?: number }>(`/api/audit?${search.toString()}`, signal);
      // Until the paged contract lands, the older route answers without a total.
      return { items: body.items, total: body.total ?? body.items.length } satisfies AuditList;
    },
    placeholderData: keepPreviousData,
  });
}
