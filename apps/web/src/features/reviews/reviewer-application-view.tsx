import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { allQuestions, reviewerAttachmentUrl, type TAnswers, type TReviewerApplication } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { localized } from '../../i18n/languages';
import { FormRenderer } from '../form-renderer';

/** The application as the server redacted it for this reviewer, read-only; files open inline in a new tab. */
export function ReviewerApplicationView({ assignmentId, application, blind }: { assignmentId: string; application: TReviewerApplication; blind: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = new Map(allQuestions(application.form).map((question) => [question.id, localized(question.label, i18n.language)]));
  const files = new Map(application.attachments.map((file) => [file.id, file]));

  return (
    <Stack component="section" aria-labelledby="application-heading" gap="md">
      <Title order={2} id="application-heading">
        {t('review.assignment.applicationHeading')}
      </Title>
      {blind && <Notice color="blue" role="status" title={t('review.assignment.blind')} />}
      {application.organisation && <Text fw={600}>{t('review.assignment.organisation', { name: application.organisation.legalName })}</Text>}
      {application.redactedQuestionIds.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('review.assignment.redacted', { questions: application.redactedQuestionIds.map((id) => labels.get(id) ?? id).join(', ') })}
        </Text>
      )}
      <FormRenderer
        definition={application.form}
        answers={application.answers as TAnswers}
        onAnswerChange={() => undefined}
        readOnly
        sectionHeadingOrder={3}
        renderFileQuestion={(_question, value) => {
          const visible = value.map((id) => files.get(id)).filter((file) => file !== undefined);
          if (visible.length === 0) return <Text size="sm">{t('review.assignment.noAttachments')}</Text>;
          return (
            <List size="sm">
              {visible.map((file) => (
                <List.Item key={file.id}>
                  <Anchor href={reviewerAttachmentUrl(assignmentId, file.id)} target="_blank" rel="noopener" aria-label={t('review.assignment.openFile', { name: file.fileName })}>
                    {file.fileName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          );
        }}
      />
    </Stack>
  );
}
