import { readStatus, setMilestoneStatus } from '../../../src/core/commitments';
import { progress } from '../../../src/core/messages';
import type { Lang, ProgressStatus } from '../../../src/core/types';

describe('milestone progress status', () => {
  it.each([
    ['Publication du décret – T3 2018 [Réalisé]', 'complete'],
    ['Ouverture du registre (Progrès limité)', 'limited'],
    ['Guide publié. Statut : en cours', 'limited'],
    ['Formation des agents [Non commencé]', 'not-started'],
    ['Plateforme ouverte (progrès important)', 'substantial'],
    ['Register launched. Status: complete', 'complete'],
    ['Draft bill [Not started]', 'not-started'],
    ['Portal redesign – substantial', 'substantial'],
  ])('%s -> %s', (text, status) => {
    expect(readStatus(text)).toBe(status);
  });

  it('does not read a status in ordinary words', () => {
    expect(readStatus('Un registre complet des lobbies sera réalisé en 2019.')).toBeUndefined();
    expect(readStatus('We will complete the register by 2020.')).toBeUndefined();
  });

  it("writes a status, replaces an existing one, removes it, keeping the author's words", () => {
    const t = 'Publication du décret – T3 2018';
    const done = setMilestoneStatus(t, 'complete', 'fr');
    expect(done).toBe('Publication du décret – T3 2018 [Réalisé]');
    expect(readStatus(done)).toBe('complete');
    const limited = setMilestoneStatus(
      'Publication du décret – T3 2018 (Progrès limité) à confirmer',
      'substantial',
      'fr',
    );
    expect(limited).toBe('Publication du décret – T3 2018 [Progrès important] à confirmer');
    expect(setMilestoneStatus(done, undefined, 'fr')).toBe(t);
    expect(setMilestoneStatus('Register launched', 'limited', 'en')).toBe('Register launched [Limited]');
  });

  // The marks are the catalogue's (messages/progress.ts): a translation that status.ts cannot read back would lose
  // the status the author set.
  const marks = (['fr', 'en'] as Lang[]).flatMap((lang) =>
    (Object.entries(progress[lang].status) as [ProgressStatus, string][]).map(([status, mark]) => ({
      lang,
      status,
      mark,
    })),
  );
  it.each(marks)(
    'the $lang mark of $status, « $mark », is written and read back as $status',
    ({ lang, status, mark }) => {
      const written = setMilestoneStatus('Publication du décret – T3 2018', status, lang);
      expect(written).toBe(`Publication du décret – T3 2018 [${mark}]`);
      expect(readStatus(written)).toBe(status);
      expect(readStatus(setMilestoneStatus(written, status === 'complete' ? 'limited' : 'complete', lang))).not.toBe(
        status,
      );
    },
  );
});
