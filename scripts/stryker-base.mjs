/**
 * Shared Stryker settings for `pnpm test:mutation` (scripts/test-mutation.mjs). Each package
 * splits its mutated files into groups that run as separate Stryker runs: a static mutant
 * (module-level code such as the permission map or a workflow table) reruns every test of
 * its run, and vitest's `related` filter keeps that to the specs of the group's files
 * instead of the whole package. The machine is shared: one test process, incremental runs.
 */
export function strykerConfig(groups, { vitestConfigFile } = {}) {
  const group = process.env.KOPA_MUTATION_GROUP;
  if (group && !groups[group]) throw new Error(`Unknown mutation group ${group}; known: ${Object.keys(groups).join(', ')}`);
  const name = group ?? 'all';
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { related: true, ...(vitestConfigFile ? { configFile: vitestConfigFile } : {}) },
    mutate: group ? groups[group] : Object.values(groups).flat(),
    coverageAnalysis: 'perTest',
    concurrency: Number(process.env.KOPA_MUTATION_CONCURRENCY ?? 1),
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    clearTextReporter: { reportScoreTable: true, reportMutants: true, allowEmojis: false },
    // The script adds the groups up and enforces the 85 % floor on the whole package.
    thresholds: { high: 90, low: 85, break: null },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    timeoutMS: 10000,
  };
}
