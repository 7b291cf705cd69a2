// pnpm bench:data --scale national|programme
import { parseArgs } from 'node:util';
import { generateDataset } from './generate.mjs';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'programme' } } });
generateDataset(values.scale).catch((error) => {
  console.error(error);
  process.exit(1);
});
