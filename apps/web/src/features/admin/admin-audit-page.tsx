import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formatRigaDateTime, rigaLocalToInstant } from '@kopa/shared';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useActivityLabel } from '../workspace/activity-label';
import { useAuditLog, type AuditEntry } from './audit.api';
import { auditDiff } from './audit-diff';
import { ListPagination } from '../../components/list-pagination';
import { DateField } from '../../components/date-field';

const PAGE_SIZE = 25;
const FILTERS = ['entityType', 'entityId', 'actorId', 'action'] as const;

/** `/admin/audit`: who changed what and when, filtered and paged; the API decides what each reader may see. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const query = {
    ...Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined])),
    from: from ? (rigaLocalToInstant(`${from}T00:00`) ?? undefined) : undefined,
    to: to ? (rigaLocalToInstant(`${to}T23:59`) ?? undefined) : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const log = useAuditLog(query);

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of [...FILTERS, 'from', 'to']) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.audit.title')}</Title>
      <form onSubmit={onFilter} aria-label={t('admin.audit.filters')}>
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput name="entityType" label={t('admin.audit.entityType')} defaultValue={params.get('entityType') ?? ''} maxLength={50} />
          <TextInput name="entityId" label={t('admin.audit.entityId')} defaultValue={params.get('entityId') ?? ''} maxLength={100} />
          <TextInput name="actorId" label={t('admin.audit.actorId')} defaultValue={params.get('actorId') ?? ''} maxLength={100} />
          <TextInput name="action" label={t('admin.audit.action')} defaultValue={params.get('action') ?? ''} maxLength={100} />
          <DateField name="from" label={t('admin.audit.from')} defaultValue={from} />
          <DateField name="to" label={t('admin.audit.to')} defaultValue={to} />
          <Button type="submit">{t('admin.audit.apply')}</Button>
        </Group>
      </form>
      {log.isPending ? (
        <PageLoader />
      ) : log.isError ? (
        <ProblemAlert error={log.error} />
      ) : (
        <>
          <Text role="status">{t('admin.audit.found', { count: log.data.total })}</Text>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {log.data.items.map((entry) => (
              <AuditEntryCard key={entry.id} entry={entry} />
            ))}
          </Stack>
          <ListPagination
            total={log.data.total}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(next) => {
              const copy = new URLSearchParams(params);
              copy.set('page', String(next));
              setParams(copy);
            }}
          />
        </>
      )}
    </Stack>
  );
}

function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const label = useActivityLabel();
  const rows = auditDiff(entry.before, entry.after);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          <Text fw={700}>{label(entry.action)}</Text>
          <Text size="sm" c="dimmed">
            {entry.action}
          </Text>
        </Group>
        <Text size="sm">
          {formatRigaDateTime(entry.createdAt, intlLocaleOf(i18n.language))} · {entry.actorName ?? t('workspace.coordinator.system')} ·{' '}
          <span style={{ wordBreak: 'break-all' }}>
            {entry.entityType} {entry.entityId}
          </span>
        </Text>
        {rows.length > 0 && (
          // Long values wrap; what is still too wide scrolls inside a box a keyboard can reach (and scroll).
          <Table.ScrollContainer minWidth={0} type="native" tabIndex={0}>
            <Table withTableBorder fz="sm" style={{ overflowWrap: 'anywhere' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.audit.field')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.before')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.field}>
                    <Table.Th scope="row">
                      {row.field}
                      {row.changed && (
                        <Badge ml="xs" size="sm" color="orange.9" variant="filled">
                          {t('admin.audit.changed')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{row.changed ? <del>{row.before}</del> : row.before}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{row.changed ? <ins>{row.after}</ins> : row.after}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
