/**
 * Form renderer: shows a call's application form (a shared `TFormDefinition`) with
 * Mantine inputs, for the application editor, read-only views and the builder's preview.
 *
 * <FormRenderer
 *   definition          the form (sections → questions)
 *   answers             TAnswers by question id (money in cents, dates 'YYYY-MM-DD', yes/no boolean)
 *   onAnswerChange      (questionId, value) => void — called as the person types
 *   errors?             Record<questionId | 'questionId.line.field', messageKey>; keys may be
 *                       shared ones (`answer.*`, `budget.*`), app validation keys, or zod codes;
 *                       build them from a failed parse with `formErrorsFromZod(zodError)`
 *   editableQuestionIds? Set of ids that can be edited (clarification); undefined = all
 *   readOnly?           everything read-only (a submitted application)
 *   budgetLimits?       { minAwardCents, maxAwardCents, ownContributionPercent } of the call,
 *                       checked live under the budget table
 *   renderFileQuestion? (question, fileIds, onChange) => ReactNode — the upload widget;
 *                       without it a file question shows its limits only (preview)
 *   conflicts?          Record<questionId, { yours, theirs }> — shows both values on that question
 *   onResolveConflict?  (questionId, chosenValue) => void — "keep mine" / "keep saved"
 *   language?           'lv' | 'en' to show the form in a fixed language (builder preview)
 *   sectionHeadingOrder? heading level of section titles (default h2)
 * />
 *
 * Hidden questions (show-if not met) are not rendered; text questions with a limit always
 * show a character counter (grapheme clusters, as `countCharacters` counts on the server).
 */
export { FormRenderer, type FormRendererProps, type AnswerConflict } from './form-renderer';
export { BudgetTableInput } from './budget-table-input';
export { MoneyAnswerInput } from './money-answer-input';
export {
  formErrorsFromZod,
  visibleSections,
  counterState,
  budgetSummary,
  describeAnswer,
  formatQuantity,
  type FormErrors,
} from './form-renderer-logic';
export { useRendererText } from './use-renderer-text';
