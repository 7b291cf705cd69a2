import { Button, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { allQuestions, instantToRigaLocal, rigaLocalToInstant, type TApplicationResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { useRequestClarification } from './applications.api';
import { DateField } from '../../components/date-field';

/** The coordinator names the questions to reopen, explains why, and sets a due time in Riga. */
export function ClarificationForm({ application, onSent }: { application: TApplicationResponse; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const request = useRequestClarification(application.id);
  const [questionIds, setQuestionIds] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [dueLocal, setDueLocal] = useState(() => instantToRigaLocal(new Date(Date.now() + 7 * 24 * 3600_000)).slice(0, 11) + '23:59');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const send = () => {
    const dueAt = rigaLocalToInstant(dueLocal);
    const next: Record<string, string> = {};
    if (questionIds.length === 0) next.questionIds = t('applications.clarify.chooseQuestions');
    if (!message.trim()) next.message = t('validation.required');
    if (!dueAt) next.dueAt = t('validation.dateTime');
    else if (new Date(dueAt).getTime() <= Date.now()) next.dueAt = t('applications.clarify.dueInPast');
    setErrors(next);
    if (Object.keys(next).length > 0 || !dueAt) return;
    request.mutate({ questionIds, message: message.trim(), dueAt }, { onSuccess: onSent });
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="clarify-heading" maw={720}>
      <Title order={2} id="clarify-heading">
        {t('applications.clarify.title')}
      </Title>
      {request.isError && <ProblemAlert error={request.error} />}
      <Checkbox.Group
        label={t('applications.clarify.questions')}
        value={questionIds}
        onChange={setQuestionIds}
        error={errors.questionIds}
        required
      >
        <Stack gap={6} mt="xs">
          {allQuestions(application.form).map((question) => (
            <Checkbox key={question.id} value={question.id} label={localized(question.label, i18n.language)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('applications.clarify.message')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        error={errors.message}
      />
      <DateField
        withTime
        label={t('applications.clarify.dueAt')}
        description={t('calls.rigaTimeNote')}
        required
        value={dueLocal}
        onChange={setDueLocal}
        error={errors.dueAt}
      />
      <Text size="sm">{t('applications.clarify.explain')}</Text>
      <Button onClick={send} loading={request.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('applications.clarify.send')}
      </Button>
    </Stack>
  );
}
