// The text checks and the lexicon checks' data: what the text half of an analysis runs (the pane runs it in its
// main bundle, apart from the plan checks and their copy-paste corpus).
import type { Lang } from '../types';
import { hedge } from './hedge';
import { en as hedgeEn } from './hedge/en';
import { fr as hedgeFr } from './hedge/fr';
import { jargon } from './jargon';
import { en as jargonEn } from './jargon/en';
import { fr as jargonFr } from './jargon/fr';
import type { LexiconData } from './lexicon/types';
import { language } from './language';
import { readability } from './readability';
import type { TextCheck } from './types';
import { vagueQuantity } from './vague-quantity';
import { en as vagueQuantityEn } from './vague-quantity/en';
import { fr as vagueQuantityFr } from './vague-quantity/fr';
import { vagueTerm } from './vague-term';
import { en as vagueTermEn } from './vague-term/en';
import { fr as vagueTermFr } from './vague-term/fr';
import { vagueTime } from './vague-time';
import { en as vagueTimeEn } from './vague-time/en';
import { fr as vagueTimeFr } from './vague-time/fr';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TEXT_CHECKS: readonly TextCheck<any>[] = [
  vagueTerm,
  jargon,
  vagueTime,
  vagueQuantity,
  hedge,
  readability,
  language,
];

/** The lexicon checks' data, by language. */
export const LEXICON_DATA: Record<Lang, LexiconData> = {
  fr: {
    vagueTerm: vagueTermFr,
    vagueTime: vagueTimeFr,
    vagueQuantity: vagueQuantityFr,
    hedge: hedgeFr,
    jargon: jargonFr,
  },
  en: {
    vagueTerm: vagueTermEn,
    vagueTime: vagueTimeEn,
    vagueQuantity: vagueQuantityEn,
    hedge: hedgeEn,
    jargon: jargonEn,
  },
};
