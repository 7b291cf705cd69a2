import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatRigaDateTime, JOB_STATES } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { notifySuccess } from '../../components/notify';
import { UrlSearchInput } from '../../components/url-search-input';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useListParams } from '../../lib/use-list-params';
import { usePageTitle } from '../../lib/use-page-title';
import { useJobAction, useJobsOverview, type JobAction } from './admin.api';

const PAGE_SIZE = 20;

/** `/admin/jobs`: queue depths, failed jobs and e-mails that used up their retries (paged, filtered by template in the URL). */
export function AdminJobsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.jobs.title'));
  const { params, setParam } = useListParams();
  const template = params.get('template') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const overview = useJobsOverview({ template: template || undefined, page, pageSize: PAGE_SIZE });
  const action = useJobAction();
  const [error, setError] = useState<unknown>(null);
  const locale = intlLocaleOf(i18n.language);
  const run = (next: JobAction, done: string) => {
    setError(null);
    action.mutate(next, { onSuccess: () => notifySuccess(done), onError: setError });
  };

  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <ProblemAlert error={overview.error} />;
  const { queues, failedJobs, failedEmails, failedEmailTotal } = overview.data;

  return (
    <Stack gap="xl">
      <Title order={1}>{t('admin.jobs.title')}</Title>
      {error !== null && <ProblemAlert error={error} />}
      <Stack component="section" gap="sm" aria-labelledby="queues-heading">
        <Title order={2} id="queues-heading">
          {t('admin.jobs.queues')}
        </Title>
        {queues.map((queue) => (
          <Stack key={queue.name} gap={4}>
            <Title order={3} size="h4">
              {t(`admin.jobs.queue.${queue.name}`, { defaultValue: queue.name })}
            </Title>
            <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" m={0}>
              {JOB_STATES.map((state) => (
                <div key={state}>
                  <Text component="dt" size="sm">
                    {t(`admin.jobs.state.${state}`)}
                  </Text>
                  <Text component="dd" m={0} fw={700} fz="lg">
                    {queue.counts[state] ?? 0}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="failed-emails-heading">
        <Title order={2} id="failed-emails-heading">
          {t('admin.jobs.failedEmails', { count: failedEmailTotal })}
        </Title>
        <UrlSearchInput
          label={t('admin.jobs.templateFilter')}
          description={t('admin.jobs.templateFilterHint')}
          value={template}
          maxLength={100}
          onSearch={(text) => setParam('template', text.toLowerCase())}
        />
        {failedEmails.length === 0 ? (
          <Text>{t('admin.jobs.noFailedEmails')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.jobs.to')}</Table.Th>
                  <Table.Th scope="col">{t('admin.jobs.template')}</Table.Th>
                  <Table.Th scope="col">{t('admin.jobs.lastError')}</Table.Th>
                  <Table.Th scope="col">{t('admin.jobs.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failedEmails.map((mail) => (
                  <Table.Tr key={mail.id}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{mail.to}</Table.Td>
                    <Table.Td>{mail.template}</Table.Td>
                    <Table.Td>
                      {mail.lastError} ({t('admin.jobs.attempts', { count: mail.attempts })}, {formatRigaDateTime(mail.createdAt, locale)})
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-sm" loading={action.isPending} onClick={() => run({ kind: 'requeueEmail', id: mail.id }, t('admin.jobs.requeued'))}>
                          {t('admin.jobs.requeue')}
                        </Button>
                        <Button size="compact-sm" variant="default" loading={action.isPending} onClick={() => run({ kind: 'discardEmail', id: mail.id }, t('admin.jobs.discarded'))}>
                          {t('admin.jobs.discard')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListPagination total={failedEmailTotal} pageSize={PAGE_SIZE} page={page} onChange={(next) => setParam('page', String(next))} label={t('admin.jobs.failedEmailPages')} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="failed-jobs-heading">
        <Title order={2} id="failed-jobs-heading">
          {t('admin.jobs.failedJobs')}
        </Title>
        {failedJobs.length === 0 ? (
          <Text>{t('admin.jobs.noFailedJobs')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.jobs.job')}</Table.Th>
                  <Table.Th scope="col">{t('admin.jobs.lastError')}</Table.Th>
                  <Table.Th scope="col">{t('admin.jobs.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failedJobs.map((job) => (
                  <Table.Tr key={`${job.queue}:${job.id}`}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      {job.queue} · {job.name} · {job.id}
                    </Table.Td>
                    <Table.Td>
                      {job.failedReason ?? '—'} ({t('admin.jobs.attempts', { count: job.attemptsMade })}
                      {job.failedAt ? `, ${formatRigaDateTime(job.failedAt, locale)}` : ''})
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-sm" loading={action.isPending} onClick={() => run({ kind: 'retryJob', queue: job.queue, id: job.id }, t('admin.jobs.requeued'))}>
                          {t('admin.jobs.requeue')}
                        </Button>
                        <Button size="compact-sm" variant="default" loading={action.isPending} onClick={() => run({ kind: 'discardJob', queue: job.queue, id: job.id }, t('admin.jobs.discarded'))}>
                          {t('admin.jobs.discard')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
