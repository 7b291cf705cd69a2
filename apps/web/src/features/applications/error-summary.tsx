import { Anchor, List } from '@mantine/core';
import { allQuestions, type TFormDefinition } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { localized } from '../../i18n/languages';

/**
 * The list of problems at the top of the form, each linking to its field (WCAG 3.3.1).
 * `errors` are the renderer's: question id → message key; `message` translates one.
 */
export function ErrorSummary({
  form,
  errors,
  message,
}: {
  form: TFormDefinition;
  errors: Record<string, string>;
  message: (key: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const questions = allQuestions(form).filter((question) => errors[question.id]);
  if (questions.length === 0) return null;
  const focus = (id: string) => (event: React.MouseEvent) => {
    const target = document.getElementById(`q-${id}`) ?? document.querySelector(`[data-question-id="${id}"]`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    const focusable = target.matches('input, textarea, select, button, [tabindex]')
      ? (target as HTMLElement)
      : target.querySelector<HTMLElement>('input, textarea, select, button');
    focusable?.focus();
  };
  return (
    <Notice color="red" title={t('applications.errors.summaryTitle', { count: questions.length })}>
      <List size="sm">
        {questions.map((question) => (
          <List.Item key={question.id}>
            <Anchor href={`#q-${question.id}`} onClick={focus(question.id)} c="red.9" fw={600} style={{ scrollMarginTop: 140 }}>
              {localized(question.label, i18n.language)}
            </Anchor>
            {': '}
            {message(errors[question.id])}
          </List.Item>
        ))}
      </List>
    </Notice>
  );
}
