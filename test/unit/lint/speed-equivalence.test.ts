// The shortcuts the text checks take for speed (listed in ../notes/perf-shortcuts.md, "Text checks") must say what
// the plain computation says.
import fc from 'fast-check';
import { CharClass, charClass, foldChar, foldWord } from '../../../src/core/text/fold';
import { CAP, NUM, Syllables, tokenize, wordHash } from '../../../src/core/text/tokenize';
import { compiledRulesFor, lint, ParagraphCache } from '../../../src/core/lint';
import { lexiconHits, urlRanges, type Hit } from '../../../src/core/checks/lexicon/match';
import { EXAMPLE_YEAR } from '../../../src/core/checks/lexicon/phrase-check';
import { sharedText, sharedWords } from '../../../src/core/lint/texts';
import { findings as findingTexts } from '../../../src/core/messages/findings';
import { translators } from '../../../src/core/messages/translate';
import { fromParagraphs } from '../../../src/core/source';
import { LANGUAGE, WordSet } from '../../../src/core/checks/vague-term/role-words';
import { infoWord } from '../../../src/core/checks/vague-term';
import { pluralAcronym } from '../../../src/core/checks/jargon';

// Plain words, accented and capitalised ones, ligatures, marks, invisible characters, apostrophes and arbitrary
// Unicode, so that words of every kind meet.
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.constantFrom(
    'renforcer',
    'Renforcer',
    'RENFORCE',
    'améliorer',
    'ame\u0301liorer',
    'ren\u00ADforcer',
    'œuvre',
    'ﬁchier',
    'l’',
    "d'",
    '2026',
    'x\u200B',
    ' ',
    '\u00A0',
    '.',
    '-',
  ),
);
const text = fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join(''));

