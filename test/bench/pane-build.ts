// The add-in built as Word downloads it (webpack, production) into a temporary folder, for the pane's benches;
// dist/ is left alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';

export interface PaneBuild {
  dir: string;
  remove: () => void;
}

export async function buildPane(): Promise<PaneBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-pane-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configOf = require(join(__dirname, '..', '..', 'webpack.config.js')) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    const config = configOf({}, { mode: 'production' });
    config.output = { ...config.output, path: dir, clean: true };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) =>
        err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString('errors-only'))) : resolve(),
      ),
    );
    return { dir, remove };
  } catch (e) {
    remove();
    throw e;
  }
}
