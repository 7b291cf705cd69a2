import { ActionIcon, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { QUESTION_TYPES, type TQuestionType } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { BilingualFields } from './bilingual-fields';
import { compareCandidates, conditionCandidates, type EditorForm, type EditorQuestion, type EditorSection } from './builder-model';
import { QuestionEditor } from './question-editor';

interface SectionEditorProps {
  form: EditorForm;
  section: EditorSection;
  index: number;
  errorOf: (path: string) => string | undefined;
  onChange: (section: EditorSection) => void;
  onQuestionChange: (questionIndex: number, question: EditorQuestion) => void;
  onQuestionLabel: (questionIndex: number, label: { lv: string; en: string }) => void;
  onQuestionMove: (questionIndex: number, delta: -1 | 1) => void;
  onQuestionRemove: (questionIndex: number) => void;
  onAddQuestion: (type: TQuestionType) => void;
  /** The question types this form may use (a report form: no files or budget tables). */
  questionTypes?: readonly TQuestionType[];
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  isFirst: boolean;
  isLast: boolean;
}

export function SectionEditor(props: SectionEditorProps) {
  const { form, section, index, errorOf, onChange, isFirst, isLast } = props;
  const { t, i18n } = useTranslation();
  const number = index + 1;
  const name = section.title[i18n.language === 'en' ? 'en' : 'lv'] || section.title.lv || t('callForms.section.untitled', { number });
  const path = `sections.${index}`;

  return (
    <Card withBorder component="section" aria-labelledby={`builder-section-${section.key}`} padding="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          {/* h2 under the page's h1 (an h3 here skipped a level); it looks like the h3 it was. */}
          <Title order={2} size="h3" id={`builder-section-${section.key}`}>
            {t('callForms.section.heading', { number, name })}
          </Title>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="default" disabled={isFirst} aria-label={t('callForms.section.moveUp', { name })} onClick={() => props.onMove(-1)}>
              ↑
            </ActionIcon>
            <ActionIcon variant="default" disabled={isLast} aria-label={t('callForms.section.moveDown', { name })} onClick={() => props.onMove(1)}>
              ↓
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('callForms.section.remove', { name })} onClick={props.onRemove}>
              ✕
            </ActionIcon>
          </Group>
        </Group>
        <BilingualFields
          label={t('callForms.section.title')}
          required
          value={section.title}
          onChange={(title) => onChange({ ...section, title })}
          errorOf={(language) => errorOf(`${path}.title.${language}`) ?? (language === 'en' ? errorOf(`${path}.id`) : undefined)}
        />
        <BilingualFields
          label={t('callForms.section.description')}
          multiline
          value={section.description}
          onChange={(description) => onChange({ ...section, description })}
          errorOf={(language) => errorOf(`${path}.description.${language}`)}
        />
        {section.questions.length === 0 && <Text size="sm">{t('callForms.section.empty')}</Text>}
        {section.questions.map((question, questionIndex) => (
          <QuestionEditor
            key={question.key}
            question={question}
            number={questionIndex + 1}
            path={`${path}.questions.${questionIndex}`}
            errorOf={errorOf}
            candidates={conditionCandidates(form, index, questionIndex)}
            compareWith={compareCandidates(form, question)}
            onChange={(next) => props.onQuestionChange(questionIndex, next)}
            onLabelChange={(label) => props.onQuestionLabel(questionIndex, label)}
            onMove={(delta) => props.onQuestionMove(questionIndex, delta)}
            onRemove={() => props.onQuestionRemove(questionIndex)}
            isFirst={questionIndex === 0}
            isLast={questionIndex === section.questions.length - 1}
            questionTypes={props.questionTypes}
          />
        ))}
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="light" w="fit-content">
              {t('callForms.question.add', { name })}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {(props.questionTypes ?? QUESTION_TYPES).map((type) => (
              <Menu.Item key={type} onClick={() => props.onAddQuestion(type)}>
                {t(`callForms.types.${type}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Stack>
    </Card>
  );
}
