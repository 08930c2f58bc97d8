// Shared by `npm run eval` and `npm run bench`: runs every `*<suffix>` module of a folder (each exports
// `run(): Promise<boolean>`), prints a plain "N passed, N failed" line, and fails the process if any failed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function runSuites(dir: string, suffix: string, only: string[]): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
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
