import { ActionIcon, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { DEFAULT_ATTACHMENT_TYPES, QUESTION_TYPES, type TQuestionType } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { MoneyAnswerInput } from '../form-renderer';
import { BilingualFields } from './bilingual-fields';
import {
  CHOICE_TYPES,
  COMPARE_TYPES,
  RANGE_TYPES,
  TEXT_TYPES,
  withType,
  type ConditionCandidate,
  type EditorQuestion,
} from './builder-model';
import { OptionsEditor } from './options-editor';
import { CompareEditor } from './compare-editor';
import { ShowIfEditor } from './show-if-editor';

interface QuestionEditorProps {
  question: EditorQuestion;
  /** 1-based position in the section, for accessible names. */
  number: number;
  /** Path of this question, e.g. `sections.0.questions.2`. */
  path: string;
  errorOf: (path: string) => string | undefined;
  candidates: ConditionCandidate[];
  /** Other questions of this type, for a cross-field rule ("end date after start date"). */
  compareWith: ConditionCandidate[];
  onChange: (question: EditorQuestion) => void;
  onLabelChange: (label: { lv: string; en: string }) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  isFirst: boolean;
  isLast: boolean;
  /** The question types this form may use (default: all). */
  questionTypes?: readonly TQuestionType[];
}

const FILE_TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (ODT)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument (ODS)',
};

/** Every property of one question. */
export function QuestionEditor(props: QuestionEditorProps) {
  const { question, number, path, errorOf, candidates, compareWith, onChange, onLabelChange, onMove, onRemove, isFirst, isLast, questionTypes } = props;
  const { t, i18n } = useTranslation();
  const name = question.label[i18n.language === 'en' ? 'en' : 'lv'] || question.label.lv || t('callForms.question.untitled', { number });
  const set = (patch: Partial<EditorQuestion>) => onChange({ ...question, ...patch });
  const optionalInt = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

  return (
    <Fieldset legend={t('callForms.question.legend', { number, name })} variant="filled">
      <Stack gap="sm">
        <Group justify="flex-end" gap={4}>
          <ActionIcon variant="default" disabled={isFirst} aria-label={t('callForms.question.moveUp', { name })} onClick={() => onMove(-1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="default" disabled={isLast} aria-label={t('callForms.question.moveDown', { name })} onClick={() => onMove(1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('callForms.question.remove', { name })} onClick={onRemove}>
            ✕
          </ActionIcon>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('callForms.question.type')}
            data={(questionTypes ?? QUESTION_TYPES).map((type) => ({ value: type, label: t(`callForms.types.${type}`) }))}
            value={question.type}
            allowDeselect={false}
            onChange={(type) => type && onChange(withType(question, type as TQuestionType))}
          />
          <Checkbox
            mt={{ base: 0, sm: 30 }}
            label={t('callForms.question.required')}
            checked={question.required}
            onChange={(event) => set({ required: event.currentTarget.checked })}
          />
        </SimpleGrid>
        <BilingualFields
          label={t('callForms.question.label')}
          required
          value={question.label}
          onChange={onLabelChange}
          // Ids are made from the label (never shown to coordinators): an id problem belongs to it.
          errorOf={(language) => errorOf(`${path}.label.${language}`) ?? (language === 'en' ? errorOf(`${path}.id`) : undefined)}
        />
        <BilingualFields
          label={t('callForms.question.help')}
          multiline
          value={question.help}
          onChange={(help) => set({ help })}
          errorOf={(language) => errorOf(`${path}.help.${language}`)}
        />
        {TEXT_TYPES.includes(question.type) && (
          <NumberInput
            label={t('callForms.question.maxLength')}
            description={t('callForms.question.maxLengthHint')}
            min={1}
            max={50_000}
            allowDecimal={false}
            allowNegative={false}
            w={240}
            value={question.maxLength ?? ''}
            error={errorOf(`${path}.maxLength`)}
            onChange={(value) => set({ maxLength: optionalInt(value) })}
          />
        )}
        {question.type === 'number' && (
          <Group gap="sm">
            <NumberInput label={t('callForms.question.min')} allowDecimal={false} w={180} value={question.min ?? ''} error={errorOf(`${path}.min`)} onChange={(value) => set({ min: optionalInt(value) })} />
            <NumberInput label={t('callForms.question.max')} allowDecimal={false} w={180} value={question.max ?? ''} error={errorOf(`${path}.max`)} onChange={(value) => set({ max: optionalInt(value) })} />
            <Checkbox
              mt={{ base: 0, sm: 30 }}
              label={t('callForms.question.integer')}
              checked={question.integer === true}
              onChange={(event) => set({ integer: event.currentTarget.checked || undefined })}
            />
          </Group>
        )}
        {question.type === 'money' && RANGE_TYPES.includes(question.type) && (
          <Group gap="sm" align="flex-start">
            <MoneyAnswerInput
              label={t('callForms.question.minMoney')}
              value={question.min ?? null}
              onChange={(min) => set({ min: min ?? undefined })}
              error={errorOf(`${path}.min`)}
              invalidText={t('formRenderer.money.invalid')}
              language={i18n.language}
            />
            <MoneyAnswerInput
              label={t('callForms.question.maxMoney')}
              value={question.max ?? null}
              onChange={(max) => set({ max: max ?? undefined })}
              error={errorOf(`${path}.max`)}
              invalidText={t('formRenderer.money.invalid')}
              language={i18n.language}
            />
          </Group>
        )}
        {CHOICE_TYPES.includes(question.type) && (
          <OptionsEditor options={question.options ?? []} onChange={(options) => set({ options })} errorOf={errorOf} path={`${path}.options`} />
        )}
        {question.type === 'file' && (
          <Group gap="sm" align="flex-start">
            <MultiSelect
              label={t('callForms.question.accept')}
              description={t('callForms.question.acceptHint')}
              data={DEFAULT_ATTACHMENT_TYPES.map((type) => ({ value: type, label: FILE_TYPE_LABELS[type] ?? type }))}
              value={question.accept ?? []}
              error={errorOf(`${path}.accept`)}
              miw={280}
              onChange={(accept) => set({ accept: accept.length > 0 ? accept : undefined })}
            />
            <NumberInput
              label={t('callForms.question.maxFiles')}
              min={1}
              max={20}
              allowDecimal={false}
              allowNegative={false}
              w={180}
              value={question.maxFiles ?? ''}
              error={errorOf(`${path}.maxFiles`)}
              onChange={(value) => set({ maxFiles: optionalInt(value) })}
            />
          </Group>
        )}
        {COMPARE_TYPES.includes(question.type) && (
          <CompareEditor
            compare={question.compare}
            type={question.type}
            candidates={compareWith}
            onChange={(compare) => set({ compare })}
            error={errorOf(`${path}.compare.questionId`) ?? errorOf(`${path}.compare.relation`)}
          />
        )}
        <ShowIfEditor
          showIf={question.showIf}
          candidates={candidates}
          onChange={(showIf) => set({ showIf })}
          errorOf={errorOf}
          path={`${path}.showIf`}
        />
      </Stack>
    </Fieldset>
  );
}
