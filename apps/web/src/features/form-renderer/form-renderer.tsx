import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  DEFAULT_ATTACHMENT_MAX_BYTES,
  type TAnswers,
  type TAnswerValue,
  type TBudgetLimits,
  type TFormDefinition,
  type TQuestion,
} from '@kopa/shared';
import type { ReactNode } from 'react';
import { ConflictPanel } from './conflict-panel';
import { isEditable, localizedText, visibleSections, type FormErrors } from './form-renderer-logic';
import { QuestionField } from './question-field';
import { useRendererText } from './use-renderer-text';

export interface AnswerConflict {
  yours: TAnswerValue | undefined;
  theirs: TAnswerValue | undefined;
}

export interface FormRendererProps {
  definition: TFormDefinition;
  answers: TAnswers;
  onAnswerChange: (questionId: string, value: TAnswerValue) => void;
  /** Message keys by question id (`answer.*`, `budget.*`, `validation` keys, zod codes). */
  errors?: FormErrors;
  /** undefined: every question is editable (unless readOnly). */
  editableQuestionIds?: ReadonlySet<string>;
  readOnly?: boolean;
  budgetLimits?: TBudgetLimits;
  renderFileQuestion?: (question: TQuestion, value: string[], onChange: (value: string[]) => void) => ReactNode;
  conflicts?: Record<string, AnswerConflict>;
  onResolveConflict?: (questionId: string, value: TAnswerValue) => void;
  /** Show the form in this language instead of the interface's (the builder's preview). */
  language?: 'lv' | 'en';
  /** Heading level of section titles (2 on a page whose h1 is the application). */
  sectionHeadingOrder?: 2 | 3 | 4;
}

export function FormRenderer({
  definition,
  answers,
  onAnswerChange,
  errors = {},
  editableQuestionIds,
  readOnly,
  budgetLimits,
  renderFileQuestion,
  conflicts,
  onResolveConflict,
  language,
  sectionHeadingOrder = 2,
}: FormRendererProps) {
  const text = useRendererText(language);
  const sections = visibleSections(definition, answers);
  const attachmentMaxBytes = definition.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;

  return (
    <Stack gap="xl" lang={language}>
      {sections.map((section) => {
        const description = localizedText(section.description, text.language);
        return (
          <Stack key={section.id} gap="md" component="section" aria-labelledby={`section-${section.id}`}>
            <Title order={sectionHeadingOrder} id={`section-${section.id}`}>
              {localizedText(section.title, text.language)}
            </Title>
            {description && <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>}
            {section.questions.map((question) => {
              const conflict = conflicts?.[question.id];
              const nestedErrors = Object.fromEntries(
                Object.entries(errors).filter(([path]) => path.startsWith(`${question.id}.`)),
              );
              const editable = isEditable(question.id, readOnly, editableQuestionIds);
              // While a clarification reopens some questions, the others are frozen: shown as
              // such, not merely greyed, and described to assistive technology.
              const frozen = !editable && !readOnly && editableQuestionIds !== undefined;
              const field = (
                <QuestionField
                  question={question}
                  value={answers[question.id]}
                  onChange={(value) => onAnswerChange(question.id, value)}
                  error={errors[question.id] ? text.message(errors[question.id]) : undefined}
                  nestedErrors={nestedErrors}
                  editable={editable}
                  text={text}
                  budgetLimits={budgetLimits}
                  attachmentMaxBytes={attachmentMaxBytes}
                  renderFileQuestion={renderFileQuestion}
                />
              );
              return (
                <Stack key={question.id} gap="xs" data-question-id={question.id}>
                  {conflict && (
                    <ConflictPanel
                      question={question}
                      yours={conflict.yours}
                      theirs={conflict.theirs}
                      text={text}
                      onResolve={onResolveConflict ? (value) => onResolveConflict(question.id, value) : undefined}
                    />
                  )}
                  {frozen ? (
                    <Paper
                      role="group"
                      aria-labelledby={`frozen-${question.id}-badge`}
                      aria-describedby={`frozen-${question.id}-note`}
                      data-frozen
                      withBorder
                      p="sm"
                      bg="gray.0"
                      style={{ borderStyle: 'dashed', borderWidth: 2 }}
                    >
                      <Group gap="xs" mb="xs" wrap="wrap">
                        <Badge id={`frozen-${question.id}-badge`} color="dark" variant="outline" leftSection={<span aria-hidden>🔒</span>}>
                          {text.t('formRenderer.frozen.badge')}
                        </Badge>
                        <Text id={`frozen-${question.id}-note`} size="sm">
                          {text.t('formRenderer.frozen.note')}
                        </Text>
                      </Group>
                      {field}
                    </Paper>
                  ) : (
                    field
                  )}
                </Stack>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
