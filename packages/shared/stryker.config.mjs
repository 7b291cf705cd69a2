import { strykerConfig } from '../../scripts/stryker-base.mjs';

/** Logic of the shared package; pure schema declarations are left out (see README "Mutation testing"). */
export const groups = {
  tables: ['src/permissions.ts', 'src/application-workflow.ts', 'src/call-status.ts', 'src/projects.ts:1-114'],
  forms: ['src/forms.ts:136-227', 'src/answers.ts', 'src/call-forms.ts:27-86', 'src/applications.ts:26-39', 'src/calls.ts:50-77'],
  money: ['src/budget.ts:18-122', 'src/money-format.ts', 'src/time.ts', 'src/time-format.ts'],
  rules: [
    'src/scores.ts:48-94',
    'src/review-assignment.ts:41-158',
    'src/decision-letters.ts:9-31',
    'src/organisations.ts:1-20',
    'src/quotes.ts',
    'src/audit.ts:127-131',
  ],
};

export default strykerConfig(groups);
