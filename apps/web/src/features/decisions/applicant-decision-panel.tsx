import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatEuroCents, formatRigaDateTime, type TApplicationStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { useApplicantDecision } from './decisions.api';

const DECIDED: readonly TApplicationStatus[] = ['awarded', 'waitlisted', 'rejected'];

/** On the applicant's application page: the decision, amount, rationale and feedback, once the letter was sent. */
export function ApplicantDecisionPanel({ applicationId, status }: { applicationId: string; status: TApplicationStatus }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const decision = useApplicantDecision(applicationId, DECIDED.includes(status));
  if (decision.isError) return <ProblemAlert error={decision.error} />;
  if (!decision.data) return null;
  const data = decision.data;
  const number = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV').format(value));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-panel-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="decision-panel-heading">
          {t('decisions.applicant.title')}
        </Title>
        <Text fw={700}>{t(`decisions.applicant.${data.kind}`, { amount: data.amountCents === null ? '' : formatEuroCents(data.amountCents, locale) })}</Text>
        <Text size="sm">{t('decisions.applicant.decidedAt', { date: formatRigaDateTime(data.decidedAt, locale) })}</Text>
        <Stack gap={2}>
          <Title order={3} size="h5">
            {t('decisions.applicant.rationale')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{data.rationale}</Text>
        </Stack>
        {data.feedback && (
          <>
            <Table.ScrollContainer minWidth={420}>
              <Table>
                <Table.Caption>{t('decisions.applicant.feedback')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('decisions.applicant.criterion')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.applicant.yours')}</Table.Th>
                    <Table.Th scope="col">{t('decisions.applicant.funded')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.feedback.criteria.map((criterion) => (
                    <Table.Tr key={criterion.name.lv}>
                      <Table.Th scope="row">{localized(criterion.name, i18n.language)}</Table.Th>
                      <Table.Td>
                        {number(criterion.score)} / {criterion.maxScore}
                      </Table.Td>
                      <Table.Td>
                        {number(criterion.fundedMean)} / {criterion.maxScore}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.feedback.comments.length > 0 && (
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('decisions.applicant.comments')}
                </Title>
                <ul>
                  {data.feedback.comments.map((comment, index) => (
                    <li key={index}>
                      <strong>{localized(comment.criterionName, i18n.language)}:</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{comment.comment}</span>
                    </li>
                  ))}
                </ul>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
