import { Anchor, Stack, Text, Title } from '@mantine/core';
import { allQuestions, reviewerAttachmentUrl, type TAnswers, type TReviewerApplication } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { localized } from '../../i18n/languages';
import { ApplicationDocument } from '../applications/application-document';

/** The application as the server redacted it for this reviewer, read-only; files open inline in a new tab. */
export function ReviewerApplicationView({ assignmentId, application, blind }: { assignmentId: string; application: TReviewerApplication; blind: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = new Map(allQuestions(application.form).map((question) => [question.id, localized(question.label, i18n.language)]));

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
      <ApplicationDocument
        form={application.form}
        answers={application.answers as TAnswers}
        attachments={application.attachments}
        headingOrder={3}
        fileLink={(file) => (
          <Anchor href={reviewerAttachmentUrl(assignmentId, file.id)} target="_blank" rel="noopener" aria-label={t('review.assignment.openFile', { name: file.fileName })}>
            {file.fileName}
          </Anchor>
        )}
      />
    </Stack>
  );
}
