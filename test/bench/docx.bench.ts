// `npm run bench -- docx`: reviewing 50 drafts of 20 pages each (.docx read, analysed, reported), in documents
// per second, against the floor of merely unzipping them and parsing their XML with the same libraries
// (fflate, fast-xml-parser, same options). Target: within 2x of that floor, for what the user runs: `jalon check
// --jobs 2 DIR` as a new process of the bundle just built (reading from disk, worker threads started cold),
// against the floor run the same way (a new node process reading the same files from disk). Also printed: the
// in-process single-thread numbers (warm, from memory, against the in-process floor) and `--jobs 1` as a process.
// The floor builds the whole XML tree (PARSER_OPTIONS); the reader leaves formatting-only subtrees unbuilt
// (READ_OPTIONS' stopNodes) after checking the whole part is well formed. Drafts are generated here.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARSER_OPTIONS } from '../../src/cli/docx/xml';
import { draftFromBytes } from '../../src/cli/input';
import { reportWriter } from '../../src/cli/report';
import { reviewDraft } from '../../src/cli/review';

const DRAFTS = 50;
const WORDS_PER_PAGE = 500;
const PAGES = 20;

// Drafts vary like real ones: each commitment has its own subject, figures and dates, from a seeded generator.
const SUBJECTS = [
  'Le ministère de l’Économie',
  'La DINSIC',
  'Le ministère de la Justice',
  'La Cour des comptes',
  'Etalab',
  'Le ministère de l’Intérieur',
  'La DGFiP',
  'Le ministère de la Santé',
  'L’INSEE',
  'La HATVP',
];
const OBJECTS = [
  'les données des marchés publics',
  'le code source du calculateur fiscal',
  'les avis de la CADA',
  'le registre des lobbyistes',
  'les subventions aux associations',
  'les délibérations des collectivités',
  'les dépenses de santé',
  'les décisions de justice',
  'le budget de l’État',
  'les effectifs de la fonction publique',
];
const ACTIONS = [
  'publiera chaque mois',
  'ouvrira sur data.gouv.fr',
  'mettra en ligne',
  'décrira dans un guide',
  'soumettra à consultation',
  'documentera dans une API',
  'renforcera',
  'promouvra',
  'développera',
  'poursuivra la publication de',
];
const TAILS = [
  'au format OCDS',
  'sous licence ouverte',
  'avec un indicateur de complétude',
  'd’ici fin 2019',
  'dans les meilleurs délais',
  'avec les associations partenaires',
  'après avis de la CNIL',
  'en lien avec la société civile',
];
const MONTHS = ['janvier', 'mars', 'juin', 'septembre', 'décembre'];

function rng(seed: number): () => number {
  let x = seed * 2654435761 + 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

export function draftDoc(seed: number): Document {
  const r = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const sentence = () =>
    `${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(TAILS)}, pour ${Math.floor(r() * 90 + 10)} % des cas en ${pick(MONTHS)} ${2018 + Math.floor(r() * 3)}.`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(`Projet de plan d’action n° ${seed + 1}`)],
    }),
  ];
  let words = 0;
  let n = 0;
  const target = WORDS_PER_PAGE * PAGES;
  while (words < target) {
    n += 1;
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(`Engagement ${n} : ${pick(ACTIONS)} ${pick(OBJECTS)}`)],
      }),
    );
    for (const [label, value] of [
      ['Porteur : ', pick(SUBJECTS)],
      ['Indicateur : ', `part de ${pick(OBJECTS)} publiés dans le mois`],
      ['Coût : ', `${Math.floor(r() * 900 + 100)} 000 €`],
    ]) {
      children.push(new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(value)] }));
      words += 6;
    }
    for (let i = 0; i < 8; i++) {
      const sentences = [sentence(), sentence(), sentence()];
      // Several runs per paragraph, as Word writes them after editing.
      children.push(
        new Paragraph({ children: sentences.map((t, k) => new TextRun({ text: `${t} `, italics: k === 1 })) }),
      );
      words += sentences.join(' ').split(/\s+/).length;
    }
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    children.push(
      new Table({
        rows: [
          new TableRow({ children: [cell('Jalon'), cell('Échéance')] }),
          new TableRow({ children: [cell('Arrêté publié'), cell(`${pick(MONTHS)} 2018`)] }),
          new TableRow({ children: [cell('Premier jeu de données'), cell(`${pick(MONTHS)} 2019`)] }),
        ],
      }),
    );
    words += 12;
  }
  return new Document({ sections: [{ children }] });
}

const WANTED = new Set(['word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml']);
const JOBS = 2;
const REPEAT = 7;

function floor(buffers: Uint8Array[]): void {
  const parser = new XMLParser(PARSER_OPTIONS);
  const decoder = new TextDecoder();
  for (const b of buffers) {
    const parts = unzipSync(b, { filter: (f) => WANTED.has(f.name) });
    for (const name of Object.keys(parts)) parser.parse(decoder.decode(parts[name]));
  }
}

