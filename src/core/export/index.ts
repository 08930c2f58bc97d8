// Exports of an analysis: Jalon's JSON (the command line's --format json) and SARIF 2.1.0 for code-review
// and CI tools. Offsets stay UTF-16 code units (SARIF columnKind "utf16CodeUnits"), lines and columns 1-based.
import { RULES } from '../checks';
import { ownNumber } from '../commitments/names';
import { fill, findings } from '../messages';
import type { Analysis, Finding, Lang, Severity } from '../types';

export interface FileAnalysis {
  /** Path or URI as the user gave it. */
  file: string;
  analysis: Analysis;
}

export interface JsonFinding extends Finding {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units
  endLine: number;
  endColumn: number; // exclusive
}

export interface JsonReport {
  files: {
    file: string;
    language: Lang;
    stats: Analysis['stats'];
    findings: JsonFinding[];
    suppressed: JsonFinding[];
  }[];
}

/** Line starts of a text (after \n, \r\n or \r), for offset → line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most texts have no \r: indexOf finds the \n far faster than a loop over every character.
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function withPositions(starts: number[], f: Finding): JsonFinding {
  const s = position(starts, f.start);
  const e = position(starts, f.end);
  return Object.assign({}, f, { line: s.line, column: s.column, endLine: e.line, endColumn: e.column }); // faster than a spread
}

/**
 * JSON.stringify(withPositions(starts, f)), followed by `extra` members (",\"key\":value..."), without copying the
 * finding: a 50-draft report writes 15,000 of them. A finding is a plain object with at least one member.
 */
export function findingJson(starts: number[], f: Finding, extra = ''): string {
  const json = JSON.stringify(f);
  const s = position(starts, f.start);
  const e = position(starts, f.end);
  return `${json.slice(0, -1)},"line":${s.line},"column":${s.column},"endLine":${e.line},"endColumn":${e.column}${extra}}`;
}

export function toJson(files: FileAnalysis[]): JsonReport {
  return {
    files: files.map(({ file, analysis }) => {
      const starts = lineStarts(analysis.text);
      return {
        file,
        language: analysis.language,
        stats: analysis.stats,
        findings: analysis.findings.map((f) => withPositions(starts, f)),
        suppressed: (analysis.suppressed ?? []).map((f) => withPositions(starts, f)),
      };
    }),
  };
}

/** A rule as SARIF's tool.driver.rules describes it. */
export interface RuleDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'suggestion' ? 'note' : 'none';
}

/** Jalon's text rules, described in the given language (French and English both in properties). */
export function ruleDescriptors(lang: Lang = 'fr'): RuleDescriptor[] {
  return RULES.map((r) => ({
    id: r.id,
    name: r.name[lang],
    shortDescription: { text: r.name[lang] },
    fullDescription: { text: r.description[lang] },
    defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    properties: { name: r.name, description: r.description },
  }));
}

export interface SarifOptions {
  /** Language of the rule descriptions (default: the first file's language). */
  lang?: Lang;
  toolVersion?: string;
  /** Descriptors of rules outside the text engine (missing-field, duplicate...), added by their owners. */
  extraRules?: RuleDescriptor[];
}

/** A commitment's number as its title gives it, else its place in the plan. */
function numberOf(analysis: Analysis, index: number): number {
  const c = analysis.commitments[index];
  return (c && ownNumber(c.title)) ?? index + 1;
}

