import { Group, Select } from '@mantine/core';
import { COMPARE_RELATIONS, type TCompareRule, type TQuestionType } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/languages';
import type { ConditionCandidate } from './builder-model';

interface CompareEditorProps {
  compare: TCompareRule | undefined;
  type: TQuestionType;
  candidates: ConditionCandidate[];
  onChange: (compare: TCompareRule | undefined) => void;
  error?: string;
}

const NONE = '';

/** A cross-field rule: "the answer must be after <Start date>", checked on both sides. */
export function CompareEditor({ compare, type, candidates, onChange, error }: CompareEditorProps) {
  const { t, i18n } = useTranslation();
  const kind = type === 'date' ? 'date' : 'number';
  const questions = [
    { value: NONE, label: t('callForms.compare.none') },
    ...candidates.map((candidate) => ({
      value: candidate.id,
      label: localized(candidate.question.label, i18n.language) || t('callForms.compare.untitled'),
    })),
  ];
  // A rule on a question that no longer fits stays visible, so it can be fixed.
  if (compare && !candidates.some((candidate) => candidate.id === compare.questionId)) {
    questions.push({ value: compare.questionId, label: compare.questionId });
  }
  return (
    <Group gap="sm" align="flex-start">
      <Select
        label={t('callForms.compare.relation')}
        data={COMPARE_RELATIONS.map((relation) => ({ value: relation, label: t(`callForms.compare.${kind}.${relation}`) }))}
        value={compare?.relation ?? 'after'}
        allowDeselect={false}
        disabled={!compare}
        w={220}
        onChange={(relation) => compare && relation && onChange({ ...compare, relation: relation as TCompareRule['relation'] })}
      />
      <Select
        label={t('callForms.compare.question')}
        description={candidates.length === 0 ? t('callForms.compare.noCandidates') : t('callForms.compare.hint')}
        data={questions}
        value={compare?.questionId ?? NONE}
        allowDeselect={false}
        error={error}
        miw={260}
        onChange={(questionId) =>
          onChange(questionId ? { relation: compare?.relation ?? 'after', questionId } : undefined)
        }
      />
    </Group>
  );
}
