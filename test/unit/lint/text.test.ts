import { foldWord as fold } from '../../../src/core/text/fold';
import { ELIDED, tokenize } from '../../../src/core/text/tokenize';
import { findings, vague } from './helpers';

describe('normalisation and offsets into the original text', () => {
  test('elisions with straight and curly apostrophes', () => {
    for (const text of [
      "Il s'agit d'améliorer l'accès.",
      'Il s’agit d’améliorer l’accès.',
      'Il s‘agit d‘améliorer l‘accès.',
    ]) {
      const fs = findings(text, {}, 'vague-term');
      expect(fs.map((f) => f.actual)).toEqual(['améliorer']);
      expect(text.slice(fs[0].start, fs[0].end)).toBe('améliorer');
    }
    const tokens = tokenize('l’État qu’il');
    expect(tokens.map((t) => t.norm)).toEqual(['l', 'etat', 'qu', 'il']);
    expect(tokens[0].flags & ELIDED).toBeTruthy();
  });

  test('non-breaking and narrow no-break spaces separate words', () => {
    const text = 'Objectif\u00A0: renforcer\u202Fla transparence\u00A0; mettre\u00A0en\u202Fplace un comité.';
    const fs = findings(text, {}, 'vague-term');
    expect(fs.map((f) => f.actual)).toEqual(['renforcer', 'mettre\u00A0en\u202Fplace']);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  test('a soft hyphen inside a word keeps the match and exact offsets', () => {
    const text = 'Nous allons amé\u00ADlio\u00ADrer le service et ren\u00ADfor\u00ADcer\u00AD les contrôles.';
    const fs = findings(text, {}, 'vague-term');
    expect(fs.map((f) => f.actual)).toEqual(['amé\u00ADlio\u00ADrer', 'ren\u00ADfor\u00ADcer']);
    expect(fs[0].start).toBe(text.indexOf('amé'));
    expect(fs[0].end).toBe(text.indexOf(' le'));
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  test('ligatures (œ, ﬁ) and accent-less capitals', () => {
    expect(fold('Œuvre ﬁchier ÉTAT')).toBe('oeuvre fichier etat');
    expect(vague('AMÉLIORER L’ACCÈS AUX DONNÉES')).toEqual(['AMÉLIORER']);
    expect(vague('AMELIORER LA QUALITE')).toEqual(['AMELIORER']);
    expect(vague('Ameliorer la qualite du service.')).toEqual(['Ameliorer']);
    // The ligature is one UTF-16 unit: the offsets stay those of the original text.
    const text = 'Le ﬁchier sera simpliﬁé et la mise en œuvre suivie.';
    const [f] = findings(text, {}, 'vague-term');
    expect(f.actual).toBe('simpliﬁé');
    expect(text.slice(f.start, f.end)).toBe('simpliﬁé');
  });

  test('decomposed accents (NFD) match like composed ones', () => {
    const text = 'Nous ame\u0301liorerons le re\u0301fe\u0301rentiel.';
    expect(vague(text)).toEqual(['ame\u0301liorerons']);
  });

  test('paragraph index and offset within the paragraph', () => {
    const text = 'Première ligne sans rien.\r\nDeuxième : renforcer.';
    const [f] = findings(text, {}, 'vague-term');
    expect(f.paragraph).toBe(1);
    expect(f.paragraphOffset).toBe('Deuxième : '.length);
    expect(f.start).toBe(text.indexOf('renforcer'));
  });
});
