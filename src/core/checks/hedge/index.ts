// Hedges that empty a commitment of its promise ("dans la mesure du possible", "le cas échéant", "as appropriate",
// "where possible"): nobody can tell when the condition was not met. Data: ./fr.ts and ./en.ts.
import { phraseCheck } from '../lexicon/phrase-check';

export const hedge = phraseCheck('hedge', 'warning');
