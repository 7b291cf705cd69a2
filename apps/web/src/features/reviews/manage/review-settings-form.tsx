import { Button, Checkbox, Fieldset, MultiSelect, NumberInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { instantToRigaLocal, PROBLEM_TYPES, rigaLocalToInstant, type TReviewSettingsResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { notifySuccess } from '../../../components/notify';
import { ProblemAlert } from '../../../components/problem-alert';
import { localized } from '../../../i18n/languages';
import { isApiProblem } from '../../../lib/api-problem';
import { useUpdateReviewSettings } from '../reviews.api';
import { DateField } from '../../../components/date-field';

/** Reviewers per application, due date, disagreement gap, blind review and which questions it hides. */
export function ReviewSettingsForm({ settings, onReload }: { settings: TReviewSettingsResponse; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateReviewSettings(settings.callId);
  const [perApplication, setPerApplication] = useState<number>(settings.reviewersPerApplication);
  const [dueAt, setDueAt] = useState(settings.reviewDueAt ? instantToRigaLocal(settings.reviewDueAt) : '');
  const [gap, setGap] = useState<number>(settings.disagreementGap);
  const [blind, setBlind] = useState(settings.blindReview);
  const [identifying, setIdentifying] = useState(settings.identifyingQuestionIds);
  const [hidden, setHidden] = useState(settings.reviewerHiddenQuestionIds);
  const options = settings.questions.map((question) => ({ value: question.id, label: localized(question.label, i18n.language) }));
  const fileOptions = settings.questions.filter((q) => q.type === 'file').map((question) => ({ value: question.id, label: localized(question.label, i18n.language) }));
  const stale = isApiProblem(update.error) && update.error.is(PROBLEM_TYPES.staleVersion);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            version: settings.version,
            reviewersPerApplication: perApplication,
            reviewDueAt: dueAt ? rigaLocalToInstant(dueAt) : null,
            disagreementGap: gap,
            blindReview: blind,
            identifyingQuestionIds: identifying,
            reviewerHiddenQuestionIds: hidden,
          },
          { onSuccess: () => notifySuccess(t('review.manage.settings.saved')) },
        );
      }}
    >
      <Stack gap="md">
        <Title order={2}>{t('review.manage.settings.heading')}</Title>
        {stale ? (
          <Notice color="orange" title={t('review.manage.settings.stale')}>
            <Button mt="xs" variant="default" onClick={onReload}>
              {t('review.manage.settings.reload')}
            </Button>
          </Notice>
        ) : (
          update.error && <ProblemAlert error={update.error} fieldErrors={isApiProblem(update.error) ? update.error.errors : []} />
        )}
        <Fieldset legend={t('review.manage.settings.heading')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput label={t('review.manage.settings.reviewersPerApplication')} min={1} max={10} allowDecimal={false} required value={perApplication} onChange={(value) => setPerApplication(Number(value) || 1)} />
            <DateField withTime label={t('review.manage.settings.reviewDueAt')} value={dueAt} onChange={setDueAt} />
            <NumberInput label={t('review.manage.settings.disagreementGap')} min={0} max={100} allowDecimal={false} required value={gap} onChange={(value) => setGap(Number(value) || 0)} />
          </SimpleGrid>
          <Stack gap="sm" mt="md">
            <Checkbox label={t('review.manage.settings.blindReview')} checked={blind} onChange={(event) => setBlind(event.currentTarget.checked)} />
            <MultiSelect label={t('review.manage.settings.identifying')} data={options} value={identifying} onChange={setIdentifying} searchable clearable />
            <MultiSelect label={t('review.manage.settings.hidden')} data={fileOptions} value={hidden} onChange={setHidden} clearable />
          </Stack>
        </Fieldset>
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('review.manage.settings.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
