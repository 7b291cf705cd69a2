import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import {
  budgetLineTotalCents,
  computeBudget,
  formatEuroCents,
  type TAnswers,
  type TAnswerValue,
  type TBudgetLine,
  type TFormDefinition,
  type TQuestion,
} from '@kopa/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/detail-list';
import { localized } from '../../i18n/languages';
import { describeAnswer, formatQuantity, visibleSections } from '../form-renderer';
import { attachmentContentPath } from './applications.api';
import { formatBytes } from '../../lib/format-bytes';
import type { UploadedAttachment } from './upload';

type HeadingOrder = 2 | 3;

/**
 * A submitted application as a document to read (the applicant's copy and the staff view):
 * section headings, each question with its answer as text, the budget as a table with its
 * totals, and the attached files as download links — not a form with disabled inputs.
 */
export function ApplicationDocument({
  form,
  answers,
  attachments,
  headingOrder = 2,
  fileLink = downloadLink,
}: {
  form: TFormDefinition;
  answers: TAnswers;
  attachments: readonly UploadedAttachment[];
  headingOrder?: HeadingOrder;
  /** How a file is linked (a download by default; reviewers open theirs in a new tab). */
  fileLink?: FileLink;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sections = visibleSections(form, answers);
  const questionOrder = (headingOrder + 1) as 3 | 4;

  return (
    <Stack gap="xl" data-application-document>
      {sections.map((section) => (
        <Stack key={section.id} component="section" gap="md" aria-labelledby={`doc-section-${section.id}`}>
          <Title order={headingOrder} id={`doc-section-${section.id}`}>
            {localized(section.title, language)}
          </Title>
          {section.questions.map((question) => (
            <Stack key={question.id} gap={4} data-question-id={question.id}>
              <Title order={questionOrder} size="h5">
                {localized(question.label, language)}
              </Title>
              <Answer question={question} value={answers[question.id]} attachments={attachments} fileLink={fileLink} />
            </Stack>
          ))}
        </Stack>
      ))}
      {attachments.length > 0 && (
        <Stack component="section" gap="xs" aria-labelledby="doc-attachments">
          <Title order={headingOrder} id="doc-attachments">
            {t('applications.document.attachments', { count: attachments.length })}
          </Title>
          <FileList files={attachments} fileLink={fileLink} />
        </Stack>
      )}
    </Stack>
  );
}

type FileLink = (file: UploadedAttachment) => ReactNode;

const downloadLink: FileLink = (file) => (
  <Anchor href={attachmentContentPath(file.id)} download>
    {file.fileName}
  </Anchor>
);

function Answer({
  question,
  value,
  attachments,
  fileLink,
}: {
  question: TQuestion;
  value: TAnswerValue | undefined;
  attachments: readonly UploadedAttachment[];
  fileLink: FileLink;
}) {
  const { t, i18n } = useTranslation();
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) {
    return (
      <Text fs="italic">
        {t('formRenderer.emptyAnswer')}
      </Text>
    );
  }
  if (question.type === 'budget_table') return <BudgetDocument lines={value as TBudgetLine[]} />;
  if (question.type === 'file') {
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    // A file the caller may not see (withheld from a reviewer) is left out, not named.
    const files = ids.map((id) => attachments.find((file) => file.id === id)).filter((file) => file !== undefined);
    if (files.length === 0) return <Text fs="italic">{t('formRenderer.emptyAnswer')}</Text>;
    return <FileList files={files} fileLink={fileLink} />;
  }
  return (
    <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {describeAnswer(question, value, i18n.language, (key, params) => t(key, params ?? {}))}
    </Text>
  );
}

function FileList({ files, fileLink }: { files: readonly UploadedAttachment[]; fileLink: FileLink }) {
  const { i18n } = useTranslation();
  return (
    <List size="sm" spacing={4} style={{ overflowWrap: 'anywhere' }}>
      {files.map((file) => (
        <List.Item key={file.id}>
          {fileLink(file)} ({formatBytes(file.sizeBytes, i18n.language)})
        </List.Item>
      ))}
    </List>
  );
}

/** The budget lines as a table (scrolling inside itself on a phone) and the totals as a list that always fits. */
function BudgetDocument({ lines }: { lines: readonly TBudgetLine[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (cents: number) => formatEuroCents(cents, language);
  const totals = computeBudget(lines);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} aria-label={t('applications.document.budgetCaption', { count: lines.length })}>
        <Table withTableBorder striped fz="sm" captionSide="top">
          <Table.Caption ta="start">{t('applications.document.budgetCaption', { count: lines.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('formRenderer.budget.category')}</Table.Th>
              <Table.Th scope="col">{t('formRenderer.budget.description')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('formRenderer.budget.quantity')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('formRenderer.budget.unitCost')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('formRenderer.budget.lineTotal')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('formRenderer.budget.ownContribution')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={index}>
                <Table.Td>{t(`formRenderer.budget.categories.${line.category}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{line.description}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.quantity, language)}</Table.Td>
                {[line.unitCostCents, budgetLineTotalCents(line), line.ownContributionCents].map((cents, column) => (
                  <Table.Td key={column} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(cents)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <DetailList
        items={[
          { label: t('formRenderer.budget.total'), value: money(totals.totalCents) },
          { label: t('formRenderer.budget.ownContributionTotal'), value: money(totals.ownContributionCents) },
          { label: t('formRenderer.budget.requested'), value: money(totals.requestedCents) },
        ]}
      />
    </Stack>
  );
}
