// `npm run eval`: quality bars on ../shared data, one `*.eval.ts` per measurement; fails if a bar is missed.
import { runSuites } from '../suites';

void runSuites(__dirname, '.eval.ts', process.argv.slice(2));
