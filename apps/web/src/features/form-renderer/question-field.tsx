import { Checkbox, Fieldset, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { TAnswerValue, TBudgetLimits, TBudgetLine, TQuestion } from '@kopa/shared';
import type { ReactNode } from 'react';
import { DateField } from '../../components/date-field';
import { BudgetTableInput } from './budget-table-input';
import { counterState, localizedText } from './form-renderer-logic';
import { MoneyAnswerInput } from './money-answer-input';
import { NumberAnswerInput } from './number-answer-input';
import type { RendererText } from './use-renderer-text';

export interface QuestionFieldProps {
  question: TQuestion;
  value: TAnswerValue | undefined;
  onChange: (value: TAnswerValue) => void;
  /** Translated error of this question. */
  error?: string;
  /** Errors of nested paths (`<questionId>.<line>.<field>`), as message keys. */
  nestedErrors: Record<string, string>;
  editable: boolean;
  text: RendererText;
  budgetLimits?: TBudgetLimits;
  attachmentMaxBytes: number;
  renderFileQuestion?: (question: TQuestion, value: string[], onChange: (value: string[]) => void) => ReactNode;
}

/** One question with the Mantine input of its type. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, value, onChange, error, editable, text } = props;
  const { t, language } = text;
  const label = localizedText(question.label, language);
  const help = localizedText(question.help, language) || undefined;
  const inputId = `q-${question.id}`;
  const common = { id: inputId, label, required: question.required, error, readOnly: !editable };

  switch (question.type) {
    case 'short_text':
    case 'long_text': {
      const counter = counterState(question, value);
      const description = (
        <>
          {help && <span style={{ display: 'block', whiteSpace: 'pre-line' }}>{help}</span>}
          {counter && (
            <span
              id={`${inputId}-counter`}
              aria-live="polite"
              style={{ display: 'block', fontWeight: counter.over ? 700 : undefined }}
              data-over={counter.over || undefined}
            >
              {counter.over
                ? t('formRenderer.counter.over', { used: counter.used, max: counter.max, excess: -counter.remaining })
                : t('formRenderer.counter.used', { used: counter.used, max: counter.max })}
            </span>
          )}
        </>
      );
      const shared = {
        ...common,
        description,
        value: typeof value === 'string' ? value : '',
        onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
      };
      return question.type === 'short_text' ? (
        <TextInput {...shared} />
      ) : (
        <Textarea {...shared} autosize minRows={4} maxRows={20} />
      );
    }
    case 'number':
      return (
        <NumberAnswerInput
          {...common}
          description={help}
          value={typeof value === 'number' ? value : null}
          integer={question.integer === true}
          invalidText={t(question.integer ? 'formRenderer.number.notInteger' : 'formRenderer.number.invalid')}
          language={language}
          onChange={onChange}
        />
      );
    case 'money':
      return (
        <MoneyField {...props} label={label} help={help} />
      );
    case 'date':
      return (
        <DateField
          {...common}
          description={help}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : next)}
        />
      );
    case 'single_choice':
      return (
        <Radio.Group
          label={label}
          description={help}
          required={question.required}
          error={error}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => editable && onChange(next)}
        >
          <Stack gap="xs" mt="xs">
            {(question.options ?? []).map((option) => (
              <Radio key={option.value} value={option.value} label={localizedText(option.label, language)} disabled={!editable} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group
          label={label}
          description={help}
          required={question.required}
          error={error}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next) => editable && onChange(next)}
        >
          <Stack gap="xs" mt="xs">
            {(question.options ?? []).map((option) => (
              <Checkbox key={option.value} value={option.value} label={localizedText(option.label, language)} disabled={!editable} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'yes_no':
      return (
        <Radio.Group
          label={label}
          description={help}
          required={question.required}
          error={error}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(next) => editable && onChange(next === 'yes')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t('common.yes')} disabled={!editable} />
            <Radio value="no" label={t('common.no')} disabled={!editable} />
          </Group>
        </Radio.Group>
      );
    case 'file':
      return <FileField {...props} label={label} help={help} />;
    case 'budget_table':
      return (
        <BudgetTableInput
          id={inputId}
          label={label}
          help={help}
          required={question.required}
          lines={Array.isArray(value) ? (value as TBudgetLine[]) : []}
          onChange={onChange}
          readOnly={!editable}
          error={error}
          nestedErrors={props.nestedErrors}
          questionId={question.id}
          limits={props.budgetLimits}
          text={text}
        />
      );
  }
}

function MoneyField({ question, value, onChange, error, editable, text, label, help }: QuestionFieldProps & { label: string; help?: string }) {
  return (
    <MoneyAnswerInput
      label={label}
      description={help}
      required={question.required}
      value={typeof value === 'number' ? value : null}
      onChange={onChange}
      readOnly={!editable}
      error={error}
      invalidText={text.t('formRenderer.money.invalid')}
      language={text.language}
    />
  );
}

function FileField({ question, value, onChange, editable, error, text, label, help, attachmentMaxBytes, renderFileQuestion }: QuestionFieldProps & { label: string; help?: string }) {
  const { t } = text;
  const files = Array.isArray(value) ? (value as string[]) : [];
  return (
    <Fieldset legend={<>{label}{question.required && <Text span c="red" aria-hidden> *</Text>}</>}>
      <Stack gap="xs">
        {help && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>{help}</Text>}
        <Text size="sm" c="dimmed">
          {t('formRenderer.file.limits', {
            count: question.maxFiles ?? 5,
            megabytes: Math.round((attachmentMaxBytes / (1024 * 1024)) * 10) / 10,
          })}
        </Text>
        {renderFileQuestion ? (
          renderFileQuestion(question, files, (next) => editable && onChange(next))
        ) : (
          <Text size="sm" fs="italic">
            {t('formRenderer.file.previewOnly')}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
