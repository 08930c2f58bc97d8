// `jalon check` and `jalon template`: the facilitators' command line, on the same core as the add-in.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json';
import type { AnalyzeOptions, Lang } from '../core';
import { compareDrafts, renderComparison } from './compare';
import { ReadError } from './docx/zip';
import { errorLine, t, userLang, type ReadErrorCode } from './i18n';
import { collect, readDraft, type InputError } from './input';
import { analyzeOptionsFor, defaultJobs, reviewFile, reviewInPool, type FileOutcome } from './pool';
import type { WorkerScript } from './threads';
import { Progress, type ProgressStream } from './progress';
import { fileOutput, stdoutOutput, type Output } from './output';
import { FORMATS, reportWriter, type Format } from './report';
import { hasErrors, reviewDraft } from './review';
import { RulesError } from './rules';
import { registerPublish } from './publish/register';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: ProgressStream;
  env: NodeJS.ProcessEnv;
  /** Set by the bundled executable: the script worker threads run. Without it drafts are reviewed in process. */
  worker?: WorkerScript;
}

interface CheckOptions {
  format: Format;
  out?: string;
  rules?: string;
  lang?: Lang;
  compare?: boolean;
  jobs?: number;
}

const help = {
  program: {
    fr: 'Relit des projets d’engagements PGO (.docx, .md, .txt)',
    en: 'Reviews draft OGP commitments (.docx, .md, .txt)',
  },
  check: { fr: 'relire des fichiers ou des dossiers de projets', en: 'review draft files or folders' },
  paths: { fr: 'fichiers .docx, .md, .txt ou dossiers', en: '.docx, .md, .txt files or folders' },
  format: { fr: 'format du rapport', en: 'report format' },
  out: { fr: 'écrire le rapport dans ce fichier', en: 'write the report to this file' },
  rules: { fr: 'règles maison (fichier)', en: 'house rules file' },
  lang: { fr: 'langue des textes et des messages', en: 'language of the texts and messages' },
  compare: { fr: 'comparer deux versions : ANCIEN NOUVEAU', en: 'compare two versions: OLD NEW' },
  jobs: {
    fr: 'nombre de fichiers relus en parallèle (défaut : un par processeur ; 1 = sans fil d’exécution)',
    en: 'number of files reviewed in parallel (default: one per CPU; 1 = no worker threads)',
  },
  jobsInvalid: { fr: 'attend un nombre entier positif', en: 'expects a positive whole number' },
  template: {
    fr: 'écrire un plan vierge avec le modèle d’engagement',
    en: 'write a blank plan with the commitment template',
  },
  templateOut: { fr: 'fichier .docx à écrire', en: '.docx file to write' },
  help: { fr: 'afficher l’aide', en: 'display help' },
  version: { fr: 'afficher la version', en: 'display the version' },
  helpCommand: { fr: 'afficher l’aide d’une commande', en: 'display help for a command' },
} as const;

// commander writes its usage errors in English: the usual ones, in French.
const COMMANDER_FR: [RegExp, string][] = [
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/m,
    'erreur : valeur « $2 » refusée pour $1 ; valeurs possibles : $3.',
  ],
  [/^error: unknown option '(.+)'$/m, 'erreur : option inconnue « $1 »'],
  [/^error: required option '(.+)' not specified$/m, 'erreur : option obligatoire « $1 » absente'],
  [/^error: option '(.+)' argument missing$/m, 'erreur : l’option « $1 » attend une valeur'],
  [
    /^error: unknown command '(.+)'$/m,
    'erreur : commande inconnue « $1 » (commandes : check, template, updates-template, publish)',
  ],
  [/^error: too many arguments.*$/m, 'erreur : trop d’arguments'],
];

function commanderFr(message: string): string {
  for (const [re, fr] of COMMANDER_FR) if (re.test(message)) return message.replace(re, fr);
  return message;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const langArg =
    argv.find((a, i) => argv[i - 1] === '--lang') ??
    /^--lang=(\w+)/.exec(argv.find((a) => a.startsWith('--lang=')) ?? '')?.[1];
  const L = userLang(langArg, io.env);
  let code = 0;
  const program = new Command('jalon')
    .description(help.program[L])
    .exitOverride()
    .version(pkg.version, '-V, --version', help.version[L])
    .helpOption('-h, --help', help.help[L])
    .helpCommand('help [command]', help.helpCommand[L])
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(L === 'fr' ? commanderFr(s) : s),
    });

  program
    .command('check')
    .description(help.check[L])
    .helpOption('-h, --help', help.help[L])
    .argument('[paths...]', help.paths[L])
    .addOption(new Option('--format <format>', help.format[L]).choices(FORMATS).default('text'))
    .option('--out <file>', help.out[L])
    .option('--rules <file>', help.rules[L])
    .addOption(new Option('--lang <lang>', help.lang[L]).choices(['fr', 'en']))
    .option('--compare', help.compare[L])
    .option('--jobs <n>', help.jobs[L], (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError(help.jobsInvalid[L]);
      return n;
    })
    .action(async (paths: string[], opts: CheckOptions, command: Command) => {
      // `--out revue.html` alone says which format is wanted.
      if (command.getOptionValueSource('format') === 'default' && opts.out)
        opts.format = formatOf(opts.out) ?? opts.format;
      code = opts.compare ? compare(paths, opts, io, L) : await check(paths, opts, io, L);
    });

  program
    .command('template')
    .description(help.template[L])
    .helpOption('-h, --help', help.help[L])
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(L === 'fr' ? commanderFr(s) : s),
    })
    .addOption(new Option('--lang <lang>', help.lang[L]).choices(['fr', 'en']))
    .requiredOption('--out <file>', help.templateOut[L])
    .action(async (opts: { lang?: Lang; out: string }) => {
      try {
        // Loaded when asked for (dist/cli/template.cjs): the docx writer is half of the command line's code.
        const { writeTemplate } = await import(/* webpackChunkName: "template" */ './template');
        await writeTemplate(opts.out, opts.lang ?? L);
        io.stderr.write(`${t('templateWritten', L)} ${opts.out}\n`);
      } catch (e) {
        io.stderr.write(`jalon: ${opts.out}: ${t('outFailed', L)} (${(e as Error).message})\n`);
        code = 2;
      }
    });

  registerPublish(
    program,
    io,
    L,
    (c) =>
      c.helpOption('-h, --help', help.help[L]).configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(L === 'fr' ? commanderFr(s) : s),
      }),
    (c) => (code = c),
  );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

