import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { auditActionKey, formatCalendarDate, formatEuroCents, formatRigaDateTime, type TProjectTimelineEntry } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useProjectTimeline } from './agreement.api';

const PAGE_SIZE = 10;

/**
 * What happened to the project, newest first: agreement issued and signed, status changes with
 * their reasons, tranche plans and payments, reports and budget changes. Each kind of
 * entry is a translated audit action; its facts are the details the API picked out.
 */
export function ProjectTimeline({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const timeline = useProjectTimeline(projectId, page, PAGE_SIZE);

  return (
    <Stack gap="sm" component="section" aria-labelledby="timeline-heading">
      <Title order={2} id="timeline-heading" size="h3">
        {t('projects.timeline.title')}
      </Title>
      {timeline.isPending ? (
        <PageLoader />
      ) : timeline.isError ? (
        <ProblemAlert error={timeline.error} />
      ) : (
        <>
          <List listStyleType="none" spacing="sm" aria-label={t('projects.timeline.title')}>
            {timeline.data.items.map((entry) => (
              <List.Item key={entry.id}>
                <TimelineEntry entry={entry} />
              </List.Item>
            ))}
          </List>
          <ListPagination total={timeline.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label={t('projects.timeline.pages')} />
        </>
      )}
    </Stack>
  );
}

function TimelineEntry({ entry }: { entry: TProjectTimelineEntry }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, locale) : t('projects.page.notSet'));
  const { details } = entry;
  const facts: string[] = [];
  if (details.tranche !== undefined) facts.push(t('projects.timeline.tranche', { number: details.tranche }));
  if (details.amountCents !== undefined) facts.push(formatEuroCents(details.amountCents, locale));
  if (details.paidOn) facts.push(t('projects.tranches.paidDetails', { date: date(details.paidOn), reference: details.bankReference ?? '—' }));
  if (details.version !== undefined) facts.push(t('projects.timeline.version', { version: details.version, name: details.fileName ?? '' }));
  for (const field of ['startDate', 'endDate', 'granteeSignedOn', 'funderSignedOn'] as const) {
    if (field in details) facts.push(`${t(field === 'startDate' || field === 'endDate' ? `projects.timeline.${field}` : `projects.agreement.${field}`)}: ${date(details[field])}`);
  }
  if (details.plannedCents) facts.push(details.plannedCents.map((cents) => formatEuroCents(cents, locale)).join(' + '));
  if (details.reportKind) facts.push(t(`projects.timeline.reportKinds.${details.reportKind}`));
  if (details.dueDate !== undefined) facts.push(t('projects.timeline.dueDate', { date: date(details.dueDate) }));
  if (details.parts) facts.push(t('projects.timeline.parts', { count: details.parts.length }));
  if (details.budgetChanges) {
    facts.push(details.budgetChanges.map((change) => `${formatEuroCents(change.fromCents, locale)} → ${formatEuroCents(change.toCents, locale)}`).join('; '));
  }
  if (details.comment) facts.push(t('projects.timeline.comment', { comment: details.comment }));
  if (details.reason) facts.push(t('projects.timeline.reason', { reason: details.reason }));

  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge variant="light" color="dark" size="sm">
          {t(`projects.timeline.kinds.${entry.kind}`)}
        </Badge>
        <Text fw={700} size="sm">
          {i18n.exists(auditActionKey(entry.action)) ? t(auditActionKey(entry.action)) : t('auditActionOther')}
        </Text>
      </Group>
      <Text size="sm">
        {formatRigaDateTime(entry.at, i18n.language)} · {entry.actorName ?? t('projects.timeline.someone')}
      </Text>
      {facts.length > 0 && <Text size="sm">{facts.join(' · ')}</Text>}
    </Stack>
  );
}
