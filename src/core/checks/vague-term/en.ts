// English data of the vague-term check. Each entry may carry `examples`: sentences where it must be flagged
// (the flagged words between braces) and sentences where it must not; test/unit/checks/examples.test.ts runs them all.
import type { VagueTermData } from '../lexicon/types';

export const en: VagueTermData = {
  defaultExpected: ['publish', 'adopt', 'open', 'create', 'train N staff'],
  terms: [
    {
      lemma: 'strengthen',
      nouns: ['strengthening'],
      expected: ['hire N staff', 'raise the budget from X to Y', 'adopt a regulation', 'publish'],
    },
    {
      lemma: 'promote',
      nouns: ['promotion'],
      expected: ['publish a guide', 'run N workshops', 'train N staff', 'make mandatory'],
    },
    {
      lemma: 'foster',
      nouns: ['fostering'],
      expected: ['create', 'fund N projects', 'open'],
    },
    {
      lemma: 'enhance',
      nouns: ['enhancement'],
      expected: ['reduce the delay from X to Y days', 'add', 'publish'],
    },
    {
      lemma: 'improve',
      nouns: ['improvement'],
      expected: ['reduce the delay from X to Y days', 'fix', 'publish', 'redesign'],
    },
    {
      lemma: 'support',
      nouns: ['support'],
      expected: ['fund with X', 'assign N staff', 'grant'],
    },
    {
      lemma: 'continue',
      nouns: ['continuation'],
      expected: ['complete by [date]', 'extend to N services', 'publish'],
    },
    {
      lemma: 'facilitate',
      nouns: ['facilitation'],
      expected: ['remove the step', 'open a help desk', 'publish a guide'],
    },
    {
      lemma: 'encourage',
      nouns: ['encouragement'],
      expected: ['fund', 'make mandatory', 'publish'],
    },
    {
      lemma: 'reinforce',
      nouns: ['reinforcement'],
      expected: ['hire N staff', 'adopt a regulation', 'publish'],
    },
    {
      lemma: 'advance',
      nouns: ['advancement'],
      expected: ['adopt', 'publish', 'launch'],
    },
    {
      lemma: 'boost',
      expected: ['raise from X to Y', 'fund N projects'],
    },
    {
      lemma: 'bolster',
      expected: ['hire N staff', 'fund with X'],
    },
    {
      lemma: 'empower',
      nouns: ['empowerment'],
      expected: ['give the legal right to', 'fund', 'train N people'],
    },
    {
      lemma: 'streamline',
      expected: ['remove', 'merge', 'cut to N steps'],
    },
    {
      lemma: 'leverage',
      expected: ['use'],
    },
    {
      lemma: 'optimize',
      nouns: ['optimization', 'optimisation'],
      expected: ['reduce by X %', 'automate', 'remove'],
    },
    {
      lemma: 'modernize',
      nouns: ['modernization', 'modernisation'],
      expected: ['replace', 'migrate to', 'digitise'],
    },
    {
      lemma: 'consolidate',
      nouns: ['consolidation'],
      expected: ['make permanent by law', 'publish', 'adopt'],
    },
    {
      lemma: 'mobilize',
      nouns: ['mobilization', 'mobilisation'],
      expected: ['allocate X', 'bring together N partners', 'hire'],
    },
    {
      lemma: 'raise awareness',
      verb: 'raise',
      after: '~ awareness',
      expected: ['train N staff', 'run N sessions', 'publish a guide'],
    },
    {
      lemma: 'put in place',
      verb: 'put',
      after: '~ in place',
      forms: [
        {
          form: 'put',
          kind: 'participle',
        },
      ],
      expected: ['create', 'set up', 'adopt'],
    },
    {
      lemma: 'work towards',
      verb: 'work',
      after: '~ towards|toward',
      expected: ['deliver … by [date]'],
    },
    {
      lemma: 'strive to',
      verb: 'strive',
      after: '~ to',
      forms: [
        {
          form: 'strove',
          kind: 'verb',
        },
        {
          form: 'striven',
          kind: 'participle',
        },
      ],
      expected: ['commit to … by [date]'],
    },
    {
      lemma: 'seek to',
      verb: 'seek',
      after: '~ to',
      forms: [
        {
          form: 'sought',
          kind: 'verb',
        },
        {
          form: 'sought',
          kind: 'participle',
        },
      ],
      expected: ['commit to … by [date]'],
    },
    {
      lemma: 'endeavour to',
      verb: 'endeavour',
      after: '~ to',
      expected: ['commit to … by [date]'],
    },
    {
      lemma: 'endeavor to',
      verb: 'endeavor',
      after: '~ to',
      expected: ['commit to … by [date]'],
    },
    {
      lemma: 'contribute to',
      verb: 'contribute',
      after: '~ to',
      expected: ['state the action and its measured effect'],
    },
  ],
  exceptions: [
    {
      term: 'foster',
      pattern: '_ care|parent*|famil*|child*|children|home*|carer*|mother*|father*|placement*',
      why: 'foster care',
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: '_ #|Aa',
      why: 'a class or a named promotion',
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: 'sales|career|job _',
      why: 'sales or career promotion',
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: 'got|get|gets|getting|received|receive|earned|earn|denied|deserved|deserve a|her|his|their|my _',
      why: 'a career promotion',
    },
    {
      term: 'promote',
      kinds: ['noun'],
      pattern: '_ and tenure',
      why: 'career promotion',
    },
    {
      term: 'promote',
      kinds: ['participle', 'verb'],
      pattern: '_ to director|manager|chief|head|senior|lead|captain|colonel|general|sergeant',
      why: 'promoted to director',
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'technical|customer|user|it|child|income|life|tech _',
      why: 'a named service',
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: '_ staff|team|desk|line|ticket*|center|centre',
      why: 'a support desk',
    },
    {
      term: 'support',
      pattern: '_ document*|documentation|evidence|material*|information|data|file*|letter*',
      why: 'supporting documents: accompanying',
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'decision|life|income|technical _',
      why: 'decision support systems (a compound noun)',
    },
    {
      term: 'advance',
      pattern: 'in _',
      why: 'in advance: beforehand',
    },
    {
      term: 'support',
      kinds: ['noun'],
      pattern: 'in _ of',
      why: 'in support of: for, as evidence',
    },
    {
      term: 'advance',
      kinds: ['noun', 'verb'],
      pattern: '_ notice|payment*|copy|copies|booking|registration',
      why: 'advance notice',
    },
    {
      term: 'advance',
      kinds: ['participle'],
      pattern: '_ search|level|degree|course*|economies|economy|countries',
      why: 'advanced (adjective)',
    },
    {
      term: 'consolidate',
      kinds: ['participle'],
      pattern: '_ accounts|statements|financial|revenue|fund',
      why: 'consolidated accounts',
    },
    {
      term: 'continue',
      kinds: ['noun'],
      pattern: '_ of care',
      why: 'continuation of care',
    },
  ],
};