describe('text checks: speed shortcuts against the plain computation', () => {
  test('words read by runs of a to z: folded form, hash and syllables as the plain computation gives them', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, syllables) => {
        for (const token of tokenize(t, { syllables })) {
          expect(token.norm).toBe(foldWord(t.slice(token.start, token.end)));
          expect(token.hash).toBe(wordHash(token.norm));
          const plain = new Syllables();
          for (let k = 0; k < token.norm.length; k++) plain.add(token.norm.charCodeAt(k));
          expect(token.syllables).toBe(syllables ? plain.count() : 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the space after a word taken at once: the words and gaps the general gap reading gives (no-break spaces)', () => {
    const fields = (t: string) =>
      tokenize(t).map(({ start, end, flags, sep, hash }) => ({ start, end, flags, sep, hash }));
    fc.assert(
      fc.property(text, (t) => expect(fields(t)).toEqual(fields(t.replaceAll(' ', '\u00A0')))),
      { numRuns: 1000 },
    );
  });

  test("a word's first letter and visible end as read character by character", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) {
          const first = charClass(t.charCodeAt(token.start));
          expect(!!(token.flags & CAP)).toBe(first === CharClass.Upper);
          expect(!!(token.flags & NUM)).toBe(first === CharClass.Digit);
          const last = token.end - 1;
          expect(last === token.start || charClass(t.charCodeAt(last)) !== CharClass.Invisible).toBe(true);
          // Only invisible characters between the visible end and where the word stops.
          let k = token.end;
          while (k < t.length && charClass(t.charCodeAt(k)) === CharClass.Invisible) k++;
          expect(
            k === t.length ||
              ![CharClass.Lower, CharClass.Upper, CharClass.Letter, CharClass.Digit, CharClass.Mark].includes(
                charClass(t.charCodeAt(k)),
              ),
          ).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// Paragraphs of vague words in every form and case, names, numbers and punctuation, for the runner's shortcuts.
const vaguePieces = fc.constantFrom(
  'Le ministère renforcera la transparence.',
  'RENFORCER',
  'la mise en place',
  'Nous promouvons',
  'afin de favoriser',
  'le renforcement des capacités',
  'a été améliorée par la DINUM',
  'publiera 12 jeux de données',
  'Programme des Nations unies pour le développement',
  'à terme',
  'de nombreux',
  'dans la mesure du possible',
  '(PGO)',
  ', ',
  '. ',
  ' ',
);
const paragraphText = fc.array(vaguePieces, { minLength: 1, maxLength: 12 }).map((xs) => xs.join(' '));
const documentOf = fc.array(paragraphText, { minLength: 1, maxLength: 8 });

describe('text checks runner: shortcuts against the plain computation', () => {
  test('fingerprints as users have kept them (the same digits as before they were written without a scratch array)', () => {
    const source = fromParagraphs([
      { text: 'Le ministère renforcera la transparence d’ici 2026.' },
      { text: 'Nous promouvons la participation citoyenne.' },
    ]);
    expect(lint(source, { lang: 'fr' }).findings.map((f) => [f.actual, f.fingerprint])).toEqual([
      ['renforcera', 'adfbcf2694f491fb'],
      ['promouvons', '4573f3a45e1e1da9'],
    ]);
  });

  test('a word folded by runs: each character folded', () => {
    fc.assert(
      fc.property(text, (t) => {
        let plain = '';
        for (let i = 0; i < t.length; i++) plain += foldChar(t.charCodeAt(i));
        expect(foldWord(t)).toBe(plain);
      }),
      { numRuns: 1000 },
    );
  });

  test('a finding shares its texts with the findings of the same words (vague terms, phrases): as rendered afresh', () => {
    const t = translators(findingTexts).fr;
    fc.assert(
      fc.property(documentOf, (texts) => {
        const { findings } = lint(fromParagraphs(texts.map((text) => ({ text }))), { lang: 'fr' });
        for (const f of findings.filter((x) => x.ruleId === 'vague-term')) {
          const vars = { actual: f.actual, lemma: String(f.data?.lemma) };
          const kind = f.data?.kind === 'phrase' ? 'verb' : String(f.data?.kind);
          const role = f.data?.role;
          const word = infoWord(f.data?.kind as Hit['kind'], f.actual, String(f.data?.lemma));
          expect(f.message).toBe(
            role === 'action'
              ? t(f.data?.invited ? 'vague-term.invited' : `vague-term.${kind}`, vars)
              : t(`vague-term.info.${role}`, { actual: f.actual, lemma: word }),
          );
          expect(f.note).toBe(t(role === 'action' ? 'vague-term.note' : `vague-term.role.${role}`, vars));
        }
        for (const f of findings.filter((x) => ['vague-time', 'vague-quantity', 'hedge'].includes(x.ruleId))) {
          expect(f.message).toBe(t(`${f.ruleId}.message`, { actual: f.actual }));
          // The text checks' notes date their examples in the default year (the assembly, in the plan's).
          expect(f.note).toBe(t(`${f.ruleId}.note`, { year: EXAMPLE_YEAR }));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('shared texts: the text t renders, one string per owner and words', () => {
    const t = translators(findingTexts).en;
    const owner = {};
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('vague-term.noun', 'vague-term.note'),
        (actual, lemma, key) => {
          const text = sharedText(owner, t, key, actual, lemma);
          expect(text).toBe(t(key, { actual, lemma }));
          expect(sharedText(owner, t, key, actual, lemma)).toBe(text);
          expect(sharedWords(owner, actual)).toBe(actual);
        },
      ),
    );
  });

  test("the lexicon holds only the enabled checks' words: turning checks off leaves the other findings as they were", () => {
    const lexical = ['jargon', 'vague-time', 'vague-quantity', 'hedge'] as const;
    fc.assert(
      fc.property(documentOf, fc.subarray([...lexical]), (texts, off) => {
        const source = fromParagraphs(texts.map((text) => ({ text })));
        const rules = Object.fromEntries(off.map((id) => [id, 'off' as const]));
        const some = lint(source, { lang: 'fr', houseRules: { rules } }).findings;
        const all = lint(source, { lang: 'fr' }).findings;
        expect(some).toEqual(all.filter((f) => !(off as string[]).includes(f.ruleId)));
      }),
      { numRuns: 60 },
    );
  });

  test('findings moved to document offsets when not cached: as placed from a cache', () => {
    fc.assert(
      fc.property(documentOf, (texts) => {
        const source = fromParagraphs(texts.map((text) => ({ text })));
        const cache = new ParagraphCache();
        const cached = lint(source, { lang: 'fr', cache });
        expect(lint(source, { lang: 'fr' })).toEqual(cached);
        // Placing from the cache a second time copies again: the cached findings were not moved.
        expect(lint(source, { lang: 'fr', cache })).toEqual(cached);
      }),
      { numRuns: 200 },
    );
  });

  test("role words looked up by a token's hash first: as looked up by its folded form", () => {
    const sets = (['fr', 'en'] as const).flatMap((lang) =>
      Object.values(LANGUAGE[lang]).filter((v): v is WordSet => v instanceof WordSet),
    );
    // Every listed word, as written, capitalised, upper case and accented, among arbitrary words.
    const listed = sets.flatMap((set) => [...set.words]);
    const forms = fc
      .constantFrom(...listed)
      .chain((w) => fc.constantFrom(w, w[0].toUpperCase() + w.slice(1), w.toUpperCase(), w.replace('e', 'é')));
    const words = fc.array(fc.oneof(forms, pieces), { maxLength: 20 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(words, (t) => {
        const tokens = tokenize(t);
        for (const set of sets) {
          expect(set.has(undefined)).toBe(false);
          for (const token of tokens) expect(set.has(token)).toBe(set.words.has(token.norm));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the lexicon's head bytes: set for every head, so that no word the map would find is passed over", () => {
    const house = { rules: { jargon: 'off', readability: 'off' } } as const;
    for (const rules of [compiledRulesFor('fr'), compiledRulesFor('en'), compiledRulesFor('fr', house)]) {
      expect(rules.heads.size).toBeGreaterThan(0);
      for (const hash of rules.heads.keys()) expect(rules.maybeHead[hash & 0xffff]).toBe(1);
      // And the bytes hold nothing else: a word they pass over is no head.
      const lows = new Set([...rules.heads.keys()].map((h) => h & 0xffff));
      const set: number[] = [];
      rules.maybeHead.forEach((b, low) => b === 1 && set.push(low));
      expect(set).toEqual([...lows].sort((a, b) => a - b));
    }
  });

  test("the lexicon's hits in text order, longest first at one word: as sorting them gives", () => {
    // « open data » starts two jargon terms at one word (« open data », « open »): the only hits that need sorting.
    const withTies = fc
      .array(fc.oneof(vaguePieces, fc.constantFrom('open data', 'OPEN DATA', 'de nombreux')), { maxLength: 12 })
      .map((xs) => xs.join(' '));
    const order = (a: { first: number; last: number }, b: { first: number; last: number }) =>
      a.first - b.first || b.last - a.last;
    let ties = 0;
    fc.assert(
      fc.property(withTies, (t) => {
        const tokens = tokenize(t);
        const hits = lexiconHits(t, tokens, compiledRulesFor('fr'), urlRanges(t));
        if (hits.some((h, k) => k > 0 && hits[k - 1].first === h.first)) ties++;
        expect(hits).toEqual([...hits].sort(order));
      }),
      { numRuns: 500 },
    );
    expect(ties).toBeGreaterThan(0);
  });

  test('web addresses: a paragraph without their marks passed over, as the full reading finds', () => {
    const withLinks = fc
      .array(
        fc.oneof(
          pieces,
          fc.constantFrom(
            'https://x.fr/a',
            'HTTP://X.FR',
            'www.x.fr',
            'WWW.X.FR',
            'Www.x.fr',
            'vww.x',
            'a.b@c.fr',
            '](./p)',
          ),
        ),
        {
          maxLength: 12,
        },
      )
      .map((xs) => xs.join(' '));
    fc.assert(
      fc.property(withLinks, (t) => {
        // "@ " holds a mark and starts no address: the whole text is read with the expression.
        const read = urlRanges(`@ ${t}`).map(([a, b]) => [a - 2, b - 2]);
        expect(urlRanges(t)).toEqual(read);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('jargon: a plural acronym asked of a word only where it can be one', () => {
  it('says what the regular expression says of every word of any text', () => {
    const words = fc.oneof(
      text,
      fc.constantFrom('IGs', 'ONGs', 'ÉPCIs', 'ϒϒs', 'ABCDEFGs', 'ABCDEFGHs', 'As', 'Ss', 'aBCs', 'ABCS', 'ABC’s'),
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (xs) => {
        const t = xs.join(' ');
        for (const w of tokenize(t))
          expect(pluralAcronym(t, w.start, w.end)).toBe(/^\p{Lu}{2,7}s$/u.test(t.slice(w.start, w.end)));
      }),
      { numRuns: 500 },
    );
  });
});
