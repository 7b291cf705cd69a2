import { List } from '@mantine/core';
import type { TFieldError } from '@kopa/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageKey } from '../lib/problem-message';
import { Notice } from './notice';
import type { FormProblem } from './use-form-problem';
import { useValidationText } from './use-validation-text';

interface ProblemAlertProps {
  error: unknown;
  /** A more specific title than the generic one for the problem type. */
  title?: string;
  /** Field errors that no form field could show. */
  fieldErrors?: TFieldError[];
  children?: ReactNode;
}

/** A failed request explained in the user's language, announced to screen readers. */
export function ProblemAlert({ error, title, fieldErrors = [], children }: ProblemAlertProps) {
  const { t } = useTranslation();
  const validationText = useValidationText();
  return (
    <Notice color="red" title={title ?? t(problemMessageKey(error))} role="alert">
      {fieldErrors.length > 0 && (
        <List size="sm">
          {fieldErrors.map((fieldError) => (
            <List.Item key={`${fieldError.path}-${fieldError.code}`}>
              {validationText({ type: fieldError.code, message: fieldError.message })}
            </List.Item>
          ))}
        </List>
      )}
      {children}
    </Notice>
  );
}

/** The alert of a form's failed submit (see `useFormProblem`); nothing when all is well. */
export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  return problem ? <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} /> : null;
}