/** SARIF 2.1.0 log with one run: fingerprints in partialFingerprints, ignores as external suppressions. */
export function toSarif(files: FileAnalysis[], options: SarifOptions = {}): Record<string, unknown> {
  const lang = options.lang ?? files[0]?.analysis.language ?? 'fr';
  const rules = [...ruleDescriptors(lang), ...(options.extraRules ?? [])];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Record<string, unknown>[] = [];
  files.forEach(({ file, analysis }, artifactIndex) => {
    const starts = lineStarts(analysis.text);
    const emit = (f: Finding): void => {
      if (!ruleIndex.has(f.ruleId)) {
        ruleIndex.set(f.ruleId, rules.length);
        rules.push({
          id: f.ruleId,
          shortDescription: { text: f.ruleId },
          defaultConfiguration: { level: sarifLevel(f.severity) },
        });
      }
      const s = position(starts, f.start);
      const e = position(starts, f.end);
      const level = sarifLevel(f.severity);
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level,
        ...(level === 'none' ? { kind: 'informational' } : {}),
        message: { text: f.note ? `${f.message}\n${f.note}` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file, index: artifactIndex },
              region: {
                startLine: s.line,
                startColumn: s.column,
                endLine: e.line,
                endColumn: e.column,
                charOffset: f.start,
                charLength: f.end - f.start,
                snippet: { text: f.actual },
              },
            },
            ...(f.commitment !== undefined
              ? {
                  logicalLocations: [
                    {
                      // By the plan's own number (« Engagement 2 » is « engagement 2 » even as the draft's first), as
                      // the reports and the CSV's « N° » name it, so that a tool can link them.
                      name: fill(findings[lang].sarifCommitment, { n: numberOf(analysis, f.commitment) }, lang),
                      index: f.commitment,
                      kind: 'module',
                    },
                  ],
                }
              : {}),
          },
        ],
        partialFingerprints: { 'jalon/v1': f.fingerprint },
        properties: {
          severity: f.severity,
          expected: f.expected,
          paragraph: f.paragraph,
          paragraphOffset: f.paragraphOffset,
          ...(f.data ?? {}),
        },
      };
      if (f.suppression) {
        result.suppressions = [
          {
            kind: 'external',
            status: 'accepted',
            justification:
              f.suppression.by === 'organisation'
                ? findings[lang].suppressed.organisation
                : fill(findings[lang].suppressed.author, { level: f.suppression.level }, lang),
            properties: { level: f.suppression.level, by: f.suppression.by },
          },
        ];
      }
      results.push(result);
    };
    for (const f of analysis.findings) emit(f);
    for (const f of analysis.suppressed ?? []) emit(f);
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Jalon', version: options.toolVersion ?? '0.1.0', rules } },
        columnKind: 'utf16CodeUnits',
        language: lang,
        artifacts: files.map(({ file }) => ({ location: { uri: file } })),
        results,
      },
    ],
  };
}

/** A value already written as JSON (one line): jsonLines writes it as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

const unwritable = (x: unknown) => x === undefined || typeof x === 'function' || typeof x === 'symbol';

/**
 * JSON indented down to `depth`, each value below it on one line: a report's findings one per line, so that a
 * 50-draft review stays readable and greppable at two thirds of the fully indented size (and written faster).
 * `pad`: the indentation of the line the value starts on, for a value written inside a larger document.
 */
export function jsonLines(value: unknown, depth: number, indent = '  ', pad = ''): string {
  const out: string[] = [];
  writeJsonLines(value, depth, indent, pad, (s) => out.push(s));
  return out.join('');
}

/** jsonLines' text, handed to `push` piece by piece as it is made (a writer that sends it on in chunks). */
export function writeJsonLines(
  value: unknown,
  depth: number,
  indent: string,
  pad: string,
  push: (piece: string) => void,
): void {
  write(value, 0, pad);

  function write(v: unknown, level: number, pad: string): void {
    if (v instanceof RawJson) {
      push(v.json);
      return;
    }
    if (level >= depth || v === null || typeof v !== 'object' || (v as { toJSON?: unknown }).toJSON !== undefined) {
      push(JSON.stringify(v) ?? 'null');
      return;
    }
    const inner = pad + indent;
    // As JSON.stringify does: array items that cannot be written (undefined, a function, a symbol) become null,
    // such members are left out. No array of entries: a report writes thousands of findings through here.
    if (Array.isArray(v)) {
      if (v.length === 0) {
        push('[]');
        return;
      }
      push('[\n');
      for (let i = 0; i < v.length; i++) {
        push(inner);
        write(unwritable(v[i]) ? null : v[i], level + 1, inner);
        push(i < v.length - 1 ? ',\n' : '\n');
      }
      push(pad);
      push(']');
      return;
    }
    const o = v as Record<string, unknown>;
    const keys: string[] = [];
    const values: unknown[] = []; // each read once, as JSON.stringify reads a getter once
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (unwritable(x)) continue;
      keys.push(k);
      values.push(x);
    }
    if (keys.length === 0) {
      push('{}');
      return;
    }
    push('{\n');
    for (let i = 0; i < keys.length; i++) {
      push(inner);
      push(`${JSON.stringify(keys[i])}: `);
      write(values[i], level + 1, inner);
      push(i < keys.length - 1 ? ',\n' : '\n');
    }
    push(pad);
    push('}');
  }
}
