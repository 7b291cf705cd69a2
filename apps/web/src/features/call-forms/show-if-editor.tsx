import { Checkbox, Group, Select, Stack } from '@mantine/core';
import type { TQuestion } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/languages';
import type { ConditionCandidate } from './builder-model';

interface ShowIfEditorProps {
  showIf: TQuestion['showIf'];
  candidates: ConditionCandidate[];
  onChange: (showIf: TQuestion['showIf']) => void;
  errorOf: (path: string) => string | undefined;
  path: string;
  readOnly?: boolean;
}

const NONE = '';

/** "Show only when…": an earlier choice or yes/no question and the answers that show this one. */
export function ShowIfEditor({ showIf, candidates, onChange, errorOf, path, readOnly }: ShowIfEditorProps) {
  const { t, i18n } = useTranslation();
  const target = candidates.find((candidate) => candidate.id === showIf?.questionId)?.question;
  const choices: { value: string; label: string; raw: string | boolean }[] = !target
    ? []
    : target.type === 'yes_no'
      ? [
          { value: 'true', label: t('common.yes'), raw: true },
          { value: 'false', label: t('common.no'), raw: false },
        ]
      : (target.options ?? []).map((option) => ({
          value: option.value,
          label: localized(option.label, i18n.language) || option.value,
          raw: option.value,
        }));

  const data = [
    { value: NONE, label: t('callForms.showIf.always') },
    ...candidates.map((candidate) => ({
      value: candidate.id,
      label: `${localized(candidate.question.label, i18n.language) || candidate.id} (${candidate.id})`,
    })),
  ];
  // A condition on a question that is no longer earlier stays visible, so it can be fixed.
  if (showIf && !candidates.some((candidate) => candidate.id === showIf.questionId)) {
    data.push({ value: showIf.questionId, label: showIf.questionId });
  }

  return (
    <Stack gap="xs">
      <Select
        label={t('callForms.showIf.label')}
        description={candidates.length === 0 ? t('callForms.showIf.noCandidates') : t('callForms.showIf.hint')}
        data={data}
        value={showIf?.questionId ?? NONE}
        allowDeselect={false}
        readOnly={readOnly}
        error={errorOf(`${path}.questionId`)}
        onChange={(next) => onChange(next ? { questionId: next, values: [] } : undefined)}
      />
      {showIf && target && (
        <Checkbox.Group
          label={t('callForms.showIf.values')}
          value={showIf.values.map(String)}
          error={errorOf(`${path}.values`)}
          onChange={(values) =>
            onChange({
              questionId: showIf.questionId,
              values: choices.filter((choice) => values.includes(choice.value)).map((choice) => choice.raw),
            })
          }
        >
          <Group gap="md" mt="xs">
            {choices.map((choice) => (
              <Checkbox key={choice.value} value={choice.value} label={choice.label} disabled={readOnly} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
