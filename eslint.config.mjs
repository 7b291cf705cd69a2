// One lint configuration for the whole workspace (flat config).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/.data/**', '**/playwright-report/**', '**/test-results/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Test helpers return loosely typed JSON bodies on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // ---- module boundaries ----
  {
    // Shared infrastructure never depends on a feature.
    files: ['apps/api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/', message: 'common/ never imports modules/: move the code into the feature, or the shared part into common/.' }] }],
    },
  },
  {
    // A feature uses another feature only through its module, its services, its index (e.g.
    // ../application-access) or the shared helpers allowed here; never its repositories,
    // mappers or rules. Tests may use other features' test helpers.
    files: ['apps/api/src/modules/*/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./(?!reference/reference\.repository$|auth/(?:secret-token|auth-cookie)$|attachments/(?:file-name|storage/storage\.driver)$)[^./][^/]*/(?:[^/]+/)*(?![^/]*\.(?:module|service)$)(?!index$)[^/]+$`,
              message: "Another feature's internals: import its module, a service or its index (see eslint.config.mjs for what else is allowed).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/*/*/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./\.\./(?!reference/reference\.repository$|auth/(?:secret-token|auth-cookie)$|attachments/(?:file-name|storage/storage\.driver)$)[^./][^/]*/(?:[^/]+/)*(?![^/]*\.(?:module|service)$)(?!index$)[^/]+$`,
              message: "Another feature's internals: import its module, a service or its index (see eslint.config.mjs for what else is allowed).",
            },
          ],
        },
      ],
    },
  },
  {
    // Web features share through their API hooks (*.api), their index, reference data and
    // language helpers, and the few components named here; not through each other's internals.
    files: ['apps/web/src/features/*/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./(?!reference-data/|language/|form-renderer$|applications/(?:apply-panel|application-status-badge|application-document|autosave-controller|use-autosave|save-status|leave-guard-modal)$|call-forms/call-form-builder$|calls/public-call-list$|account/(?:account-section|reauth-dialog)$|notifications/notification-preferences-section$|workspace/(?:activity-label|workspace-nav-items)$|decisions/applicant-decision-panel$|eligibility/applicant-eligibility-notice$)[^./][^/]*/(?![^/]*\.api$)(?!index$)[^/]+$`,
              message: "Another feature's internals: use its *.api hooks or index, or add the shared component to the allowed list in eslint.config.mjs.",
            },
            {
              // The former untyped request helpers (removed): requests go through the typed client.
              regex: String.raw`/lib/api$`,
              message: 'Call the API through `client` and `unwrap` from lib/api-client (docs/api-client.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures without dependencies are written `async ({}, use) => …` by design.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.cjs', '**/jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
