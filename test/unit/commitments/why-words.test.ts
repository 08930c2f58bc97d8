// "Concrete action" names one thing in what the author reads (audit12, finding 13): the template's field, listed as
// missing when the text names no instrument (a law, a tool, a dataset). The level's count of sentences with a
// precise verb and what it delivers is worded apart, so that a field is never both missing and what the level
// rests on.
import { explainCommitment } from '../../../src/core/commitments';
import { cli } from '../../../src/core/messages';
import { translator } from '../../../src/core/messages';
import { md, read } from './helpers';

const TEXT = `## Commitment 1: Sustainability reporting

Federal agencies will prepare annual sustainability reports. Each agency will publish its reports online.
`;

test.each(['en', 'fr'] as const)('the why and the verifiable reason do not name a missing field (%s)', (lang) => {
  const source = md(TEXT);
  const [c] = read(source, 'en');
  expect(c.missing).toContain('actions');
  const why = explainCommitment(source, c, lang);
  expect(why.summary).toMatch(lang === 'en' ? /precise verb/ : /verbe précis/); // the count is said
  const field = translator(cli, lang)('fields.actions');
  for (const said of [why.summary, why.verifiableReason, ...why.reasons.map((r) => r.said)])
    expect(said.toLowerCase()).not.toContain(field.toLowerCase());
});
