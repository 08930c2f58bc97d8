// At the pane's narrow width (350 px in Word) French prose wrapped with « » alone at a line's start or end
// (« Pour atteindre «⏎faible » », « (« part des marchés publiés⏎») »): the card's and the finding detail's prose
// keep guillemets, « : » and « ; » with their words by no-break spaces; English text is left as written.
import { render } from '@testing-library/react';
import type { ChecklistItem, Finding, LevelExplanation } from '../../src/core';
import { FindingDetail } from '../../src/taskpane/components/check/FindingDetail';
import { Checklist } from '../../src/taskpane/components/commitment/Checklist';
import { LevelWhy } from '../../src/taskpane/components/commitment/LevelWhy';
import { UiContext } from '../../src/taskpane/components/ui';
import { translator } from '../../src/taskpane/i18n';
import { glued } from '../../src/taskpane/labels';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';

function shown(lang: 'fr' | 'en', ui: JSX.Element): string {
  const { container, unmount } = render(
    <UiContext.Provider value={{ t: translator(lang), css: paneStyles(lightTheme) }}>{ui}</UiContext.Provider>,
  );
  const text = container.textContent ?? '';
  unmount();
  return text;
}

/** A space where a line may break beside a guillemet or before « : » / « ; »: what a narrow pane must not do. */
const BREAKABLE = /« | »| :| ;/;

test('glued keeps French guillemets and colons with their words, and leaves English as it is', () => {
  expect(glued('Pour atteindre « faible » : remplacez')).toBe('Pour atteindre «\u00a0faible\u00a0»\u00a0: remplacez');
  expect(glued('Indicate when it ends ("by end 2019"): done')).toBe('Indicate when it ends ("by end 2019"): done');
});

test('the card’s level explanation and checklist keep « » with their words', () => {
  const why = {
    summary: 'Aucune précision. Pour atteindre « faible » : remplacez un verbe vague (« publier le rapport »).',
    verifiableReason: 'Rien ne permet de vérifier ; rien.',
    lensText: 'Rend l’action publique plus transparente.',
    reasons: [{ id: 'x', weight: 1, said: 'Un livrable (« décret ») nommé.' }],
  } as unknown as LevelExplanation;
  const items = [
    {
      id: 'indicator',
      label: 'Un indicateur de résultat',
      points: 2,
      earned: false,
      howToEarn: 'Nommez ce que l’on comptera (« part des marchés publiés »).',
    },
  ] as unknown as ChecklistItem[];
  const fr = shown('fr', <LevelWhy why={why} />) + shown('fr', <Checklist items={items} />);
  expect(fr).toContain('«\u00a0faible\u00a0»');
  expect(fr).toContain('(«\u00a0part des marchés publiés\u00a0»)');
  expect(fr).toContain('Pour gagner ce point\u00a0:');
  expect(fr).not.toMatch(BREAKABLE);
  const en = shown('en', <Checklist items={[{ ...items[0], howToEarn: 'Name what will be counted ("share").' }]} />);
  expect(en).toContain('To earn this point: Name what will be counted ("share").');
});

test('the finding detail’s message, note and place keep « » with their words', () => {
  const f = {
    ruleId: 'jargon',
    severity: 'suggestion',
    message: '« PGO » est du jargon : un lecteur non spécialiste ne le comprendra pas.',
    note: 'Expliquez-le ; par exemple : « Partenariat pour un gouvernement ouvert (PGO) ».',
    actual: 'PGO',
    expected: [],
    paragraph: 0,
    paragraphOffset: 0,
    start: 0,
    end: 3,
  } as unknown as Finding;
  const analysis = { text: 'Le PGO est ouvert.', paragraphs: [{ start: 0, end: 18 }], commitments: [] };
  const actions = {
    select: async () => undefined,
    ignore: async () => undefined,
    insertDefinition: async () => undefined,
    footnotes: true,
  };
  const fr = shown('fr', <FindingDetail f={f} analysis={analysis as never} actions={actions} />);
  expect(fr).toContain('«\u00a0PGO\u00a0» est du jargon\u00a0:');
  expect(fr).toContain('Paragraphe «\u00a0Le PGO est ouvert.\u00a0»');
  // The buttons say what they do as written (their names are what screen readers and tests look for).
  expect(fr).toContain('Ignorer « PGO » partout');
  expect(fr.replace('Ignorer « PGO » partout', '').replace('Ignorer la règle « Jargon à expliquer »', '')).not.toMatch(
    BREAKABLE,
  );
});
