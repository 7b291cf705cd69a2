// Mutation score of Stryker JSON reports (mutation-testing-report-schema), as Stryker counts it:
// killed and timed-out mutants are detected; survivors and mutants no test covers are not;
// ignored mutants and those that do not compile or crash the runner are left out.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Detected and undetected mutants of one report. */
export function tallyReport(report) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  return { detected, undetected };
}

export function addTallies(...tallies) {
  return tallies.reduce((sum, tally) => ({ detected: sum.detected + tally.detected, undetected: sum.undetected + tally.undetected }), {
    detected: 0,
    undetected: 0,
  });
}

/** In percent; 100 when there is nothing to detect. */
export function mutationScore({ detected, undetected }) {
  return detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
}
