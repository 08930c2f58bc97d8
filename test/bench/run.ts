// `npm run bench`: speed and size as ratios, one `*.bench.ts` per measurement; fails if a target is missed.
import { runSuites } from '../suites';

void runSuites(__dirname, '.bench.ts', process.argv.slice(2));
