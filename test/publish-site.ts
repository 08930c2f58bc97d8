// Shared by the publish eval (eval/publish.eval.ts) and bench (bench/publish.bench.ts): `jalon publish` run in
// process as a facilitator runs it, a site in French and English, the command's words in English, stdout dropped.
import type { run } from '../src/cli/main';

export interface SiteInputs {
  plan: string;
  updates: string[];
  feedback?: string;
  /** The day the site is published as of (YYYY-MM-DD). */
  today: string;
  /** The plan's language (`--text-lang`), where the command is not to guess it. */
  textLang?: string;
  out: string;
}

/** The command line of `jalon publish` for these inputs. */
export const publishArgs = (s: SiteInputs): string[] => [
  'publish',
  s.plan,
  '--updates',
  ...s.updates,
  ...(s.feedback ? ['--feedback', s.feedback] : []),
  '--today',
  s.today,
  ...(s.textLang ? ['--text-lang', s.textLang] : []),
  '--site-lang',
  'fr,en',
  '--out',
  s.out,
];

/** `jalon publish` through `cli` (the sources' `run` or a bundle's): its exit code and all it wrote on stderr. */
export async function publishSite(cli: typeof run, s: SiteInputs): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await cli(publishArgs(s), {
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text), isTTY: false, columns: 100 },
    env: { LANG: 'en_US.UTF-8' },
  });
  return { code, stderr };
}
