// Time expressions without a date ("à terme", "prochainement", "in due course"). Data: ./fr.ts and ./en.ts.
import { phraseCheck } from '../lexicon/phrase-check';

export const vagueTime = phraseCheck('vague-time', 'warning');
