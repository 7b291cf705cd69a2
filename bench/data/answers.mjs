// Answers to the demo form (apps/api/src/seed/demo-call-form.ts) that pass its submit rules.
import { computeBudget } from '@kopa/shared';

const TITLES = ['Kopienas dārzs', 'Senioru deju vakari', 'Jauniešu velo darbnīca', 'Bibliotēkas lasītava', 'Ezera krasta sakopšana', 'Folkloras kopa', 'Amatu prasmju skola', 'Sporta laukuma atjaunošana'];
const PLACES = ['skolas pagalmā', 'tautas namā', 'pagasta centrā', 'pie ezera', 'bibliotēkā', 'kultūras namā'];
const GROUPS = ['youth', 'seniors', 'parents', 'teachers', 'residents'];
const ACTIVITIES = ['event', 'workshop', 'improvement'];
const CATEGORIES = ['staff', 'travel', 'equipment', 'materials', 'services', 'venue', 'other'];

/**
 * Complete answers requesting an amount between the call's minimum and maximum, with an own
 * contribution above its percentage. Returns { answers, requestedCents }.
 */
export function completeAnswers(random, limits, attachmentIds = []) {
  const requested = random.int(limits.minAwardCents / 100, limits.maxAwardCents / 100) * 100;
  const ownShare = limits.ownContributionPercent + random.int(1, 10);
  const total = Math.ceil((requested * 100) / (100 - ownShare) / 100) * 100;
  const own = total - requested;
  const first = Math.max(own, Math.round((total * random.int(40, 70)) / 100));
  const budget = [
    { category: random.pick(CATEGORIES), description: 'Materiāli un aprīkojums', quantity: 1, unitCostCents: first, ownContributionCents: own },
    { category: random.pick(CATEGORIES), description: 'Pakalpojumi un telpu noma', quantity: 1, unitCostCents: total - first, ownContributionCents: 0 },
  ].filter((line) => line.unitCostCents > 0);
  const withSchool = random.chance(0.3);
  const month = random.int(3, 6);
  const answers = {
    project_title: `${random.pick(TITLES)} ${random.int(1, 999)}`,
    summary: `Iekārtosim un sarīkosim ${random.pick(PLACES)}; iesaistīsim ${random.int(10, 200)} vietējos iedzīvotājus. `.repeat(random.int(2, 5)).trim(),
    target_groups: GROUPS.filter(() => random.chance(0.5)).concat(random.pick(GROUPS)).filter((v, i, a) => a.indexOf(v) === i),
    activity_type: random.pick(ACTIVITIES),
    participants: random.int(10, 500),
    school_partner: withSchool,
    ...(withSchool ? { school_partner_name: 'Vidusskola' } : {}),
    start_date: `2027-0${month}-01`,
    end_date: `2027-${String(month + random.int(2, 5)).padStart(2, '0')}-28`,
    budget,
    ...(attachmentIds.length > 0 ? { support_letters: attachmentIds } : {}),
  };
  return { answers, requestedCents: computeBudget(budget).requestedCents };
}

/** Field versions as the app keeps them: one change per answered question. */
export function fieldVersionsOf(answers) {
  return Object.fromEntries(Object.keys(answers).map((key) => [key, 1]));
}
