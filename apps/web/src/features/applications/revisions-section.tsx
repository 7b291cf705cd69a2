import { Anchor, Badge, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { allQuestions, formatRigaDateTime, type TAnswerValue, type TBudgetLine, type TFormDefinition } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { describeAnswer } from '../form-renderer';
import { BudgetChanges } from './budget-changes';
import { revisionPdfUrl, useRevisionCompare, useRevisions } from './applications.api';

/** Every submitted revision, and any two side by side with the changed answers marked. */
export function RevisionsSection({ applicationId, form }: { applicationId: string; form: TFormDefinition }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const revisions = useRevisions(applicationId);
  const items = revisions.data ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const fromChosen = from ?? (items.length >= 2 ? items[items.length - 2].number : null);
  const toChosen = to ?? (items.length >= 2 ? items[items.length - 1].number : null);
  const compare = useRevisionCompare(applicationId, fromChosen, toChosen);
  const options = items.map((item) => ({
    value: String(item.number),
    label: t('applications.revisions.option', { number: item.number, time: formatRigaDateTime(item.submittedAt, locale) }),
  }));
  const questions = new Map(allQuestions(form).map((question) => [question.id, question]));
  const isBudget = (questionId: string) => questions.get(questionId)?.type === 'budget_table';
  const describe = (questionId: string, value: unknown) => {
    const question = questions.get(questionId);
    if (!question) return value === null || value === undefined ? t('formRenderer.emptyAnswer') : JSON.stringify(value);
    return describeAnswer(question, value as TAnswerValue, i18n.language, (key, params) => (params ? t(key, params) : t(key)) as string);
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="revisions-heading">
      <Title order={2} id="revisions-heading">
        {t('applications.revisions.title')}
      </Title>
      {revisions.isError && <ProblemAlert error={revisions.error} />}
      {revisions.isSuccess && items.length === 0 && <Text>{t('applications.revisions.none')}</Text>}
      {/* Four columns fit a phone when the words wrap; the rest scrolls inside, never the page. */}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table style={{ overflowWrap: 'anywhere' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.revisions.number')}</Table.Th>
                <Table.Th scope="col">{t('applications.fields.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('applications.revisions.by')}</Table.Th>
                <Table.Th scope="col">{t('applicationGate.revisionPdf.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.number}>
                  <Table.Td>{item.number}</Table.Td>
                  <Table.Td>{formatRigaDateTime(item.submittedAt, locale)}</Table.Td>
                  <Table.Td>{item.submittedByName ?? '—'}</Table.Td>
                  <Table.Td>
                    {/* A plain link: the browser downloads it with the session cookie, in the page's language. */}
                    <Anchor
                      href={revisionPdfUrl(applicationId, item.number, i18n.language === 'en' ? 'en' : 'lv')}
                      download
                      aria-label={t('applicationGate.revisionPdf.label', { number: item.number })}
                    >
                      {t('applicationGate.revisionPdf.download')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items.length >= 2 && (
        <Stack gap="sm">
          <Title order={3}>{t('applications.revisions.compare')}</Title>
          <Group grow wrap="wrap">
            <Select label={t('applications.revisions.from')} data={options} value={fromChosen ? String(fromChosen) : null} onChange={(value) => setFrom(value ? Number(value) : null)} allowDeselect={false} />
            <Select label={t('applications.revisions.to')} data={options} value={toChosen ? String(toChosen) : null} onChange={(value) => setTo(value ? Number(value) : null)} allowDeselect={false} />
          </Group>
          {fromChosen === toChosen && <Text size="sm">{t('applications.revisions.same')}</Text>}
          {compare.isError && <ProblemAlert error={compare.error} />}
          {compare.data && (
            <Stack gap="xs">
              <Text size="sm" role="status">
                {t('applications.revisions.changedCount', { count: compare.data.items.filter((item) => item.changed).length })}
              </Text>
              {compare.data.items.map((item) => (
                <Stack
                  key={item.questionId}
                  gap={4}
                  p="xs"
                  style={{
                    border: '1px solid var(--mantine-color-gray-4)',
                    borderLeft: item.changed ? '4px solid var(--mantine-color-orange-8)' : undefined,
                    background: item.changed ? 'var(--mantine-color-orange-0)' : undefined,
                  }}
                >
                  <Group gap="xs">
                    <Text fw={700} size="sm">
                      {localized(item.label, i18n.language)}
                    </Text>
                    {item.changed && (
                      <Badge color="orange.9" variant="filled" size="sm" tt="none">
                        {t('applications.revisions.changed')}
                      </Badge>
                    )}
                  </Group>
                  {item.changed && isBudget(item.questionId) ? (
                    <BudgetChanges
                      before={Array.isArray(item.before) ? (item.before as TBudgetLine[]) : []}
                      after={Array.isArray(item.after) ? (item.after as TBudgetLine[]) : []}
                      fromNumber={compare.data.from}
                      toNumber={compare.data.to}
                    />
                  ) : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <div>
                      <Text size="xs" fw={600}>
                        {t('applications.revisions.revisionN', { number: compare.data.from })}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {describe(item.questionId, item.before)}
                      </Text>
                    </div>
                    <div>
                      <Text size="xs" fw={600}>
                        {t('applications.revisions.revisionN', { number: compare.data.to })}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {describe(item.questionId, item.after)}
                      </Text>
                    </div>
                  </SimpleGrid>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
