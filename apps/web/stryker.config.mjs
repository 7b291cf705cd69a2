import { strykerConfig } from '../../scripts/stryker-base.mjs';

/**
 * The web app's pure logic: no components, hooks or API calls (those have component and e2e
 * tests), tested by its unit tests only (vitest.logic.config.ts).
 */
export const groups = {
  drafts: [
    'src/features/applications/draft-state.ts',
    'src/features/applications/autosave-controller.ts',
    'src/features/applications/upload.ts',
    'src/features/reviews/review-draft-saver.ts',
  ],
  forms: [
    'src/features/form-renderer/form-renderer-logic.ts',
    'src/features/call-forms/builder-model.ts',
    'src/features/calls/call-form.schema.ts',
    'src/features/applications/application-problems.ts',
    'src/features/organisations/organisation-problems.ts',
    'src/features/organisations/registration-number.ts',
  ],
  lib: [
    'src/lib/form-errors.ts',
    'src/lib/format-bytes.ts',
    'src/lib/safe-redirect.ts',
    'src/lib/time-until.ts',
    'src/lib/validation-message.ts',
    'src/lib/zod-issue-message.ts',
    'src/features/dashboard/needs-action.ts',
    'src/features/eligibility/eligibility-reason.ts',
    'src/features/events/event-format.ts',
    'src/features/notifications/notification-display.ts',
    'src/features/admin/audit-diff.ts',
  ],
  // A table (module-level): its static mutants rerun every spec of the group, so it has its own.
  nav: ['src/features/workspace/workspace-nav-items.ts'],
};

export default strykerConfig(groups, { vitestConfigFile: 'vitest.logic.config.ts' });