const EXTENSIONS: Record<string, Format> = {
  html: 'html',
  htm: 'html',
  md: 'md',
  json: 'json',
  csv: 'csv',
  sarif: 'sarif',
  txt: 'text',
};

function formatOf(file: string): Format | undefined {
  return EXTENSIONS[/\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];
}

function analyzeOptions(opts: CheckOptions, io: Io, L: Lang): AnalyzeOptions | undefined {
  try {
    return analyzeOptionsFor({ lang: opts.lang, rules: opts.rules, uiLang: L });
  } catch (e) {
    if (e instanceof RulesError)
      io.stderr.write(
        `${e.message
          .split('\n')
          .map((l) => `jalon: ${l}`)
          .join('\n')}\n`,
      );
    else io.stderr.write(`jalon: ${opts.rules}: ${t('rulesFailed', L)} (${(e as Error).message})\n`);
    return undefined;
  }
}

function reportError(io: Io, L: Lang, file: string, e: unknown): InputError {
  const code: ReadErrorCode = e instanceof ReadError ? e.code : 'unknown';
  const detail = e instanceof ReadError ? undefined : (e as Error).message;
  io.stderr.write(`${errorLine(file, code, L, detail, e instanceof ReadError ? e.where : undefined)}\n`);
  return { file, code, detail };
}

async function check(paths: string[], opts: CheckOptions, io: Io, L: Lang): Promise<number> {
  if (paths.length === 0) {
    io.stderr.write(`jalon: ${t('noPath', L)}\n`);
    return 2;
  }
  const options = analyzeOptions(opts, io, L);
  if (!options) return 2;
  const output = openOutput(opts, io, L);
  if (!output) return 2;
  const { files, errors } = collect(paths);
  for (const e of errors) io.stderr.write(`${errorLine(e.file, e.code, L)}\n`);
  const report = reportWriter(opts.format, L, { toFile: Boolean(opts.out) });
  let errorFindings = false;
  const progress = new Progress(io.stderr, files.length, t('reading', L));
  // Outcomes arrive in the order of the files on both paths, so reports and stderr are the same either way.
  const take = (file: string, outcome: FileOutcome) => {
    if (outcome.ok) {
      output.write(report.add(outcome.review));
      errorFindings ||= hasErrors(outcome.review);
    } else {
      progress.done();
      const detail = outcome.code === 'unknown' ? outcome.message : undefined;
      io.stderr.write(`${errorLine(file, outcome.code, L, detail, outcome.where)}\n`);
      errors.push({ file, code: outcome.code, detail });
    }
  };
  const jobs = opts.jobs ?? defaultJobs(files.length);
  try {
    if (jobs > 1 && files.length > 1 && io.worker) {
      progress.tick(0, '');
      await reviewInPool(
        files,
        options,
        io.worker,
        jobs,
        (i, outcome) => take(files[i], outcome),
        (done, file) => progress.tick(done, file),
      );
    } else {
      files.forEach((file, i) => {
        progress.tick(i, file);
        take(file, reviewFile(file, options));
      });
    }
  } catch (e) {
    output.abandon(); // no half report left beside --out
    throw e;
  }
  progress.done();
  output.write(report.end(errors));
  if (!closeOutput(output, opts, io, L)) return 2;
  return errors.length ? 2 : errorFindings ? 1 : 0;
}

function compare(paths: string[], opts: CheckOptions, io: Io, L: Lang): number {
  if (paths.length !== 2) {
    io.stderr.write(`jalon: ${t('compareArgs', L)}\n`);
    return 2;
  }
  const options = analyzeOptions(opts, io, L);
  if (!options) return 2;
  const output = openOutput(opts, io, L);
  if (!output) return 2;
  const reviews = [];
  const errors: InputError[] = [];
  for (const file of paths) {
    try {
      reviews.push(reviewDraft(readDraft(file), options));
    } catch (e) {
      errors.push(reportError(io, L, file, e));
    }
  }
  if (errors.length) {
    output.abandon();
    return 2;
  }
  output.write(renderComparison(compareDrafts(reviews[0], reviews[1]), opts.format, L));
  if (!closeOutput(output, opts, io, L)) return 2;
  return hasErrors(reviews[1]) ? 1 : 0;
}

/** --out, or stdout (nothing is ever written beside the inputs otherwise); undefined, said, if --out cannot be written. */
function openOutput(opts: CheckOptions, io: Io, L: Lang): Output | undefined {
  try {
    return opts.out ? fileOutput(opts.out) : stdoutOutput(io.stdout);
  } catch (e) {
    io.stderr.write(`jalon: ${opts.out}: ${t('outFailed', L)} (${(e as Error).message})\n`);
    return undefined;
  }
}

function closeOutput(output: Output, opts: CheckOptions, io: Io, L: Lang): boolean {
  const failed = output.close();
  if (failed !== undefined) io.stderr.write(`jalon: ${opts.out}: ${t('outFailed', L)} (${failed})\n`);
  return failed === undefined;
}
