// pnpm bench [--scale national|programme] [--duration s] [--fresh] [--only 1,3] [--round-trips]; pnpm bench:smoke
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { runBench } from './lib/harness.mjs';
import { formatTable } from './lib/report.mjs';

export const OPTIONS = {
  smoke: { type: 'boolean', default: false },
  scale: { type: 'string' },
  duration: { type: 'string' },
  fresh: { type: 'boolean', default: false },
  only: { type: 'string' },
  'round-trips': { type: 'boolean', default: false },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: OPTIONS });
  const smoke = values.smoke;
  const logDir = mkdtempSync(join(tmpdir(), 'kopa-bench-'));
  runBench({
    smoke,
    scale: values.scale ?? (smoke ? 'programme' : 'national'),
    duration: Number(values.duration ?? (smoke ? 3 : 20)),
    fresh: values.fresh || smoke,
    only: values.only?.split(',').map((s) => s.trim()),
    roundTrips: values['round-trips'],
    logDir,
    log: (message) => console.log(`[bench] ${message}`),
  })
    .then(({ rows, file, failures }) => {
      console.log(`\n${formatTable(rows)}\n`);
      console.log(`[bench] result: ${file}; process logs: ${logDir}`);
      if (failures.length > 0) {
        console.error(`[bench] FAILED:\n  ${failures.join('\n  ')}`);
        process.exit(1);
      }
    })
    .catch((error) => {
      console.error(error);
      console.error(`[bench] process logs: ${logDir}`);
      process.exit(1);
    });
}
