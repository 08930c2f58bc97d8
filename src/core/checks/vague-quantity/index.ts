// Quantities without a figure ("davantage", "plusieurs", "significantly"). Data: ./fr.ts and ./en.ts.
import { phraseCheck } from '../lexicon/phrase-check';

export const vagueQuantity = phraseCheck('vague-quantity', 'suggestion');
