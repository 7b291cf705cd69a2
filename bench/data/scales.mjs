// How much data each scale makes. "national" is SPEC.md's national funder; "programme" one programme.
export const SCALES = {
  national: {
    programmes: 10,
    coordinators: 40,
    reviewers: 300,
    users: 10_000,
    organisations: 5_000,
    calls: 200,
    openCalls: 21,
    applications: 100_000,
    bigCallApplications: 5_000,
    exportCallApplications: 20_000,
    surgeApplicants: 1_000,
    autosaveApplicants: 200,
    reviewAssignments: 30_000,
  },
  programme: {
    programmes: 1,
    coordinators: 3,
    reviewers: 20,
    users: 400,
    organisations: 250,
    calls: 5,
    openCalls: 3,
    applications: 300,
    bigCallApplications: 120,
    exportCallApplications: 150,
    surgeApplicants: 50,
    autosaveApplicants: 20,
    reviewAssignments: 100,
  },
};

export function scaleOf(name) {
  const scale = SCALES[name];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}, not "${name}"`);
  return scale;
}

/** Every bench user signs in with this password (argon2id-hashed once, like the app hashes it). */
export const BENCH_PASSWORD = 'bench-password-2026';
export const EMAIL_DOMAIN = 'bench.kopa.lv';
export const SURGE_CALL_CODE = 'SURGE';
export const BIG_CALL_CODE = 'BIG';
/** A decided call whose ranked list and decisions are exported (scenario 7). */
export const EXPORT_CALL_CODE = 'EXPORT';
