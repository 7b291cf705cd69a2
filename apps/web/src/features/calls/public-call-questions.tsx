import { Button, Stack, Text, Title } from '@mantine/core';
import type { TPublicCallResponse } from '@kopa/shared';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { loadTexts } from '../../i18n/i18n';
import { usePublicCallForm } from '../call-forms/call-forms.api';

// The renderer (and its texts) is most of a form page's code: a visitor downloads it only on asking to see the questions.
const FormRenderer = lazy(async () => {
  const [module] = await Promise.all([import('../form-renderer'), loadTexts(['call-forms', 'dates'])]);
  return { default: module.FormRenderer };
});

const NO_ANSWERS = {};
const ignoreAnswer = () => undefined;

/**
 * "What will be asked": the call's questions, read-only, before anyone signs in, so an applicant
 * can prepare. The public endpoint sends the form definition only, never anybody's answers.
 */
export function PublicCallQuestions({ call }: { call: TPublicCallResponse }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const form = usePublicCallForm(call.id);

  if (form.isPending || form.data === null) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="call-questions-heading">
      <Title order={2} id="call-questions-heading">
        {t('calls.questions.heading')}
      </Title>
      {form.isError ? (
        <ProblemAlert error={form.error} />
      ) : (
        <>
          <Text>{t('calls.questions.intro')}</Text>
          <Button variant="default" w="fit-content" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((value) => !value)}>
            {open ? t('calls.questions.hide') : t('calls.questions.show')}
          </Button>
          <div id={regionId} hidden={!open}>
            {open && (
              <Suspense fallback={<PageLoader />}>
                <FormRenderer
                  definition={form.data.definition}
                  answers={NO_ANSWERS}
                  onAnswerChange={ignoreAnswer}
                  readOnly
                  budgetLimits={{ minAwardCents: call.minAwardCents, maxAwardCents: call.maxAwardCents, ownContributionPercent: call.ownContributionPercent }}
                  sectionHeadingOrder={3}
                />
              </Suspense>
            )}
          </div>
        </>
      )}
    </Stack>
  );
}
