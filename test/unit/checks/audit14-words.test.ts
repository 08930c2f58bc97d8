// Audit 14 (English users on English plans): words Jalon judged or explained wrongly.
import { analyze, fromPlainText, type Finding, type Lang } from '../../../src/core';

const findingsOf = (text: string, lang: Lang, rule: string): Finding[] =>
  analyze(fromPlainText(text, { markdown: true }), { lang, earlierPlans: null }).findings.filter(
    (f) => f.ruleId === rule,
  );

describe('a vague verb’s explanation reads as a sentence whatever the verb (finding 18)', () => {
  it.each([
    [
      'en',
      'The department will work with civil society. We will seek to publish the data. The Office will prioritize the datasets.',
    ],
    ['fr', '- S’efforcer de publier les données.\n- Travailler avec la société civile.\n- Renforcer le contrôle.'],
  ] as const)('%s: the lemma is quoted, never put after "can" as a verb', (lang, sentences) => {
    const text = `# Plan\n\n## ${lang === 'en' ? 'Commitment' : 'Engagement'} 1: Data\n\n${sentences}`;
    const vague = findingsOf(text, lang, 'vague-term').filter((f) => f.severity === 'warning');
    expect(vague.length).toBeGreaterThanOrEqual(3);
    for (const f of vague) {
      const lemma = String(f.data?.lemma);
      expect(f.note).toContain(lang === 'en' ? `"${lemma}"` : `« ${lemma} »`);
      expect(f.note).not.toContain(lang === 'en' ? `can ${lemma}` : `peut « ${lemma} »`);
    }
  });
});

const usPlan = (...lines: string[]) =>
  ['# Fifth U.S. Open Government National Action Plan', '', '## Commitment 1: Publish data', '', ...lines].join('\n');
const acronymsFlagged = (text: string) =>
  findingsOf(text, 'en', 'jargon')
    .filter((f) => f.data?.acronym)
    .map((f) => f.actual);

describe('acronyms defined the American way are defined (finding 13)', () => {
  it.each([
    [
      '(ABC; …)',
      'The Corporate Transparency Act (CTA; Public Law 116-283) requires a registry. The CTA applies to companies.',
      'CTA',
    ],
    ['(ABCs)', 'The community of Federal Inspectors General (IGs) plays a role. Each IG will publish a report.', 'IG'],
    [
      '"…," or ABCs',
      'Agencies have been identified as "high impact service providers," or HISPs, by OMB. HISPs lead initiatives. Each HISP will publish data.',
      'HISP',
    ],
    [
      'also known as the ABC or Full Name',
      'The Infrastructure Investment and Jobs Act (IIJA; also known as the BIL or Bipartisan Infrastructure Law) funds it. The BIL and the IIJA fund broadband.',
      'BIL',
    ],
  ])('%s', (_, body, acronym) => {
    expect(acronymsFlagged(usPlan(body))).not.toContain(acronym);
    // The same acronym used without its definition is still asked for.
    const later = body.slice(body.indexOf('. ') + 2);
    expect(acronymsFlagged(usPlan(later)).join(' ')).toContain(acronym);
  });

  it('a list of bodies after "or" is no definition: the initials must spell the acronym', () => {
    expect(acronymsFlagged(usPlan('Data will come from the Treasury, or GSA, by June 2024.'))).toContain('GSA');
  });

  it.each(['NZ$400,000', 'US$2 million', 'A$50,000', 'C$1.2 million', 'HK$3 million'])(
    'a currency prefix is no acronym: "Cost: %s"',
    (cost) => {
      expect(acronymsFlagged(usPlan(`Cost: ${cost} over two years.`))).toEqual([]);
    },
  );
});

describe('ordinary English is no vague quantity (finding 14)', () => {
  const quantities = (...lines: string[]) => findingsOf(usPlan(...lines), 'en', 'vague-quantity').map((f) => f.actual);
  it('"Further," opening a sentence is "moreover"; "further guidance" still asks for a figure', () => {
    expect(quantities('Further, the Subcommittee on Equitable Data will publish its report by June 2024.')).toEqual([]);
    expect(quantities('The Department will publish further guidance by June 2024.')).toEqual(['further']);
  });
  it.each(['‘build back better’', '“build back better”', '"build back better"'])(
    'a quoted slogan, %s, is the slogan’s words',
    (slogan) => {
      expect(quantities(`In the spirit of ${slogan}, the Department will publish the data by June 2024.`)).toEqual([]);
      expect(quantities('Citizens will have better access to records by June 2024.')).toEqual(['better']);
    },
  );
});

describe('jargon in a heading is explained in the body (finding 14)', () => {
  it('"Commitment 1: Open data" is not asked to explain itself; the body’s first use is', () => {
    const heading = ['# Plan', '', '## Commitment 1: Open data', '', 'Lead: Cabinet Office.'].join('\n');
    expect(findingsOf(heading, 'en', 'jargon').map((f) => f.actual)).toEqual([]);
    // The same title as a plain line (no heading style), as a pasted draft has it.
    const plain = ['Plan', '', 'Commitment 1: Open data', '', 'Lead: Cabinet Office.'].join('\n');
    expect(findingsOf(plain, 'en', 'jargon').map((f) => f.actual)).toEqual([]);
    const body = `${heading}\n\nThe Cabinet Office will publish its spending as open data by June 2024.`;
    const found = findingsOf(body, 'en', 'jargon');
    expect(found.map((f) => f.actual)).toEqual(['open data']);
    expect(found[0].start).toBeGreaterThan(body.indexOf('The Cabinet Office'));
  });
  it('an acronym spelled out in a heading is known in the body', () => {
    const text = ['# Plan', '', '## Commitment 1: Digital Services Act (DSA)', '', 'The DSA will apply by June 2024.'];
    expect(acronymsFlagged(text.join('\n'))).toEqual([]);
  });
});
