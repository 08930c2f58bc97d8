// `jalon check` and `jalon template`: the facilitators' command line, on the same core as the add-in.
// Over 400 lines: `check` and `--compare` share the reading of the options, the output's opening and closing and
// the error reports; split, each half would reach into the other's internals.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json';
import { cli, fill, translate as tn, type AnalyzeOptions, type Lang, type SpecificityLevel, type Vars } from '../core';
import { compareDrafts, renderComparison } from './compare';
import { ReadError } from './read/error';
import {
  about,
  errorLine,
  languageMismatch,
  languageUnsure,
  levelLabel,
  lineStart,
  systemReason,
  t,
  userLang,
  type ReadErrorCode,
} from './i18n';
import { collect, readDraft, type InputError } from './input';
import { analyzeOptionsFor, defaultJobs, reviewFile, reviewInPool, type FileOutcome } from './pool';
import type { WorkerScript } from './threads';
import { Progress, type ProgressStream } from './progress';
import { displayNames, fileOutput, inputAt, reportPaths, stdoutOutput, type Output } from './output';
import { FORMATS, reportWriter, type Format } from './report';
import { commitmentHeading, quote } from './report/common';
import { hasErrors, reviewDraft, type FileReview } from './review';
import { RulesError } from './rules';
import { registerPublish } from './publish/register';
import { helpIn, usageError } from './usage';

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
  outDir?: string;
  rules?: string;
  lang?: Lang;
  /** The drafts' language, when not each draft's own (read from its words). */
  textLang?: Lang;
  compare?: boolean;
  jobs?: number;
  all?: boolean;
  /** Exit 1 from this severity up (error by default): a script stops on warnings with `warning`. */
  failOn?: FailOn;
  /** Exit 1 when a commitment's level is below this one (or a draft has no commitment). */
  minLevel?: MinLevel;
}

const FAIL_ON = ['error', 'warning'] as const;
type FailOn = (typeof FAIL_ON)[number];
const MIN_LEVELS = ['low', 'medium', 'high'] as const;
type MinLevel = (typeof MIN_LEVELS)[number];
const LEVEL_RANK: Record<SpecificityLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

