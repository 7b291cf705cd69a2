import { Button, Checkbox, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TApplicationScoresResponse, TReviewerScores, TScoreCell } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/languages';
import { useModerateScore } from './decisions.api';

interface Props {
  data: TApplicationScoresResponse;
  reviewer: TReviewerScores;
  onModerate: (assignmentId: string, criterionId: string, cell: TScoreCell) => void;
}

/** One reviewer's scores and comments (named: only staff see this view), with moderation and sharing. */
export function ReviewerScoresCard({ data, reviewer, onModerate }: Props) {
  const { t, i18n } = useTranslation();
  const { share } = useModerateScore(data.application.id);
  const headingId = `reviewer-${reviewer.assignmentId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {reviewer.reviewerName}
          {reviewer.total !== null && ` · ${t('decisions.scores.reviewerTotal', { total: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lv-LV').format(reviewer.total) })}`}
        </Title>
        {reviewer.status !== 'submitted' ? (
          <Text size="sm">{t('decisions.scores.notSubmitted')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('decisions.scores.criterion')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.scores.score')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.scores.comment')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.scores.share')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('decisions.moderation.open')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.criteria.map((criterion) => {
                    const cell = reviewer.scores.find((score) => score.criterionId === criterion.id);
                    const name = localized(criterion.name, i18n.language);
                    return (
                      <Table.Tr key={criterion.id}>
                        <Table.Th scope="row" fw={500}>
                          {name}
                        </Table.Th>
                        <Table.Td>
                          {!cell ? (
                            '—'
                          ) : cell.moderatedScore !== null ? (
                            <Stack gap={2}>
                              <Text size="sm">
                                <s>{cell.score}</s> → <strong>{cell.moderatedScore}</strong> / {criterion.maxScore}
                              </Text>
                              <Text size="xs">{t('decisions.moderation.by', { name: cell.moderatedByName ?? '', reason: cell.moderationReason ?? '' })}</Text>
                            </Stack>
                          ) : (
                            `${cell.score ?? '—'} / ${criterion.maxScore}`
                          )}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{cell?.comment}</Table.Td>
                        <Table.Td>
                          {cell && cell.comment && (
                            <Checkbox
                              aria-label={`${t('decisions.scores.shareLabel')}: ${name}`}
                              checked={cell.sharedWithApplicant}
                              disabled={!data.moderationOpen || share.isPending}
                              onChange={(event) => share.mutate({ assignmentId: reviewer.assignmentId, criterionId: criterion.id, shared: event.currentTarget.checked })}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>
                          {cell && data.moderationOpen && (
                            <Button size="xs" variant="default" onClick={() => onModerate(reviewer.assignmentId, criterion.id, cell)} aria-label={`${t('decisions.moderation.open')}: ${reviewer.reviewerName}, ${name}`}>
                              {t('decisions.moderation.open')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {reviewer.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{t('decisions.scores.overall')}:</strong> {reviewer.comment}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
