// The two commands of the public follow-up on the command line; their code loads when one of them runs
// (dist/cli/publish.cjs), as `jalon template` loads the docx writer.
import { Command, Option } from 'commander';
import { cli, publish, translator, type Lang } from '../../core';
import type { Io } from '../main';

/** `frame` gives a command the program's help option and error output, in the user's language. */
export function registerPublish(
  program: Command,
  io: Io,
  L: Lang,
  frame: (c: Command) => Command,
  exit: (code: number) => void,
): void {
  const t = translator(publish, L);
  const help = (key: string) => t(`help.${key}`);
  // What an option takes, named in the user's language (`--out <fichier>`).
  const name = cli[L].helpText.placeholders;
  const common = (c: Command) =>
    frame(c)
      .addOption(new Option(`--lang <${name.lang}>`, help('lang')).choices(['fr', 'en']))
      .addOption(new Option(`--text-lang <${name.lang}>`, help('textLang')).choices(['fr', 'en']))
      .option(`--previous <${name.file}>`, help('previous'));

  common(
    program.command('updates-template').description(help('updatesTemplate')).argument(`<${name.plan}>`, help('plan')),
  )
    .requiredOption(`--out <${name.file}>`, help('sheetOut'))
    .option('--force', cli[L].guard.force)
    .action(
      async (plan: string, opts: { out: string; lang?: Lang; textLang?: Lang; previous?: string; force?: boolean }) => {
        const { updatesTemplate } = await import(/* webpackChunkName: "publish" */ './command');
        exit(updatesTemplate(plan, opts, io.stderr, L));
      },
    );

  common(program.command('publish').description(help('publish')).argument(`<${name.plan}>`, help('plan')))
    .option(`--updates <${name.files}...>`, help('updates'))
    .option(`--feedback <${name.files}...>`, help('feedback'))
    .option(`--contact <${L === 'fr' ? 'adresse' : 'address'}>`, help('contact'))
    .option(`--today <${name.date}>`, help('today'))
    .option(`--out <${name.dir}>`, help('siteOut'))
    .addOption(new Option(`--site-lang <${name.lang}>`, help('siteLang')).choices(['fr', 'en', 'fr,en', 'en,fr']))
    .option('--check', help('check'))
    .action(async (plan: string, opts) => {
      const { publishSite } = await import(/* webpackChunkName: "publish" */ './command');
      exit(await publishSite(plan, opts, io.stderr, L));
    });
}
