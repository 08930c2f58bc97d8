import { analyze } from '../../../src/core/analyze';
import fc from 'fast-check';
import { findingJson, jsonLines, lineStarts, position, RawJson, toJson, toSarif } from '../../../src/core/export';
import type { Finding } from '../../../src/core/types';
import { RULES } from '../../../src/core/lint';
import { fromPlainText } from '../../../src/core/source';

// The parts of a SARIF log these tests read.
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  kind?: string;
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
  locations: { physicalLocation: { region: { snippet: { text: string } } & Record<string, unknown> } }[];
}
interface Sarif {
  version: string;
  runs: { columnKind: string; tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

describe('exports', () => {
  const text = 'Titre\r\nLe ministère va renforcer\u00A0le contrôle 😀 et promouvoir l’open data.';
  const analysis = analyze(fromPlainText(text), { lang: 'fr', ignores: { terms: ['promouvoir'] } });

  test('JSON: findings with offsets, lines and columns in UTF-16 units', () => {
    const report = toJson([{ file: 'plan.txt', analysis }]);
    const f = report.files[0].findings.find((x) => x.actual === 'renforcer')!;
    expect(report.files[0].language).toBe('fr');
    expect(f).toMatchObject({
      ruleId: 'vague-term',
      severity: 'warning',
      line: 2,
      column: 'Le ministère va '.length + 1,
    });
    expect(text.slice(f.start, f.end)).toBe('renforcer');
    expect(report.files[0].suppressed.map((x) => x.actual)).toEqual(['promouvoir']);
  });

  test('SARIF 2.1.0 shape', () => {
    const log = toSarif([{ file: 'plan.txt', analysis }]) as unknown as Sarif;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('Jalon');
    expect(run.tool.driver.rules.map((r: SarifRule) => r.id)).toEqual(expect.arrayContaining(RULES.map((r) => r.id)));
    for (const r of run.tool.driver.rules) expect(r.fullDescription?.text ?? r.shortDescription.text).toBeTruthy();
    const results = run.results as SarifResult[];
    const renforcer = results.find((r) => r.locations[0].physicalLocation.region.snippet.text === 'renforcer')!;
    expect(renforcer.level).toBe('warning');
    expect(run.tool.driver.rules[renforcer.ruleIndex].id).toBe(renforcer.ruleId);
    expect(renforcer.partialFingerprints['jalon/v1']).toMatch(/^[0-9a-f]{16}$/);
    const region = renforcer.locations[0].physicalLocation.region;
    expect(region).toMatchObject({
      startLine: 2,
      startColumn: 17,
      endLine: 2,
      endColumn: 26,
      charOffset: text.indexOf('renforcer'),
      charLength: 9,
    });
    const suppressed = results.find((r) => r.suppressions)!;
    expect(suppressed.suppressions![0]).toMatchObject({ kind: 'external', status: 'accepted' });
    // The justification is in the plan's language: the term was ignored by its author.
    expect(suppressed.suppressions![0].justification).toMatch(/^Ignoré par l’auteur \(\w+\)$/);
    const en = toSarif([{ file: 'plan.txt', analysis }], { lang: 'en' }) as unknown as Sarif;
    const enSuppressed = (en.runs[0].results as SarifResult[]).find((r) => r.suppressions)!;
    expect(enSuppressed.suppressions![0].justification).toMatch(/^Ignored by the author \(\w+\)$/);
    const info = results.find((r) => r.level === 'none');
    if (info) expect(info.kind).toBe('informational');
  });

  test('rule descriptions exist in both languages', () => {
    for (const r of RULES) {
      expect(r.description.fr.length).toBeGreaterThan(10);
      expect(r.description.en.length).toBeGreaterThan(10);
    }
    const en = toSarif([{ file: 'a.txt', analysis }], { lang: 'en' }) as unknown as Sarif;
    expect(en.runs[0].tool.driver.rules[0].name).toBe('Vague verb');
  });

  test('line starts found with indexOf are those of a loop over every character, for \n, \r\n and \r', () => {
    const plain = (t: string) => {
      const starts = [0];
      for (let i = 0; i < t.length; i++) {
        if (t[i] === '\n') starts.push(i + 1);
        else if (t[i] === '\r') {
          if (t[i + 1] === '\n') i++;
          starts.push(i + 1);
        }
      }
      return starts;
    };
    const piece = fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'é', ' '), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')),
        (t) => expect(lineStarts(t)).toEqual(plain(t)),
      ),
    );
  });