/** The floor for a run that reads the drafts from disk: the same work, files read first. */
function floorFromDisk(files: string[]): void {
  floor(files.map((f) => new Uint8Array(readFileSync(f))));
}

function readOnly(buffers: Uint8Array[]): number {
  return buffers.reduce((n, b, i) => n + draftFromBytes(`projet-${i}.docx`, 'docx', b).source.text.length, 0);
}

function full(buffers: Uint8Array[]): number {
  const report = reportWriter('json', 'fr');
  let length = 0;
  buffers.forEach(
    (b, i) =>
      (length += report
        .add(reviewDraft(draftFromBytes(`projet-${i}.docx`, 'docx', b), {}))
        .reduce((n, piece) => n + piece.length, 0)),
  );
  return length + report.end([]).length;
}

/** What the user runs: `node jalon.cjs check --jobs N --out FILE DIR`, a new process (its reader threads run reader.cjs, built beside it). */
function command(bin: string, dir: string, jobs: number, out: string): void {
  const r = spawnSync(process.execPath, [bin, 'check', '--jobs', String(jobs), '--out', out, dir], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'fr_FR.UTF-8' },
  });
  if (r.status === 2 || r.status === null) throw new Error(`jalon check failed (exit ${r.status}): ${r.stderr}`);
}

/** The floor as a new process too (node started, fflate and fast-xml-parser loaded, the files read from disk). */
function floorProcess(dir: string): void {
  const script = `
const { unzipSync } = require('fflate');
const { XMLParser } = require('fast-xml-parser');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const wanted = new Set(${JSON.stringify([...WANTED])});
const parser = new XMLParser(${JSON.stringify(PARSER_OPTIONS)});
const decoder = new TextDecoder();
for (const name of readdirSync(process.argv[1]).sort()) {
  const parts = unzipSync(new Uint8Array(readFileSync(join(process.argv[1], name))), { filter: (f) => wanted.has(f.name) });
  for (const part of Object.keys(parts)) parser.parse(decoder.decode(parts[part]));
}`;
  const r = spawnSync(process.execPath, ['-e', script, dir], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`floor process failed: ${r.stderr}`);
}

/**
 * CPU time (user + system, every thread) of the child processes waited for so far, in ms, from /proc (Linux only;
 * NaN elsewhere): printed beside the wall times, which a shared machine stretches while CPU time stays put.
 */
function childrenCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Runs a child process and returns its CPU time (see childrenCpu). */
function cpuOf(fn: () => void): number {
  const before = childrenCpu();
  fn();
  return childrenCpu() - before;
}

/**
 * One more `jalon check --jobs N` process, its threads' CPU sampled from /proc every 10 ms (Linux only; undefined
 * elsewhere): the main thread, the busiest other thread (the reader thread with --jobs 2) and the rest (V8's
 * compiler and collector threads, which node does not name apart), with the wall time. Printed, never compared.
 */
async function threadsOf(bin: string, dir: string, jobs: number, out: string) {
  const t = performance.now();
  const child = spawn(process.execPath, [bin, 'check', '--jobs', String(jobs), '--out', out, dir], {
    env: { PATH: process.env.PATH, LANG: 'fr_FR.UTF-8' },
    stdio: 'ignore',
  });
  const cpu = new Map<string, number>(); // thread id -> CPU in ms, last seen
  const sample = () => {
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10); // utime, stime in clock ticks
      }
    } catch {
      // the process or one of its threads has just ended: its last sample stands
    }
  };
  const timer = setInterval(sample, 10);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const wall = performance.now() - t;
  if (cpu.size === 0) return undefined;
  const main = cpu.get(String(child.pid)) ?? 0;
  const others = [...cpu].filter(([tid]) => tid !== String(child.pid)).map(([, ms]) => ms);
  const busiest = Math.max(0, ...others);
  const rest = others.reduce((a, b) => a + b, 0) - busiest;
  return { wall, main, busiest, rest };
}

