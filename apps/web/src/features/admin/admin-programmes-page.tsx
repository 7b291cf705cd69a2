import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { TAdminProgrammeListResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { notifySuccess } from '../../components/notify';
import { UrlSearchInput } from '../../components/url-search-input';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { useListParams } from '../../lib/use-list-params';
import { usePageTitle } from '../../lib/use-page-title';
import { isReauthProblem, useWithReauth } from '../account/reauth-dialog';
import { useAdminProgrammes, useAdminUsers, useChangeStaff } from './admin.api';

type Programme = TAdminProgrammeListResponse['items'][number];

const PAGE_SIZE = 20;

/** `/admin/programmes`: which coordinators run which programme; the name search and page live in the URL. */
export function AdminProgrammesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.programmes.title'));
  const { params, setParam } = useListParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const programmes = useAdminProgrammes({ q: search || undefined, page, pageSize: PAGE_SIZE });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.programmes.title')}</Title>
      <Text>{t('admin.programmes.intro')}</Text>
      <UrlSearchInput label={t('admin.programmes.search')} value={search} maxLength={200} onSearch={(text) => setParam('q', text)} />
      {programmes.isPending ? (
        <PageLoader />
      ) : programmes.isError ? (
        <ProblemAlert error={programmes.error} />
      ) : (
        <>
          <Text role="status">{t('admin.programmes.found', { count: programmes.data.total })}</Text>
          {programmes.data.items.map((programme) => (
            <ProgrammeStaffCard key={programme.id} programme={programme} />
          ))}
          <ListPagination total={programmes.data.total} pageSize={PAGE_SIZE} page={page} onChange={(next) => setParam('page', String(next))} />
        </>
      )}
    </Stack>
  );
}

function ProgrammeStaffCard({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const coordinators = useAdminUsers({ role: 'coordinator', status: 'active', page: 1, pageSize: 100 });
  const change = useChangeStaff();
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const name = localized(programme.name, i18n.language);
  const headingId = `programme-${programme.id}`;
  const candidates = (coordinators.data?.items ?? []).filter((user) => !programme.staff.some((staff) => staff.id === user.id));

  const reauth = useWithReauth();
  // Staff changes ask for the password (and code) again when the API wants it, then run.
  const run = (userId: string, kind: 'add' | 'remove', done: string) => {
    setError(null);
    void reauth.run(async () => {
      try {
        await change.mutateAsync({ programmeId: programme.id, userId, kind });
        notifySuccess(done);
      } catch (failure) {
        if (isReauthProblem(failure)) throw failure;
        setError(failure);
      }
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {name}
        </Title>
        {error !== null && <ProblemAlert error={error} />}
        {reauth.dialog}
        {programme.staff.length === 0 ? (
          <Text>{t('admin.programmes.noStaff')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {programme.staff.map((staff) => (
              <Group component="li" key={staff.id} gap="sm" wrap="wrap">
                <Text fw={600}>{staff.displayName}</Text>
                <Text style={{ wordBreak: 'break-all' }}>{staff.email}</Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={change.isPending}
                  aria-label={t('admin.programmes.removeNamed', { name: staff.displayName })}
                  onClick={() => run(staff.id, 'remove', t('admin.programmes.removed', { name: staff.displayName }))}
                >
                  {t('admin.programmes.remove')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <Group align="end" gap="sm">
          <Select
            label={t('admin.programmes.addCoordinator')}
            data={candidates.map((user) => ({ value: user.id, label: `${user.displayName} (${user.email})` }))}
            value={picked}
            onChange={setPicked}
            searchable
            nothingFoundMessage={t('admin.programmes.noCandidates')}
          />
          <Button
            disabled={!picked}
            loading={change.isPending}
            onClick={() => {
              if (!picked) return;
              run(picked, 'add', t('admin.programmes.added'));
              setPicked(null);
            }}
          >
            {t('admin.programmes.add')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
