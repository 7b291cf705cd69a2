import { Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { allQuestions, formatRigaDateTime, type TAnswerValue, type TReportDetail } from '@kopa/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { describeAnswer } from '../form-renderer';
import { useReportCompare } from './reports.api';

/** Every submitted version of the report, and any two side by side with the changes marked. */
export function ReportVersions({ report }: { report: TReportDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const items = report.versions;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const fromChosen = from ?? (items.length >= 2 ? items[items.length - 2]!.number : null);
  const toChosen = to ?? (items.length >= 2 ? items[items.length - 1]!.number : null);
  const compare = useReportCompare(report.id, fromChosen, toChosen);
  const captionId = useId();
  const questions = new Map((report.form ? allQuestions(report.form) : []).map((question) => [question.id, question]));
  const options = items.map((item) => ({ value: String(item.number), label: t('reports.versions.option', { number: item.number, time: formatRigaDateTime(item.submittedAt, locale) }) }));
  const describe = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return t('formRenderer.emptyAnswer');
    const question = questions.get(field);
    if (!question) return String(value);
    return describeAnswer(question, value as TAnswerValue, i18n.language, (key, params) => (params ? t(key, params) : t(key)) as string);
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="versions-heading">
      <Title order={2} id="versions-heading">
        {t('reports.versions.title')}
      </Title>
      {items.length === 0 && <Text>{t('reports.versions.none')}</Text>}
      {items.length === 1 && <Text>{options[0]!.label}</Text>}
      {items.length >= 2 && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t('reports.versions.from')} data={options} value={fromChosen ? String(fromChosen) : null} onChange={(value) => value && setFrom(Number(value))} allowDeselect={false} />
            <Select label={t('reports.versions.to')} data={options} value={toChosen ? String(toChosen) : null} onChange={(value) => value && setTo(Number(value))} allowDeselect={false} />
          </SimpleGrid>
          {compare.isError && <ProblemAlert error={compare.error} />}
          {compare.data && (
            // Focusable when it scrolls sideways (on a phone), so a keyboard can scroll it too.
            <Table.ScrollContainer minWidth={480} type="native" role="region" aria-labelledby={captionId} tabIndex={0}>
              <Table>
                <Table.Caption id={captionId}>{t('reports.versions.caption', { count: compare.data.items.filter((item) => item.changed).length })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.versions.field')}</Table.Th>
                    <Table.Th scope="col">{t('reports.versions.before', { number: compare.data.from })}</Table.Th>
                    <Table.Th scope="col">{t('reports.versions.after', { number: compare.data.to })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {compare.data.items
                    .filter((item) => item.changed)
                    .map((item) => (
                      <Table.Tr key={item.questionId}>
                        <Table.Th scope="row">{localized(item.label, i18n.language)}</Table.Th>
                        <Table.Td style={{ whiteSpace: 'pre-line' }}>{describe(item.questionId, item.before)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-line' }}>{describe(item.questionId, item.after)}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