export async function run(argv: string[], io: Io): Promise<number> {
  const langArg =
    argv.find((a, i) => argv[i - 1] === '--lang') ??
    /^--lang=(\w+)/.exec(argv.find((a) => a.startsWith('--lang=')) ?? '')?.[1];
  const L = userLang(langArg, io.env, { argv, read: (f) => readDraft(f).source.text });
  const help = cli[L].help;
  const name = cli[L].helpText.placeholders;
  let code = 0;
  const program = new Command('jalon')
    .description(help.program)
    .exitOverride()
    .configureHelp(helpIn(L))
    .version(pkg.version, '-V, --version', help.version)
    .helpOption('-h, --help', help.help)
    .helpCommand(`help [${name.command}]`, help.helpCommand)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageError(s, L)),
    });

  program
    .command('check')
    .description(help.check)
    .helpOption('-h, --help', help.help)
    .argument(`[${name.paths}...]`, help.paths)
    .addOption(new Option(`--format <${name.format}>`, help.format).choices(FORMATS).default('text'))
    .option(`--out <${name.file}>`, help.out)
    .option(`--out-dir <${name.dir}>`, cli[L].outDirHelp)
    .option(`--rules <${name.file}>`, help.rules)
    .addOption(new Option(`--lang <${name.lang}>`, cli[L].checkLangHelp).choices(['fr', 'en']))
    .addOption(new Option(`--text-lang <${name.lang}>`, cli[L].textLangHelp).choices(['fr', 'en']))
    .option('--all', cli[L].allHelp)
    .option('--compare', help.compare)
    .addOption(new Option(`--fail-on <${t('severity', L).toLocaleLowerCase(L)}>`, cli[L].failOnHelp).choices(FAIL_ON))
    .addOption(
      new Option(`--min-level <${t('level', L).toLocaleLowerCase(L)}>`, cli[L].minLevelHelp).choices(MIN_LEVELS),
    )
    .option('--jobs <n>', help.jobs, (v: string) => {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1) throw new InvalidArgumentError(help.jobsInvalid);
      return n;
    })
    .action(async (paths: string[], opts: CheckOptions, command: Command) => {
      // A report is text: named as a document (revue.pdf, revue.docx) it would be a file no program opens.
      const ext = opts.out && DOCUMENTS.exec(opts.out)?.[0];
      if (ext) {
        say(io, L, cli[L].guard.reportKind, { out: opts.out, ext });
        code = 2;
        return;
      }
      // `--out revue.html` alone says which format is wanted.
      if (command.getOptionValueSource('format') === 'default' && opts.out)
        opts.format = formatOf(opts.out) ?? opts.format;
      // One report, or one per draft: not both.
      const refusal =
        opts.outDir === undefined
          ? undefined
          : opts.out !== undefined
            ? t('outAndOutDir', L)
            : opts.compare
              ? t('compareOutDir', L)
              : undefined;
      if (refusal) {
        io.stderr.write(`${lineStart(L)}${refusal}\n`);
        code = 2;
        return;
      }
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
    .addOption(new Option(`--lang <${name.lang}>`, help.lang).choices(['fr', 'en']))
    .requiredOption(`--out <${name.file}>`, help.templateOut)
    .option('--force', cli[L].guard.force)
    .action(async (opts: { lang?: Lang; out: string; force?: boolean }) => {
      // A Word file named otherwise is refused by `check`; a file already there may be a plan filled in.
      const refusal = !/\.docx$/i.test(opts.out)
        ? cli[L].guard.templateDocx
        : !opts.force && existsSync(opts.out)
          ? cli[L].guard.outExistsPlan
          : undefined;
      if (refusal) {
        say(io, L, refusal, { out: opts.out });
        code = 2;
        return;
      }
      try {
        // Loaded when asked for (dist/cli/template.cjs): the docx writer is half of the command line's code.
        const { writeTemplate } = await import(/* webpackChunkName: "template" */ './template');
        await writeTemplate(opts.out, opts.lang ?? L);
        io.stderr.write(`${t('templateWritten', L)} ${opts.out}\n`);
      } catch (e) {
        const example = join(opts.out, 'plan.docx');
        io.stderr.write(
          `${lineStart(L)}${about(opts.out, t('templateFailed', L), L)} (${systemReason(e, 'write', opts.out, L, example)})\n`,
        );
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

/** Extensions of documents a report is not (a report named so would not open). */
const DOCUMENTS = /\.(pdf|docx?|odt|rtf|xlsx?|ods|pptx?)$/i;

function formatOf(file: string): Format | undefined {
  return EXTENSIONS[/\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];
}

function analyzeOptions(opts: CheckOptions, io: Io, L: Lang): AnalyzeOptions | undefined {
  try {
    // The draft is read with its own language's rules (--text-lang, else its language guessed), the findings are
    // written in the report's (--lang, LANG): the core writes them so, suggestions staying in the draft's language.
    const options = analyzeOptionsFor({
      lang: opts.textLang,
      rules: opts.rules,
      uiLang: L,
      warn: (line) => io.stderr.write(`${line}\n`),
    });
    options.messages = L;
    return options;
  } catch (e) {
    if (e instanceof RulesError)
      io.stderr.write(
        `${e.message
          .split('\n')
          .map((l) => `${lineStart(L)}${l}`)
          .join('\n')}\n`,
      );
    else
      io.stderr.write(
        `${lineStart(L)}${about(opts.rules!, t('rulesFailed', L), L)} (${systemReason(e, 'read', opts.rules!, L)})\n`,
      );
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
    io.stderr.write(`${lineStart(L)}${t('noPath', L)}\n`);
    return 2;
  }
  const options = analyzeOptions(opts, io, L);
  if (!options) return 2;
  // One report per draft, to send each ministry its own: in its draft's language unless --lang says otherwise (the
  // ministry that wrote in French reads French, whatever the facilitator's locale); stderr stays the facilitator's.
  const ownLang = opts.outDir !== undefined && opts.lang === undefined;
  if (ownLang) delete options.messages;
  const { files, errors, reports } = collect(paths);
  // An earlier report may be replaced (reports met in a folder are not inputs), never a draft or the rules.
  if (overwritesInput(opts, [...files, ...(opts.rules ? [opts.rules] : [])], io, L)) return 2;
  // Reports name drafts relative to the folder given; json and sarif keep the paths, for tools.
  const names = displayNames(paths, files);
  const nameOf = (file: string) => names.get(file) ?? basename(file);
  const date = reportDate(io.env);
  const locale = io.env.LC_ALL || io.env.LC_TIME || io.env.LANG;
  const perDraft =
    opts.outDir === undefined
      ? undefined
      : reportPaths(opts.outDir, names, extensionOf(opts.format), [...files, ...(opts.rules ? [opts.rules] : [])]);
  const output = perDraft ? stdoutOutput(io.stdout) : openOutput(opts, io, L);
  if (!output) return 2;
  for (const e of errors) io.stderr.write(`${errorLine(e.file, e.code, L)}\n`);
  for (const r of reports)
    say(io, L, r.skipped ? cli[L].guard.reportSkipped : cli[L].guard.reportNamed, { file: r.file });
  const report = reportWriter(opts.format, L, { toFile: Boolean(opts.out), nameOf, date, locale, all: opts.all });
  let written = 0;
  let writeFailed = false;
  let errorFindings = false;
  const progress = new Progress(io.stderr, files.length, t('reading', L));
  // Outcomes arrive in the order of the files on both paths, so reports and stderr are the same either way.
  const take = (file: string, outcome: FileOutcome) => {
    if (outcome.ok) {
      const note = languageNote(outcome.review, opts, L);
      if (note) {
        progress.done();
        io.stderr.write(note);
      }
      if (perDraft) {
        // A report of its own, written whole or not at all, as --out writes one.
        const out = perDraft.get(file)!;
        const lang = ownLang ? outcome.review.analysis.language : L;
        const own = reportWriter(opts.format, lang, { toFile: true, nameOf, date, locale, all: opts.all });
        const failed = writeReport(out, [...own.add(outcome.review), own.end([])], opts.outDir!);
        if (failed === undefined) written++;
        else {
          progress.done();
          outFailed(failed, { ...opts, out }, io, L);
          writeFailed = true;
        }
      } else for (const piece of report.add(outcome.review)) output.write(piece);
      const below = belowLevel(outcome.review, opts, L, nameOf);
      if (below.length) {
        progress.done();
        for (const line of below) io.stderr.write(`${lineStart(L)}${line}\n`);
      }
      errorFindings ||= fails(outcome.review, opts.failOn) || below.length > 0;
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
  if (perDraft) {
    if (written)
      io.stderr.write(`${lineStart(L)}${tn(cli[L], L, 'reportsWritten', { count: written, dir: opts.outDir! })}\n`);
    if (writeFailed) return 2;
  } else {
    output.write(report.end(errors));
    if (!closeOutput(output, opts, io, L)) return 2;
  }
  return errors.length ? 2 : errorFindings ? 1 : 0;
}

function compare(paths: string[], opts: CheckOptions, io: Io, L: Lang): number {
  if (paths.length !== 2) {
    io.stderr.write(`${lineStart(L)}${t('compareArgs', L)}\n`);
    return 2;
  }
  const options = analyzeOptions(opts, io, L);
  if (!options) return 2;
  if (overwritesInput(opts, [...paths, ...(opts.rules ? [opts.rules] : [])], io, L)) return 2;
  const output = openOutput(opts, io, L);
  if (!output) return 2;
  const reviews = [];
  const errors: InputError[] = [];
  for (const file of paths) {
    try {
      const review = reviewDraft(readDraft(file), options);
      io.stderr.write(languageNote(review, opts, L) ?? '');
      reviews.push(review);
    } catch (e) {
      errors.push(reportError(io, L, file, e));
    }
  }
  if (errors.length) {
    output.abandon();
    return 2;
  }
  const names = displayNames(paths, paths);
  const comparison = compareDrafts(reviews[0], reviews[1]);
  output.write(
    renderComparison(comparison, opts.format, L, { before: names.get(paths[0])!, after: names.get(paths[1])! }),
  );
  if (!closeOutput(output, opts, io, L)) return 2;
  const below = belowLevel(reviews[1], opts, L, (f) => names.get(f) ?? basename(f));
  for (const line of below) io.stderr.write(`${lineStart(L)}${line}\n`);
  return fails(reviews[1], opts.failOn) || below.length > 0 ? 1 : 0;
}

/** Whether a draft has a finding of `failOn`'s severity or a more serious one (errors only by default). */
function fails(review: FileReview, failOn: FailOn = 'error'): boolean {
  return failOn === 'error'
    ? hasErrors(review)
    : review.analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}

/**
 * With --min-level, what to say on stderr of a draft that does not reach it: each commitment below the level, or
 * that it has none. Empty when it does, or without --min-level.
 */
function belowLevel(review: FileReview, opts: CheckOptions, L: Lang, nameOf: (file: string) => string): string[] {
  const min = opts.minLevel;
  if (min === undefined) return [];
  const file = nameOf(review.file);
  const vars = { file, min: levelLabel(min, L) };
  const commitments = review.analysis.commitments;
  if (commitments.length === 0) return [fill(t('noCommitmentLevel', L), vars, L)];
  return commitments
    .filter((e) => LEVEL_RANK[e.level] < LEVEL_RANK[min])
    .map((e) =>
      fill(
        t('belowLevel', L),
        {
          ...vars,
          commitment: quote(commitmentHeading(e, t('commitment', L), L), L),
          level: levelLabel(e.level, L),
        },
        L,
      ),
    );
}

/**
 * A report written to `out` whole, or the system's error (nothing left beside it then). `root` is --out-dir's folder:
 * it and the drafts' folders below it are made; a missing folder above it is said, as --out says it.
 */
function writeReport(out: string, pieces: readonly string[], root: string): Error | undefined {
  let output: Output;
  try {
    const above = dirname(resolve(root));
    if (!existsSync(above)) throw Object.assign(new Error(`ENOENT: ${above}`), { code: 'ENOENT', path: above });
    mkdirSync(dirname(resolve(out)), { recursive: true });
    output = fileOutput(out);
  } catch (e) {
    return e as Error;
  }
  for (const piece of pieces) output.write(piece);
  return output.close();
}

/** The day the HTML report says it was made: today, or SOURCE_DATE_EPOCH's (reproducible reports). */
function reportDate(env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

function extensionOf(format: Format): string {
  return format === 'csv-remarks' ? 'csv' : (Object.keys(EXTENSIONS).find((x) => EXTENSIONS[x] === format) ?? 'txt');
}

/** --out, or stdout (nothing is ever written beside the inputs otherwise); undefined, said, if --out cannot be written. */
function openOutput(opts: CheckOptions, io: Io, L: Lang): Output | undefined {
  try {
    return opts.out ? fileOutput(opts.out) : stdoutOutput(io.stdout);
  } catch (e) {
    outFailed(e, opts, io, L);
    return undefined;
  }
}

function closeOutput(output: Output, opts: CheckOptions, io: Io, L: Lang): boolean {
  const failed = output.close();
  if (failed !== undefined) outFailed(failed, opts, io, L);
  return failed === undefined;
}

/** Why --out could not be written; a folder named gets a file name in it to suggest, with the format's extension. */
function outFailed(e: unknown, opts: CheckOptions, io: Io, L: Lang): void {
  const out = opts.out!;
  const example = join(out, `${cli[L].system.reportName}.${extensionOf(opts.format)}`);
  io.stderr.write(
    `${lineStart(L)}${about(out, t('outFailed', L), L)} (${systemReason(e, 'write', out, L, example)})\n`,
  );
}

/** « jalon : » ("jalon: ") and a message of the guard's (messages/cli.ts), on stderr. */
function say(io: Io, L: Lang, message: string, vars: Vars): void {
  io.stderr.write(`${lineStart(L)}${fill(message, vars, L)}\n`);
}

/** Whether --out names one of the inputs (said, and nothing written then). */
function overwritesInput(opts: CheckOptions, inputs: readonly string[], io: Io, L: Lang): boolean {
  const input = opts.out === undefined ? undefined : inputAt(opts.out, inputs);
  if (input === undefined) return false;
  const same = input === opts.out ? '' : fill(cli[L].guard.sameAs, { input }, L);
  say(io, L, cli[L].guard.outIsInput, { out: opts.out, same });
  return true;
}

/**
 * A draft reviewed in the language --text-lang sets that reads as the other, or too short to tell its language from:
 * the line for stderr, if any.
 */
function languageNote(review: FileReview, opts: CheckOptions, L: Lang): string | undefined {
  const said =
    languageMismatch(review.file, review.analysis.text, opts.textLang, L, '--text-lang') ??
    languageUnsure(review.file, review.analysis.text, opts.textLang, L);
  return said === undefined ? undefined : `${lineStart(L)}${said}\n`;
}
