// `jalon updates-template` and `jalon publish`: read the plan and the sheets, say every problem with where it
// is and what to write instead, and write the sheet or the site only when every input is valid.
// Over 400 lines: the two commands share the plan's reading, the sheets' checks and the way each problem is said;
// split, each half would reach into the other's.
import { existsSync, mkdtempSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import pkg from '../../../package.json';
import {
  cli,
  dayMistake,
  fill,
  parseContact,
  planReading,
  planTitle,
  prepareSite,
  problemLine,
  publish,
  registryFromPlanJson,
  registryFromSheets,
  translator,
  updatesSheet,
  type PlanReading,
  type CsvTable,
  type KnownCommitment,
  type Lang,
  type PlanIds,
  type Problem,
  type Site,
} from '../../core';
import { ReadError } from '../read/error';
import { about, errorLine, languageMismatch, lineStart, systemReason } from '../i18n';
import { decodeText, readDraft, type Draft } from '../input';
import { fileOutput, inputAt } from '../output';
import { quote } from '../report/common';
import { fsProblem, readTable } from './csv';
import { renderSite, sitePaths } from './html';
import { NotASite, publishedPlan, startSite, type SiteWrite } from './write';

export interface Err {
  write(s: string): unknown;
}

export interface TemplateOptions {
  out: string;
  /** The messages' language (already the run's, `L`); said when the plan reads as the other (see readPlan). */
  lang?: Lang;
  /** The plan's language, when not guessed from its words. */
  textLang?: Lang;
  previous?: string;
  /** Replace --out if it is there already (it may be a sheet filled in). */
  force?: boolean;
}

export interface PublishOptions {
  out?: string;
  updates?: string[];
  feedback?: string[];
  today?: string;
  check?: boolean;
  lang?: Lang;
  textLang?: Lang;
  /** The site's languages ("fr", "en", "fr,en", "en,fr"): the plan's alone when not given. */
  siteLang?: string;
  previous?: string;
  /** Where the public gives feedback: an e-mail or a web address, shown on every page. */
  contact?: string;
}

/** A line on stderr in the run's language `L`: « jalon : … », "jalon: …". */
const say = (err: Err, line: string, L: Lang) => err.write(`${lineStart(L)}${line}\n`);

function readPlan(
  file: string,
  opts: { lang?: Lang; textLang?: Lang },
  err: Err,
  L: Lang,
): { draft: Draft; analysis: PlanReading } | undefined {
  const lang = opts.textLang;
  let draft: Draft;
  try {
    draft = readDraft(file);
  } catch (e) {
    const re = e instanceof ReadError ? e : undefined;
    err.write(`${errorLine(file, re?.code ?? 'unknown', L, re ? undefined : (e as Error).message, re?.where)}\n`);
    return undefined;
  }
  // A plan read in the language --text-lang sets that reads as the other is said, as `jalon check` says it.
  const mismatch = languageMismatch(file, draft.source.text, lang, L, '--text-lang');
  if (mismatch) say(err, mismatch, L);
  // --lang once set the plan's language too: where the plan reads as the other, what it does now is said.
  else if (opts.lang && !lang && languageMismatch(file, draft.source.text, opts.lang, L)) {
    const names = cli[L].guard.languages;
    const detected = opts.lang === 'fr' ? 'en' : 'fr';
    say(err, tr('cli.langIsMessages', L, { lang: opts.lang, detected: names[detected], forced: names[opts.lang] }), L);
  }
  // The checks add findings, never fields: the follow-up reads the commitments only (the same as a check reads).
  const analysis = planReading(draft.source, lang ? { lang } : { messages: L });
  return { draft, analysis };
}

/** The file --previous reads: a site's plan.json when it names the site's folder. */
function previousFile(file: string): string {
  try {
    return statSync(file).isDirectory() ? join(file, 'plan.json') : file;
  } catch {
    return file;
  }
}

/**
 * Whether --previous names a plan (a draft's format) rather than what it takes, a site's plan.json or a sheet:
 * read as a sheet, a plan gets a line per comma about quoting. Excel saves a sheet as « Texte Unicode » (.txt)
 * too: a sheet's first line names an id column.
 */
function previousIsPlan(file: string): boolean {
  const ext = extname(file).toLowerCase();
  if (['.md', '.markdown', '.docx', '.odt', '.doc', '.pdf'].includes(ext)) return true;
  if (ext !== '.txt') return false;
  let head: string;
  try {
    head = decodeText(readFileSync(file)).split(/\r?\n/, 1)[0];
  } catch {
    return false; // said when it is read
  }
  return !head.split(/[,;\t]/).some((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase() === 'id');
}

/** A wrong --previous, said before anything is read (true when said). */
function wrongPrevious(previous: string | undefined, err: Err, L: Lang): boolean {
  if (previous === undefined || !previousIsPlan(previousFile(previous))) return false;
  say(err, fill(cli[L].guard.previousKind, { file: previous }, L), L);
  return true;
}

/** Ids given before, from a published site (its folder or its plan.json) or a follow-up sheet. */
function readPrevious(file: string, lang: Lang): { registry?: KnownCommitment[]; problems: Problem[] } {
  let path = file;
  try {
    if (statSync(file).isDirectory()) path = join(file, 'plan.json');
    const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    if (extname(path).toLowerCase() === '.json' || text.trimStart().startsWith('{')) {
      const registry = registryFromPlanJson(JSON.parse(text));
      if (registry.length) return { registry, problems: [] };
    } else {
      const { table, problems } = readTable(path);
      if (table) return { registry: registryFromSheets([table], lang), problems: [] };
      return { problems };
    }
  } catch (e) {
    // A file that cannot be opened is said as such; one that is neither a site nor a sheet, below.
    const code = path === file ? fsProblem(e) : undefined;
    if (code) return { problems: [{ file, code }] };
  }
  return { problems: [{ file, code: 'notPrevious' }] };
}

const tr = (key: string, L: Lang, vars?: Record<string, string | number>) => translator(publish, L)(key, vars);

function sayProblems(problems: Problem[], err: Err, L: Lang): void {
  for (const p of problems) say(err, problemLine(p, L), L);
  say(err, tr('cli.invalid', L, { count: problems.length }), L);
}

export function updatesTemplate(planFile: string, opts: TemplateOptions, err: Err, L: Lang): number {
  // The sheet never replaces what this command reads, nor, unless asked, a sheet that may be filled in.
  const guard = cli[L].guard;
  const input = inputAt(opts.out, opts.previous ? [planFile, previousFile(opts.previous)] : [planFile]);
  if (input !== undefined) {
    const same = input === opts.out ? '' : fill(guard.sameAs, { input }, L);
    say(err, fill(guard.outIsInput, { out: opts.out, same }, L), L);
    return 2;
  }
  // A folder is not a sheet filled in: said as one when the sheet is written.
  if (!opts.force && existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
    say(err, fill(guard.outExistsSheet, { out: opts.out }, L), L);
    return 2;
  }
  if (wrongPrevious(opts.previous, err, L)) return 2;
  const plan = readPlan(planFile, opts, err, L);
  if (!plan) return 2;
  if (plan.analysis.commitments.length === 0) {
    say(err, about(planFile, tr('cli.noCommitment', L), L), L);
    return 1;
  }
  let registry: KnownCommitment[] | undefined;
  if (opts.previous) {
    const previous = readPrevious(opts.previous, plan.analysis.language);
    if (previous.problems.length) {
      sayProblems(previous.problems, err, L);
      return 1;
    }
    registry = previous.registry;
  }
  const sheet = updatesSheet(plan.analysis, { registry });
  try {
    const out = fileOutput(opts.out);
    out.write(sheet);
    const failed = out.close();
    if (failed) throw failed;
  } catch (e) {
    const example = join(opts.out, `${cli[L].system.sheetName}.csv`);
    say(
      err,
      about(opts.out, tr('cli.sheetFailed', L, { detail: systemReason(e, 'write', opts.out, L, example) }), L),
      L,
    );
    return 2;
  }
  const rows = sheet.split('\r\n').length - 2;
  say(err, tr('cli.sheetWritten', L, { file: opts.out, rows, commitments: plan.analysis.commitments.length }), L);
  return 0;
}

/** The site's languages: those --site-lang names, the plan's first, else the plan's alone. */
function siteLanguages(asked: string | undefined, plan: Lang): Lang[] {
  const langs = (asked ?? plan).split(',') as Lang[];
  return langs.includes(plan) ? [plan, ...langs.filter((l) => l !== plan)] : langs;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What became of the ids: new commitments, those recognised by their content, those gone from the plan. */
function idReport(ids: PlanIds, analysis: PlanReading, matched: boolean, err: Err, L: Lang): void {
  if (!matched) return;
  ids.commitments.forEach((c, k) => {
    const title = quote(analysis.commitments[k].title, L);
    if (c.by === 'new') say(err, tr('cli.newId', L, { id: c.id, title }), L);
    else if (c.by === 'content')
      say(err, tr('cli.matchedId', L, { id: c.id, title, before: quote(c.known!.title, L) }), L);
  });
  // Said once, when a commitment leaves the plan; plan.json remembers it after that.
  for (const k of ids.removed)
    if (!k.removed) say(err, tr('cli.removedId', L, { id: k.id, title: quote(k.title, L) }), L);
}

export async function publishSite(planFile: string, opts: PublishOptions, err: Err, L: Lang): Promise<number> {
  if (!opts.out && !opts.check) {
    say(err, tr('cli.outRequired', L), L);
    return 2;
  }
  const today = opts.today ?? localToday();
  const mistake = dayMistake(today);
  if (mistake) {
    // A date written as asked that is not in the calendar is told so, not asked for in the form it has.
    const key =
      mistake.code === 'noSuchDay'
        ? 'todayNoSuchDay'
        : mistake.code === 'noSuchMonth'
          ? 'todayNoSuchMonth'
          : 'badToday';
    say(err, tr(`cli.${key}`, L, mistake.vars), L);
    return 2;
  }
  if (wrongPrevious(opts.previous, err, L)) return 2;
  if (opts.contact !== undefined && !parseContact(opts.contact)) {
    say(err, tr('cli.badContact', L, { value: opts.contact }), L);
    return 2;
  }
  // A wrong --out is said before anything is read; the site there gives the ids published before.
  let published: KnownCommitment[] | undefined;
  if (opts.out) {
    try {
      const plan = publishedPlan(opts.out);
      if (plan) published = registryFromPlanJson(plan);
    } catch (e) {
      if (e instanceof NotASite) say(err, tr('cli.notSite', L, { dir: opts.out }), L);
      else say(err, tr('cli.outFailed', L, { dir: opts.out, detail: systemReason(e, 'read', opts.out, L) }), L);
      return 2;
    }
    if (!opts.check && !canMakeSiteIn(opts.out, err, L)) return 2;
  }
  // The site's files are made empty by the writer thread as soon as the ids are known, while the reports are
  // still read: on a national repository creating ten thousand files takes the system a second or more.
  let early: SiteWrite | undefined;
  const onIds = (ids: PlanIds, lang: Lang) => {
    if (!opts.out || opts.check) return;
    try {
      early = startSite(opts.out);
      early.create(
        sitePaths(
          lang,
          ids.commitments.map((c) => c.id),
          siteLanguages(opts.siteLang, lang),
        ),
      );
    } catch {
      early = undefined; // said when the site is written
    }
  };
  let checked: ReturnType<typeof readAndCheck>;
  try {
    checked = readAndCheck(planFile, opts, today, published, err, L, onIds);
  } catch (e) {
    await early?.abandon();
    throw e;
  }
  if (typeof checked === 'number') {
    await early?.abandon();
    return checked;
  }
  const { site, counts } = checked;
  if (opts.check) {
    say(err, tr('cli.checked', L, counts), L);
    return 0;
  }
  const out = opts.out!;
  try {
    await (early ?? startSite(out)).finish(
      renderSite(site, { name: 'jalon', version: pkg.version }, siteLanguages(opts.siteLang, site.lang)),
    );
  } catch (e) {
    say(err, tr('cli.outFailed', L, { dir: out, detail: systemReason(e, 'write', out, L) }), L);
    return 2;
  }
  // Without a channel the site's feedback page tells the public there is none: the administration publishing is told.
  if (!site.contact) {
    const page = join(out, siteLanguages(opts.siteLang, site.lang)[0]!, 'feedback.html');
    say(err, tr('cli.noContactGiven', L, { page }), L);
  }
  say(
    err,
    tr('cli.published', L, { ...counts, dir: out, overdue: site.overdue.length, index: join(out, 'index.html') }),
    L,
  );
  return 0;
}

/**
 * Whether a folder can be made beside --out (the new site is written in one, then put in its place): said before
 * anything is read when it cannot. The folder --out goes in must be there: a mistyped path is said, not made
 * (only the site's own folder is made). A folder is made there and removed.
 */
function canMakeSiteIn(out: string, err: Err, L: Lang): boolean {
  const parent = dirname(resolve(out));
  if (!existsSync(parent)) {
    say(err, tr('cli.outParentMissing', L, { dir: out, parent }), L);
    return false;
  }
  try {
    rmdirSync(mkdtempSync(join(parent, `.${basename(resolve(out))}.`)));
    return true;
  } catch (e) {
    say(err, tr('cli.outFailed', L, { dir: out, detail: systemReason(e, 'write', out, L) }), L);
    return false;
  }
}

/**
 * The plan, the sheets and the feedback read and checked, and the site's data made from them; every problem
 * said, and an exit code when there is one. The inputs are let go once the site's data is made: a national
 * repository's sheets hold a million cells that the pages do not need.
 */
function readAndCheck(
  planFile: string,
  opts: PublishOptions,
  today: string,
  published: KnownCommitment[] | undefined,
  err: Err,
  L: Lang,
  onIds?: (ids: PlanIds, lang: Lang) => void,
): { site: Site; counts: Record<string, number> } | number {
  const plan = readPlan(planFile, opts, err, L);
  if (!plan) return 2;
  const { analysis } = plan;
  if (analysis.commitments.length === 0) {
    say(err, about(planFile, tr('cli.noCommitment', L), L), L);
    return 1;
  }
  const problems: Problem[] = [];
  if (opts.previous) {
    const previous = readPrevious(opts.previous, analysis.language);
    problems.push(...previous.problems);
    published = previous.registry ?? published;
  }
  const tables = (files: string[] = []) =>
    files.flatMap((f) => {
      const r = readTable(f);
      problems.push(...r.problems);
      return r.table ? [r.table] : [];
    });
  const updates: CsvTable[] = tables(opts.updates);
  const feedback: CsvTable[] = tables(opts.feedback);
  if (problems.length) {
    sayProblems(problems, err, L);
    return 1;
  }
  const title = planTitle(plan.draft.source, analysis.commitments) || basename(planFile, extname(planFile));
  const prepared = prepareSite({
    analysis,
    title,
    today,
    updates,
    feedback,
    published,
    source: plan.draft.source,
    contact: opts.contact === undefined ? undefined : parseContact(opts.contact),
    onIds: onIds && ((ids) => onIds(ids, analysis.language)),
  });
  idReport(prepared.ids, analysis, prepared.matched, err, L);
  for (const n of prepared.notices) say(err, problemLine(n, L), L);
  if (!prepared.site) {
    sayProblems(prepared.problems, err, L);
    return 1;
  }
  return { site: prepared.site, counts: { commitments: prepared.site.commitments.length, ...prepared.counts } };
}
