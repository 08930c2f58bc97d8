// `npm run bench -- docx`: reviewing 50 drafts of 20 pages each (.docx read, analysed, reported), in documents
// per second, against the floor of merely unzipping them and parsing their XML with the same libraries
// (fflate, fast-xml-parser, same options). Target: within 2x of that floor. Drafts are generated here.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { PARSER_OPTIONS } from '../../src/cli/docx/xml';
import { draftFromBytes } from '../../src/cli/input';
import { render } from '../../src/cli/report';
import { reviewDraft, type Review } from '../../src/cli/review';

const DRAFTS = 50;
const WORDS_PER_PAGE = 500;
const PAGES = 20;

// Drafts vary like real ones: each commitment has its own subject, figures and dates, from a seeded generator.
const SUBJECTS = ['Le ministère de l’Économie', 'La DINSIC', 'Le ministère de la Justice', 'La Cour des comptes', 'Etalab', 'Le ministère de l’Intérieur', 'La DGFiP', 'Le ministère de la Santé', 'L’INSEE', 'La HATVP'];
const OBJECTS = ['les données des marchés publics', 'le code source du calculateur fiscal', 'les avis de la CADA', 'le registre des lobbyistes', 'les subventions aux associations', 'les délibérations des collectivités', 'les dépenses de santé', 'les décisions de justice', 'le budget de l’État', 'les effectifs de la fonction publique'];
const ACTIONS = ['publiera chaque mois', 'ouvrira sur data.gouv.fr', 'mettra en ligne', 'décrira dans un guide', 'soumettra à consultation', 'documentera dans une API', 'renforcera', 'promouvra', 'développera', 'poursuivra la publication de'];
const TAILS = ['au format OCDS', 'sous licence ouverte', 'avec un indicateur de complétude', 'd’ici fin 2019', 'dans les meilleurs délais', 'avec les associations partenaires', 'après avis de la CNIL', 'en lien avec la société civile'];
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
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Projet de plan d’action n° ${seed + 1}`)] }),
  ];
  let words = 0;
  let n = 0;
  const target = WORDS_PER_PAGE * PAGES;
  while (words < target) {
    n += 1;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Engagement ${n} : ${pick(ACTIONS)} ${pick(OBJECTS)}`)] }));
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
      children.push(new Paragraph({ children: sentences.map((t, k) => new TextRun({ text: `${t} `, italics: k === 1 })) }));
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

function floor(buffers: Uint8Array[]): void {
  const parser = new XMLParser(PARSER_OPTIONS);
  const decoder = new TextDecoder();
  for (const b of buffers) {
    const parts = unzipSync(b, { filter: (f) => WANTED.has(f.name) });
    for (const name of Object.keys(parts)) parser.parse(decoder.decode(parts[name]));
  }
}

function readOnly(buffers: Uint8Array[]): number {
  return buffers.reduce((n, b, i) => n + draftFromBytes(`projet-${i}.docx`, 'docx', b).source.text.length, 0);
}

function full(buffers: Uint8Array[]): number {
  const review: Review = { files: [], errors: [], lang: 'fr' };
  buffers.forEach((b, i) => review.files.push(reviewDraft(draftFromBytes(`projet-${i}.docx`, 'docx', b), {})));
  return render(review, 'json').length;
}

function time(fn: () => unknown, repeat: number): number {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

export async function run(): Promise<boolean> {
  const buffers: Uint8Array[] = [];
  for (let i = 0; i < DRAFTS; i++) buffers.push(new Uint8Array(await Packer.toBuffer(draftDoc(i))));
  const sample = draftFromBytes('x.docx', 'docx', buffers[0]);
  const words = sample.source.text.split(/\s+/).length;
  const mb = buffers.reduce((s, b) => s + b.length, 0) / 1e6;
  console.log(`${DRAFTS} drafts, ~${words} words each (${PAGES} pages), ${mb.toFixed(1)} MB zipped`);
  full(buffers.slice(0, 5)); // warm-up: JIT and the engine's compiled rules
  floor(buffers.slice(0, 5));
  const tFloor = time(() => floor(buffers), 3);
  const tRead = time(() => readOnly(buffers), 3);
  const tFull = time(() => full(buffers), 3);
  const ratio = tFull / tFloor;
  console.log(`floor (unzip + parse XML): ${tFloor.toFixed(0)} ms, ${((DRAFTS * 1000) / tFloor).toFixed(1)} documents/s`);
  console.log(`reading the .docx structure only (zip bounds, XML check, paragraphs): ${tRead.toFixed(0)} ms, ${(tRead / tFloor).toFixed(2)}x the floor`);
  console.log(`jalon check (read, analyse, JSON report): ${tFull.toFixed(0)} ms, ${((DRAFTS * 1000) / tFull).toFixed(1)} documents/s`);
  console.log(`of which analysis (core) and report: ${(tFull - tRead).toFixed(0)} ms, ${((tFull - tRead) / DRAFTS).toFixed(1)} ms per draft`);
  console.log(`ratio to floor: ${ratio.toFixed(2)}x (target ≤ 2x)`);
  return ratio <= 2;
}
