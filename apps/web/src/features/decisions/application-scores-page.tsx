import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatEuroCents, type TScoreCell } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { useApplicationScores, useRanking } from './decisions.api';
import { DecisionDialog } from './decision-dialog';
import { ModerationDialog } from './moderation-dialog';
import { ReviewerScoresCard } from './reviewer-scores-card';

/** `/manage/applications/:id/scores`: the coordinator's view of every reviewer's scores, moderation and the decision. */
export function ApplicationScoresPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const scores = useApplicationScores(id);
  const [moderating, setModerating] = useState<{ assignmentId: string; criterionId: string; cell: TScoreCell } | null>(null);
  const [deciding, setDeciding] = useState(false);
  const callId = scores.data?.application.callId ?? '';
  // The budget line the decision dialog checks against (first page only: it carries the totals).
  const ranking = useRanking(callId, { page: 1, pageSize: 1 });
  usePageTitle(t('decisions.scores.pageTitle', { reference: scores.data?.application.referenceNumber ?? '' }));

  if (scores.isPending) return <PageLoader />;
  if (scores.isError) return <ProblemAlert error={scores.error} />;
  const data = scores.data;
  const number = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV').format(value));
  const criterionOf = (criterionId: string) => data.criteria.find((c) => c.id === criterionId)!;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${callId}/decisions`} size="sm">
        {t('decisions.scores.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('decisions.scores.pageTitle', { reference: data.application.referenceNumber ?? '' })}</Title>
        <Group gap="sm">
          <ApplicationStatusBadge status={data.application.status} />
          <Text>
            {data.application.organisationName}
            {data.application.projectTitle && ` — ${data.application.projectTitle}`}
          </Text>
        </Group>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="summary-heading">
        <Title order={2} size="h4" id="summary-heading" mb="sm">
          {t('decisions.scores.summary')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" style={{ margin: 0 }}>
          {(
            [
              ['reviewCount', String(data.summary.reviewCount)],
              ['total', number(data.summary.weightedTotal)],
              ['spread', number(data.summary.spread)],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`decisions.scores.${key}`)}
              </Text>
              <Text component="dd" m={0} fw={700}>
                {value}
              </Text>
            </div>
          ))}
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('decisions.scores.gap', { gap: data.disagreementGap })}
            </Text>
            <Text component="dd" m={0}>
              {data.summary.disagreement ? (
                <Text component="span" fw={600} c="red.9">
                  {t('decisions.flags.disagreement')}
                </Text>
              ) : (
                '—'
              )}
            </Text>
          </div>
        </SimpleGrid>
      </Paper>

      <Stack component="section" gap="sm" aria-labelledby="criteria-heading">
        <Title order={2} size="h4" id="criteria-heading">
          {t('decisions.scores.criteria')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {(['criterion', 'mean', 'max', 'weight', 'minimum'] as const).map((column) => (
                  <Table.Th key={column} scope="col">
                    {t(`decisions.scores.${column}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.criteria.map((criterion) => (
                <Table.Tr key={criterion.id}>
                  <Table.Th scope="row" fw={500}>
                    {localized(criterion.name, i18n.language)}
                  </Table.Th>
                  <Table.Td>
                    <Group gap="xs">
                      {number(criterion.mean)}
                      {criterion.belowMinimum && (
                        <Text component="span" size="sm" fw={600} c="#a63c06">
                          {t('decisions.flags.belowMinimum')}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{criterion.maxScore}</Table.Td>
                  <Table.Td>{criterion.weight}</Table.Td>
                  <Table.Td>{criterion.minScore ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="reviewers-heading">
        <Title order={2} size="h4" id="reviewers-heading">
          {t('decisions.scores.reviewers')}
        </Title>
        {data.reviewers.map((reviewer) => (
          <ReviewerScoresCard key={reviewer.assignmentId} data={data} reviewer={reviewer} onModerate={(assignmentId, criterionId, cell) => setModerating({ assignmentId, criterionId, cell })} />
        ))}
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="decision-heading">
        <Title order={2} size="h4" id="decision-heading">
          {t('decisions.scores.decision')}
        </Title>
        {data.decision ? (
          <Stack gap={4}>
            <Text fw={700}>{t(`decisions.kindDone.${data.decision.kind}`, { amount: data.decision.amountCents === null ? '' : formatEuroCents(data.decision.amountCents, locale) })}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.decision.rationale}</Text>
          </Stack>
        ) : (
          <Text>{t('decisions.scores.noDecision')}</Text>
        )}
        {data.allowedDecisions.length > 0 && ranking.data && (
          <Group>
            <Button onClick={() => setDeciding(true)}>{t('decisions.table.decide')}</Button>
          </Group>
        )}
      </Stack>

      {moderating && (
        <ModerationDialog
          applicationId={data.application.id}
          assignmentId={moderating.assignmentId}
          criterion={{ id: moderating.criterionId, name: localized(criterionOf(moderating.criterionId).name, i18n.language), maxScore: criterionOf(moderating.criterionId).maxScore }}
          cell={moderating.cell}
          onClose={() => setModerating(null)}
        />
      )}
      {deciding && ranking.data && (
        <DecisionDialog
          target={{
            id: data.application.id,
            referenceNumber: data.application.referenceNumber,
            requestedCents: data.application.requestedCents,
            currentAwardCents: data.decision?.kind === 'award' ? data.decision.amountCents : null,
            currentKind: data.decision?.kind ?? null,
            currentRationale: data.decision?.rationale ?? '',
          }}
          allowed={data.allowedDecisions}
          budget={ranking.data.budget}
          limits={{ minAwardCents: ranking.data.call.minAwardCents, maxAwardCents: ranking.data.call.maxAwardCents }}
          onClose={() => setDeciding(false)}
        />
      )}
    </Stack>
  );
}
