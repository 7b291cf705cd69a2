/** Job names on the exports queue. A write job's id is the export's, so adding it twice is a no-op. */
export const WRITE_EXPORT_JOB = 'write';
export const SWEEP_EXPORTS_JOB = 'sweep';
