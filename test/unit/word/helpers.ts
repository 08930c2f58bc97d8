// Shared by the Word layer's tests: a host on a profile, and the pane's requests made the way the pane makes them
// (the core's analysis of what the host read, each finding's span in its paragraph).
import { analyze, fromParagraphs, type DocParagraph, type Finding, type HighlightRequest } from '../../../src/core';
import { WordDocument } from '../../../src/word';
import { FakeWordDocument, installFake, type FakeInit, type HostProfile, PROFILES } from './fakeWord';

/** A commitment with a tagged indicator (a no-break space, an emoji), a table cell and an empty paragraph. */
export const TAGGED_PLAN: (string | FakeInit)[] = [
  { text: 'Engagement 1 : Ouvrir les données de la commande publique', heading: 2 },
  'Nous allons renforcer la transparence et renforcer le dialogue.',
  { text: 'Indicateur : 80\u00a0% des marchés publiés 🚀', tags: ['jalon:engagement', 'jalon:indicator'] },
  { text: 'Cellule de tableau', inTable: true },
  '',
];

export async function setup(
  profile: HostProfile = PROFILES.windows365,
  lines: (string | FakeInit)[] = [],
  lang: 'fr' | 'en' = 'fr',
) {
  const d = new FakeWordDocument(lines);
  const installed = await installFake(d, { profile });
  const host = new WordDocument({ lang });
  return { d, host, ...installed };
}

/** A finding's span in its paragraph, as the pane computes it (checker.ts findingRange). */
export function rangeOf(f: Finding, paragraphs: DocParagraph[]) {
  const p = paragraphs[f.paragraph];
  if (!p) return undefined;
  const start = Math.min(f.paragraphOffset, p.text.length);
  const end = Math.min(start + Math.max(0, f.end - f.start), p.text.length);
  return { paragraphId: p.id, start, end };
}

/** What the pane asks the host to mark after a check: every finding but statistics. */
export function checkRequests(paragraphs: DocParagraph[]): { findings: Finding[]; requests: HighlightRequest[] } {
  const analysis = analyze(fromParagraphs(paragraphs));
  const findings = analysis.findings.filter((f) => f.severity !== 'info');
  const requests = findings.flatMap((f): HighlightRequest[] => {
    const r = rangeOf(f, paragraphs);
    if (!r || r.end <= r.start) return [];
    return [
      {
        ...r,
        kind: f.severity,
        message: f.message,
        suggestions: f.expected,
        suggestionsReplace: f.ruleId === 'jargon',
      },
    ];
  });
  return { findings, requests };
}

/** Lets the fake deliver its events (after the sync, on a timer, as Word does). */
export const tick = () => new Promise((r) => setTimeout(r, 5));

/** A document's state an author would notice: every paragraph's text, colours and containers. */
export function snapshot(d: FakeWordDocument): string {
  return JSON.stringify(
    d.paragraphs.map((p) => ({
      text: p.text,
      colours: p.colours,
      containers: p.containers.map((c) =>
        'control' in c ? `cc:${c.control.tag}` : `cell:${c.cell.row},${c.cell.column}`,
      ),
      list: p.list,
      style: p.styleBuiltIn,
    })),
  );
}