async function best(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(): Promise<boolean> {
  const buffers: Uint8Array[] = [];
  for (let i = 0; i < DRAFTS; i++) buffers.push(new Uint8Array(await Packer.toBuffer(draftDoc(i))));
  const sample = draftFromBytes('x.docx', 'docx', buffers[0]);
  const words = sample.source.text.split(/\s+/).length;
  const mb = buffers.reduce((s, b) => s + b.length, 0) / 1e6;
  console.log(`${DRAFTS} drafts, ~${words} words each (${PAGES} pages), ${mb.toFixed(1)} MB zipped`);

  // The command as shipped: jalon.cjs and the reader.cjs its threads run, built here so that it is the current code.
  const tmp = mkdtempSync(join(tmpdir(), 'jalon-bench-docx-'));
  const dir = join(tmp, 'projets');
  execFileSync('mkdir', ['-p', dir]);
  const files = buffers.map((b, i) => {
    const f = join(dir, `projet-${String(i + 1).padStart(2, '0')}.docx`);
    writeFileSync(f, b);
    return f;
  });
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.cli.config.js', '--output-path', join(tmp, 'cli')],
    {
      cwd: join(__dirname, '../..'),
      stdio: 'pipe',
    },
  );
  const bin = join(tmp, 'cli', 'jalon.cjs');
  const out = join(tmp, 'revue.json');

  try {
    full(buffers.slice(0, 5)); // warm-up: JIT and the engine's compiled rules
    floor(buffers.slice(0, 5));
    // Runs interleaved and the minimum kept: the machine is shared, a run can only be slowed down by others.
    const t = {
      floor: Infinity,
      floorDisk: Infinity,
      floorProcess: Infinity,
      read: Infinity,
      full: Infinity,
      single: Infinity,
      parallel: Infinity,
    };
    // The processes' CPU time, all threads: where --jobs 2 takes about as long as its CPU time, no core was free
    // for its second thread (the machine is shared), and the wall-time ratio says more about the load than the code.
    const cpu = { floor: Infinity, single: Infinity, parallel: Infinity };
    const child = (key: keyof typeof cpu, fn: () => void) => () => {
      cpu[key] = Math.min(cpu[key], cpuOf(fn));
    };
    for (let r = 0; r < REPEAT; r++) {
      t.floor = Math.min(t.floor, await best(() => floor(buffers)));
      t.floorDisk = Math.min(t.floorDisk, await best(() => floorFromDisk(files)));
      t.floorProcess = Math.min(t.floorProcess, await best(child('floor', () => floorProcess(dir))));
      t.read = Math.min(t.read, await best(() => readOnly(buffers)));
      t.full = Math.min(t.full, await best(() => full(buffers)));
      t.single = Math.min(t.single, await best(child('single', () => command(bin, dir, 1, out))));
      t.parallel = Math.min(t.parallel, await best(child('parallel', () => command(bin, dir, JOBS, out))));
    }
    const perSecond = (ms: number) => `${((DRAFTS * 1000) / ms).toFixed(1)} documents/s`;
    const single = t.full / t.floor;
    const parallel = t.parallel / t.floorProcess;
    console.log(
      `floor (unzip + parse XML, one thread), in this process: ${t.floor.toFixed(0)} ms from memory, ${t.floorDisk.toFixed(0)} ms from disk`,
    );
    console.log(
      `floor as a new process (node started, files read from disk): ${t.floorProcess.toFixed(0)} ms, ${perSecond(t.floorProcess)}`,
    );
    console.log(
      `reading the .docx structure only (zip bounds, XML check, parse without formatting subtrees, paragraphs): ${t.read.toFixed(0)} ms, ${(t.read / t.floor).toFixed(2)}x the floor`,
    );
    console.log(
      `single thread, in this process, warm (read, analyse, JSON report): ${t.full.toFixed(0)} ms, ${perSecond(t.full)}, ${single.toFixed(2)}x the floor`,
    );
    console.log(
      `  of which analysis (core) and report: ${(t.full - t.read).toFixed(0)} ms, ${((t.full - t.read) / DRAFTS).toFixed(1)} ms per draft`,
    );
    console.log(
      `jalon check --jobs 1 DIR, a new process: ${t.single.toFixed(0)} ms, ${perSecond(t.single)}, ${(t.single / t.floorProcess).toFixed(2)}x the floor process`,
    );
    console.log(
      `jalon check --jobs ${JOBS} DIR, a new process: ${t.parallel.toFixed(0)} ms, ${perSecond(t.parallel)}, ${parallel.toFixed(2)}x the floor process` +
        ` (${(t.parallel / t.floorDisk).toFixed(2)}x the warm in-process floor from disk)`,
    );
    console.log(
      `CPU time of the processes (user + system, all threads, minima): floor ${cpu.floor.toFixed(0)} ms, --jobs 1 ${cpu.single.toFixed(0)} ms (${(cpu.single / cpu.floor).toFixed(2)}x), --jobs ${JOBS} ${cpu.parallel.toFixed(0)} ms (${(cpu.parallel / cpu.floor).toFixed(2)}x)`,
    );
    const threads = await threadsOf(bin, dir, JOBS, out);
    if (threads)
      console.log(
        `one more --jobs ${JOBS} process, its threads' CPU (sampled from /proc every 10 ms): main thread ${threads.main} ms, reader thread (the busiest other) ${threads.busiest} ms, V8's compiler and collector threads ${threads.rest} ms; wall ${threads.wall.toFixed(0)} ms`,
      );
    console.log(`ratio to floor: parallel ${parallel.toFixed(2)}x (target ≤ 2x), single thread ${single.toFixed(2)}x`);
    return parallel <= 2;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