  test('a finding written as JSON with its place is JSON.stringify of the finding with line and column added', () => {
    const str = fc.oneof(
      fc.string(),
      fc.constantFrom('« renforcer »', 'l’open data', 'a "quoted" \\ back\nslash', '\u2028\u0000😀'),
    );
    const finding = fc.record(
      {
        ruleId: str,
        source: fc.constant('jalon'),
        severity: fc.constantFrom('error', 'warning', 'suggestion', 'info'),
        message: str,
        note: fc.option(str, { nil: undefined }),
        actual: str,
        expected: fc.array(str, { maxLength: 3 }),
        start: fc.nat(300),
        end: fc.nat(300),
        paragraph: fc.nat(50),
        paragraphOffset: fc.nat(300),
        commitment: fc.option(fc.nat(20), { nil: undefined }),
        fingerprint: str,
        data: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(str, fc.integer(), fc.boolean())), {
          nil: undefined,
        }),
      },
      {
        requiredKeys: [
          'ruleId',
          'source',
          'severity',
          'message',
          'actual',
          'expected',
          'start',
          'end',
          'paragraph',
          'paragraphOffset',
          'fingerprint',
        ],
      },
    );
    const extra = fc.constantFrom('', ',"textBox":true', ',"noteRef":{"kind":"footnote","id":"2"}');
    fc.assert(
      fc.property(finding, fc.string({ maxLength: 300 }), extra, (f, text, more) => {
        const starts = lineStarts(text);
        const s = position(starts, f.start);
        const e = position(starts, f.end);
        const whole = {
          ...f,
          line: s.line,
          column: s.column,
          endLine: e.line,
          endColumn: e.column,
          ...(more ? JSON.parse(`{${more.slice(1)}}`) : {}),
        };
        expect(findingJson(starts, f as Finding, more)).toBe(JSON.stringify(whole));
      }),
    );
    // The core's toJson writes the same findings.
    const starts = lineStarts(analysis.text);
    const report = toJson([{ file: 'plan.txt', analysis }]).files[0];
    expect(analysis.findings.map((f) => findingJson(starts, f))).toEqual(report.findings.map((f) => JSON.stringify(f)));
  });

  test('jsonLines writes a value already written (RawJson) as it is', () => {
    const raw = new RawJson('{"a":1}');
    expect(jsonLines({ findings: [raw, raw] }, 2)).toBe('{\n  "findings": [\n    {"a":1},\n    {"a":1}\n  ]\n}');
    expect(jsonLines(raw, 0)).toBe('{"a":1}');
  });

  test('jsonLines: the same JSON as JSON.stringify, indented down to a depth and one line per value below it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        const text = jsonLines(value, depth);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        if (depth === 0) expect(text).toBe(JSON.stringify(value));
        // Written inside a larger document (pad), it is the same text as that document's part.
        expect(jsonLines({ files: [value] }, depth + 2)).toBe(
          `{\n  "files": [\n    ${jsonLines(value, depth, '  ', '    ')}\n  ]\n}`,
        );
      }),
    );
    // undefined members are left out and undefined array items become null, as JSON.stringify does them.
    expect(jsonLines({ a: undefined, b: [undefined, 1] }, 3)).toBe('{\n  "b": [\n    null,\n    1\n  ]\n}');
    const lines = jsonLines(toJson([{ file: 'plan.txt', analysis }]), 4).split('\n');
    const findingLines = lines.filter((l) => l.trimStart().startsWith('{"ruleId"'));
    expect(findingLines.length).toBe(analysis.findings.length + (analysis.suppressed ?? []).length);
    for (const l of findingLines) expect(JSON.parse(l.trim().replace(/,$/, '')).ruleId).toBeDefined();
  });
});
