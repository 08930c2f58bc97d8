// `jalon check` and `jalon template`: the facilitators' command line, on the same core as the add-in.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json';
import { cli, fill, type AnalyzeOptions, type Lang } from '../core';
import { compareDrafts, renderComparison } from './compare';
import { ReadError } from './read/error';
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

// commander writes its usage errors in English: the usual ones, in the user's language (messages/cli.ts).
const USAGE: [RegExp, keyof (typeof cli)['fr']['usage'], string[]][] = [
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/m,
    'invalidChoice',
    ['option', 'value', 'choices'],
  ],
  [/^error: unknown option '(.+)'$/m, 'unknownOption', ['option']],
  [/^error: required option '(.+)' not specified$/m, 'requiredOption', ['option']],
  [/^error: option '(.+)' argument missing$/m, 'missingArgument', ['option']],
  [/^error: unknown command '(.+)'$/m, 'unknownCommand', ['command']],
  [/^error: too many arguments.*$/m, 'tooManyArguments', []],
];

function usageError(message: string, lang: Lang): string {
  for (const [re, key, names] of USAGE) {
    const m = re.exec(message);
    if (!m) continue;
    const vars = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
    const text = fill(cli[lang].usage[key], vars, lang);
    return message.replace(re, () => text);
  }
  return message;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const langArg =
    argv.find((a, i) => argv[i - 1] === '--lang') ??
    /^--lang=(\w+)/.exec(argv.find((a) => a.startsWith('--lang=')) ?? '')?.[1];
  const L = userLang(langArg, io.env);
  const help = cli[L].help;
  let code = 0;
  const program = new Command('jalon')
    .description(help.program)
    .exitOverride()
    .version(pkg.version, '-V, --version', help.version)
    .helpOption('-h, --help', help.help)
    .helpCommand('help [command]', help.helpCommand)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageError(s, L)),
    });

  program
    .command('check')
    .description(help.check)
    .helpOption('-h, --help', help.help)
    .argument('[paths...]', help.paths)
    .addOption(new Option('--format <format>', help.format).choices(FORMATS).default('text'))
    .option('--out <file>', help.out)
    .option('--rules <file>', help.rules)
    .addOption(new Option('--lang <lang>', help.lang).choices(['fr', 'en']))
    .option('--compare', help.compare)
    .option('--jobs <n>', help.jobs, (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError(help.jobsInvalid);
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
    .description(help.template)
    .helpOption('-h, --help', help.help)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageError(s, L)),
    })
    .addOption(new Option('--lang <lang>', help.lang).choices(['fr', 'en']))
    .requiredOption('--out <file>', help.templateOut)
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
      c.helpOption('-h, --help', help.help).configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(usageError(s, L)),
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
      for (const piece of report.add(outcome.review)) output.write(piece);
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
