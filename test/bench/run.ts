// `npm run bench`: speed and size measurements, reported as ratios. Each *.bench.ts beside this file exports
// `run(): Promise<boolean>` (prints its figures, returns whether its target is met). Fails if any bar is missed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const dir = __dirname;
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file}`);
    const mod = (await import(join(dir, file))) as { run: () => Promise<boolean> };
    const ok = await mod.run();
    console.log(ok ? `PASS ${file}` : `FAIL ${file}`);
    if (!ok) failed += 1;
  }
  console.log(`\n${files.length - failed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

void main();
