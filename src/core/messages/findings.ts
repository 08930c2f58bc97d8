// What the checks say: each check's name and description (the pane's settings, SARIF's rules) and the messages and
// notes of its findings. One object per check id; the check module names the keys it uses.
import type { Shape } from './shape';

const fr = {
  language: {
    name: 'Langue du texte',
    description:
      'Un texte qui ne semble écrit ni en français ni en anglais : Jalon ne relit que ces deux langues, ses autres remarques n’y valent rien.',
    message:
      'Ce texte semble écrit en {{language}} : Jalon relit le français et l’anglais, ses remarques sur ce texte (termes, champs, niveau) ne sont pas fiables.',
    note: 'Jalon reconnaît les mots courants d’un texte pour savoir dans quelle langue le relire. Traduisez le texte en français ou en anglais pour une relecture, ou ignorez cette remarque si le texte est bien en français ou en anglais.',
    names: { es: 'espagnol', pt: 'portugais', it: 'italien', de: 'allemand' },
  },
  'vague-term': {
    name: 'Verbe flou',
    description:
      'Verbes et nominalisations qui ne disent pas ce qui sera fait (renforcer, promouvoir, favoriser, poursuivre, mettre en place…), dans toutes leurs formes.',
    // The dictionary form (« s’efforcer de », not the words of the text « efforçant d’ »): the pane and the reports show
    // the text's own words beside the message.
    verb: '« {{lemma}} » est flou : que fera-t-on concrètement, comment le mesurera-t-on, et pour quand ?',
    noun: '« {{actual}} » ({{lemma}}) cache l’action : qui fera quoi, mesuré comment, pour quand ?',
    participle:
      '« {{actual}} » ({{lemma}}) ne dit pas ce qui sera fait ni comment on le vérifiera : précisez le résultat attendu et sa date.',
    // One sentence for every lemma, phrasal ones too (« s’efforcer de », "work with"): the lemma is not used as a verb
    // in it (audit14, finding 18: « one can work with forever »).
    note: '« {{lemma}} » décrit une intention, pas une action : elle peut durer indéfiniment sans que rien ne change de façon vérifiable. Dites ce qui sera fait concrètement (un texte adopté, un outil ouvert, des données publiées, N agents formés), quel indicateur le mesurera et à quelle date.',
    // After a passive invitation (« sont appelés à participer ») the inviter is unnamed.
    invited:
      '« {{lemma}} » après une invitation au passif (« sont appelés à », « sont invités à ») : qui organise quoi, sous quelle forme, pour quand ?',
    // Where the word is not the action itself: information only, and why.
    role: {
      purpose:
        'Pour information : « {{actual}} » dit ici pourquoi l’action est menée, pas ce qui sera fait. Vérifiez que l’action qui précède est concrète et datée.',
      participle:
        'Pour information : « {{actual}} » décrit ici quelque chose plutôt que de dire l’action. Vérifiez que l’action de la phrase est concrète.',
      'deliverable-name':
        'Pour information : « {{actual}} » fait ici partie du nom d’un livrable ou de son sujet. Vérifiez que le livrable lui-même est nommé et daté.',
      'partner-credit': 'Pour information : « {{actual}} » dit ici qui apporte son concours, pas ce qui sera fait.',
      'after-quantified':
        'Pour information : l’action est chiffrée dans la phrase ; « {{actual}} » en dit le but ou la manière.',
      context:
        'Pour information : « {{actual}} » est ici dans le contexte ou le rappel de ce qui existe, pas dans ce que l’engagement promet.',
      concrete:
        'Pour information : la phrase dit ce qui sera fait (un livrable, un moyen concret) ; « {{actual}} » en dit le but ou la manière.',
      object:
        'Pour information : « {{actual}} » est ici l’objet d’un verbe flou, qui porte déjà l’avertissement : précisez ce verbe.',
      light:
        'Pour information : « {{actual}} » ne fait ici qu’introduire le nom qui suit, qui porte l’avertissement : précisez ce nom.',
    },
    // The message of a finding that is information only: why, in the words of its role (the note says what to check).
    // {{lemma}}: a verb's dictionary form, a noun or a participle as written.
    info: {
      purpose: '« {{lemma}} » dit ici le but de l’action, pas l’action elle-même : simple information.',
      participle:
        '« {{lemma}} » décrit ici (participe, relative ou complément) sans dire l’action : simple information.',
      'deliverable-name': '« {{lemma}} » fait ici partie du nom d’un livrable ou de son sujet : simple information.',
      'partner-credit': '« {{lemma}} » dit ici qui apporte son concours, pas ce qui sera fait : simple information.',
      'after-quantified': '« {{lemma}} » accompagne ici une action déjà chiffrée : simple information.',
      context: '« {{lemma}} » est ici dans le contexte, pas dans ce que l’engagement promet : simple information.',
      concrete: '« {{lemma}} » accompagne ici une action concrète, nommée dans la phrase : simple information.',
      object: '« {{lemma}} » est ici l’objet d’un verbe flou, qui porte l’avertissement : simple information.',
      light: '« {{lemma}} » introduit ici un nom flou, qui porte l’avertissement : simple information.',
    },
  },
  'vague-time': {
    name: 'Échéance floue',
    description: 'Expressions de temps sans date (à terme, prochainement, dès que possible, à moyen terme).',
    message: '« {{actual}} » n’est pas une échéance : donnez une date.',
    note: 'Une échéance se vérifie : « d’ici le 31 décembre {{year}} », « au 2e trimestre {{year}} ». Sans date, personne ne peut dire si l’engagement est tenu.',

    loose: 'Pour information : « {{actual}} » date l’étape à une saison près. Donnez le mois.',
    looseNote:
      'Une saison se lit de plusieurs façons (le printemps civil ou le premier trimestre de l’exercice, son début ou sa fin) : « d’ici juin 2022 » se vérifie sans discussion.',
    // A frequency word in an item that carries its date (« (Décembre 2019 et en continu) »).
    frequency: 'L’étape est datée, mais « {{actual}} » ne dit pas à quel rythme : précisez la fréquence.',
    frequencyNote:
      'L’étape a sa date ; « {{actual}} » dit qu’elle se répète ou se poursuit ensuite, sans dire à quel rythme : « chaque trimestre », « tous les 6 mois », « chaque mois à partir de décembre 2019 ».',
    afterPlan: 'Échéance après la fin du plan ({{end}}) : « {{actual}} ».',
    afterPlanNote:
      'Le plan court de {{start}} à {{end}}. Dites ce qui sera livré d’ici la fin de {{end}} (une étape datée dans le plan), ou indiquez que ce jalon dépasse la période du plan.',
    // A date written with numbers that reads two ways, or a day its month lacks (dateDoubts in core/dates).
    dateOrder: '« {{actual}} » : {{dm}} ou {{md}} ? Écrivez le mois en lettres.',
    dateOrderNote:
      'Cette date se lit jour/mois (usage français et britannique) ou mois/jour (usage américain), et le plan n’écrit aucune autre date en chiffres qui tranche. Jusqu’à ce que le mois soit écrit en lettres (« {{dmWritten}} » ou « {{mdWritten}} »), Jalon n’en retient que l’année ({{year}}), pour le calendrier comme pour le tableau de suivi.',
    dateDay: '« {{actual}} » : ce jour n’existe pas ({{month}} n’a que {{days}} jours). Corrigez la date.',
    dateDayNote:
      'Jalon lit cette échéance comme le mois entier ({{month}} {{year}}) jusqu’à ce qu’elle soit corrigée ; le suivi ne peut pas dire si elle est tenue au jour près.',
    months: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
    // A timing word in a purpose or a description (roles.ts, timingRole): information only, and why.
    info: {
      purpose:
        'Pour information : « {{actual}} » dit ici quand se produirait le but recherché, pas l’échéance de l’action. Vérifiez que l’action elle-même est datée.',
      participle:
        'Pour information : « {{actual}} » fait ici partie d’une description, pas de l’échéance de l’action. Vérifiez que l’action elle-même est datée.',
      'after-quantified':
        'Pour information : la phrase donne déjà le rythme (« chaque année », « trimestriellement ») ; « {{actual}} » ne fait que le répéter.',
    },
  },
  'vague-quantity': {
    name: 'Quantité floue',
    description: 'Quantités sans chiffre (davantage, plusieurs, de nombreux, significativement).',
    message: '« {{actual}} » n’est pas une quantité : donnez un chiffre.',
    note: 'Une quantité se mesure : « de 35 % à 60 % », « 40 collectivités », « 3 jeux de données ». Sans chiffre, ni point de départ ni cible.',
  },
  jargon: {
    name: 'Jargon et sigles',
    description:
      'Mots de l’écosystème et sigles qu’un lecteur non spécialiste ne comprend pas, s’ils ne sont pas expliqués à la première occurrence ou dans un glossaire.',
    term: '« {{actual}} » est du jargon : un lecteur non spécialiste ne le comprendra pas.',
    official:
      'Pour information : « {{actual}} » est le terme officiel, qu’un lecteur non spécialiste ne connaît peut-être pas.',
    termNote: 'Expliquez-le à la première occurrence, entre parenthèses juste après, ou dans un glossaire.',
    termNoteExample:
      'Expliquez-le à la première occurrence, entre parenthèses juste après, ou dans un glossaire ; par exemple : « {{example}} ».',
    acronym: 'Le sigle « {{actual}} » n’est pas développé à sa première occurrence.',
    acronymNote:
      'Écrivez le nom en toutes lettres à la première occurrence, puis le sigle entre parenthèses, ou ajoutez-le au glossaire.',
    acronymNoteExplained:
      'Écrivez le nom en toutes lettres à la première occurrence, puis le sigle entre parenthèses : « {{explanation}} », ou ajoutez-le au glossaire.',
    replace: '« {{actual}} » est un anglicisme : écrivez « {{replacement}} », le terme officiel en français.',
    replaceNote:
      'Les administrations françaises emploient les termes officiels (FranceTerme) ; au besoin, expliquez-le à sa première occurrence : « {{replacement}} ({{explanation}}) ».',
  },
  hedge: {
    name: 'Réserve qui vide l’engagement',
    description:
      'Réserves qui retirent sa promesse à l’engagement (dans la mesure du possible, le cas échéant, au besoin) : personne ne peut dire quand la condition n’est pas remplie.',
    message: '« {{actual}} » affaiblit l’engagement : à quelle condition précise, ou sans condition ?',
    note: 'Une réserve vague permet de ne rien faire sans manquer à l’engagement. Dites la condition exacte (« si le budget {{year}} est voté ») ou retirez-la.',
  },
  readability: {
    name: 'Lisibilité',
    description: 'Phrases longues ; indices de lisibilité Kandel-Moles et LIX (indicatifs).',
    longSentence: 'Phrase longue ({{words}} mots) : difficile à lire pour le grand public.',
    longSentenceNote: 'Au-delà de {{limit}} mots, coupez la phrase en deux. Les indices de lisibilité sont indicatifs.',
    commitment_one: 'Une phrase longue ({{words}} mots) dans cet engagement : difficile à lire pour le grand public.',
    commitment_other:
      '{{count}} phrases longues dans cet engagement, jusqu’à {{words}} mots : difficiles à lire pour le grand public.',
    outside_one: 'Une phrase longue ({{words}} mots) hors des engagements : difficile à lire pour le grand public.',
    outside_other:
      '{{count}} phrases longues hors des engagements, jusqu’à {{words}} mots : difficiles à lire pour le grand public.',
    document_one: 'Une phrase longue ({{words}} mots) : difficile à lire pour le grand public.',
    document_other: '{{count}} phrases longues, jusqu’à {{words}} mots : difficiles à lire pour le grand public.',
    quote: '« {{start}} » ({{words}} mots).',
  },
  'missing-field': {
    name: 'Champ manquant',
    description:
      'Ce qui manque à un engagement pour être mesurable : indicateur, situation initiale, cible, jalons datés, coût, porteur, redevabilité, public visé.',
    example: 'Exemple : « {{example}} »',
    exampleFrom: 'Exemple d’après {{source}} : « {{example}} »',
    withSource: '{{example}} — d’après {{source}}',
  },
  duplicate: {
    name: 'Engagement repris',
    description:
      'Engagements qui se répètent dans le plan, ou qui reprennent un engagement d’un plan antérieur sans dire ce qu’ils apportent.',
    samePlan: 'Cet engagement reprend en grande partie l’engagement {{n}} (« {{title}} »).',
    earlier: 'Cet engagement reprend un engagement d’un plan antérieur : {{plan}}, {{id}} (« {{title}} »).',
    // The earlier plan's years are the draft's own (its title's): likely the plan itself, reviewed as published.
    samePeriod:
      'Cet engagement reprend un engagement d’un plan de la même période : {{plan}}, {{id}} (« {{title}} »). Si c’est ce plan lui-même, ignorez cette remarque ; sinon, dites ce que cet engagement apporte depuis.',
    note: 'Fusionnez les deux engagements, ou dites ce que celui-ci apporte de nouveau : un livrable, une cible, une date.',
    noteEarlier:
      'Un engagement repris d’un plan antérieur doit dire ce qui a été fait depuis et ce qui reste à livrer, ou être retiré.',
    // Most of the document's commitments repeat those of one earlier plan: one finding for the document.
    earlierPlan:
      'Ce document reprend le plan antérieur « {{plan}} » : {{n}} de ses {{m}} engagements reprennent chacun un engagement de ce plan (engagements {{list}}). Si c’est ce plan lui-même, ignorez cette remarque ; sinon, dites pour chaque engagement ce qu’il apporte depuis.',
    noteEarlierPlan:
      'Un plan publié, relu tel quel, se retrouve parmi les plans antérieurs que Jalon connaît : rien à corriger. Un nouveau plan qui reprend un plan antérieur doit dire, pour chaque engagement repris, ce qui a été fait depuis, ce qui reste à livrer et ce qui est nouveau (une cible, une date), ou le retirer.',
    /** Commitment numbers that follow each other, in the list above. */
    range: '{{first}} à {{last}}',
    // The sentences of the two messages above meant for the facilitator, and what the author's comment says
    // instead (review mode, src/taskpane/components/review): the author asks nothing about the plan itself.
    forFacilitator:
      'Si c’est ce plan lui-même, ignorez cette remarque ; sinon, dites ce que cet engagement apporte depuis.',
    forAuthor: 'Dites ce que cet engagement apporte depuis ce plan.',
    forFacilitatorPlan:
      'Si c’est ce plan lui-même, ignorez cette remarque ; sinon, dites pour chaque engagement ce qu’il apporte depuis.',
    forAuthorPlan: 'Dites pour chaque engagement ce qu’il apporte depuis ce plan.',
    noteEarlierPlanAuthor:
      'Un nouveau plan qui reprend un plan antérieur doit dire, pour chaque engagement repris, ce qui a été fait depuis, ce qui reste à livrer et ce qui est nouveau (une cible, une date), ou le retirer.',
  },
  /** Why an ignored finding is ignored (SARIF suppressions). */
  suppressed: {
    organisation: 'Ignoré par la liste de l’organisation',
    author: 'Ignoré par l’auteur ({{level}})',
  },
  // SARIF's name for the commitment a finding lies in (its logical location).
  sarifCommitment: 'engagement {{n}}',
};

const en: Shape<typeof fr> = {
  language: {
    name: 'Language of the text',
    description:
      'A text that seems written in neither French nor English: Jalon reads only these two languages, and its other findings mean nothing there.',
    message:
      'This text seems written in {{language}}: Jalon reads French and English, so its findings on this text (terms, fields, level) are not reliable.',
    note: "Jalon recognises a text's common words to know which language to read it in. Translate the text into French or English for a review, or ignore this finding if the text is in French or English.",
    names: { es: 'Spanish', pt: 'Portuguese', it: 'Italian', de: 'German' },
  },
  'vague-term': {
    name: 'Vague verb',
    description:
      'Verbs and nominalisations that do not say what will be done (strengthen, promote, foster, enhance, support…), in every form.',
    verb: '"{{lemma}}" is vague: what exactly will be done, how will it be measured, and by when?',
    noun: '"{{actual}}" ({{lemma}}) hides the action: who will do what, measured how, by when?',
    participle:
      '"{{actual}}" ({{lemma}}) does not say what will be done or how it will be checked: state the expected result and its date.',
    note: '"{{lemma}}" states an intention, not an action: an intention can be pursued forever without any verifiable change. Say what will concretely be done (a rule adopted, a tool opened, data published, N staff trained), which indicator measures it, and by what date.',
    invited:
      '"{{lemma}}" after a passive invitation ("are invited to", "are called upon to"): who organises what, in what form, by when?',
    role: {
      purpose:
        'For information: "{{actual}}" says here why the action is taken, not what will be done. Check that the action before it is concrete and dated.',
      participle:
        'For information: "{{actual}}" describes something here rather than stating the action. Check that the sentence\'s action is concrete.',
      'deliverable-name':
        'For information: "{{actual}}" is part of a deliverable\'s name or subject here. Check that the deliverable itself is named and dated.',
      'partner-credit': 'For information: "{{actual}}" says here who helps, not what will be done.',
      'after-quantified':
        'For information: the action is counted in the sentence; "{{actual}}" says its aim or manner.',
      context:
        'For information: "{{actual}}" is part of the context or of what exists here, not of what the commitment promises.',
      concrete:
        'For information: the sentence says what will be done (a deliverable, a concrete means); "{{actual}}" says its aim or manner.',
      object:
        'For information: "{{actual}}" is here the object of a vague verb, which carries the warning: make that verb precise.',
      light:
        'For information: "{{actual}}" here only introduces the noun after it, which carries the warning: make that noun precise.',
    },
    info: {
      purpose: '"{{lemma}}" states the action\'s purpose here, not the action itself: information only.',
      participle:
        '"{{lemma}}" describes here (participle, relative clause or complement) without stating the action: information only.',
      'deliverable-name': '"{{lemma}}" is part of a deliverable\'s name or subject here: information only.',
      'partner-credit': '"{{lemma}}" says here who helps, not what will be done: information only.',
      'after-quantified': '"{{lemma}}" goes with an action already counted here: information only.',
      context: '"{{lemma}}" is part of the context here, not of what the commitment promises: information only.',
      concrete: '"{{lemma}}" goes with a concrete action here, named in the sentence: information only.',
      object: '"{{lemma}}" is the object of a vague verb here, which carries the warning: information only.',
      light: '"{{lemma}}" here introduces a vague noun, which carries the warning: information only.',
    },
  },
  'vague-time': {
    name: 'Vague deadline',
    description: 'Time expressions without a date (in due course, soon, as soon as possible, in the medium term).',
    message: '"{{actual}}" is not a deadline: give a date.',
    note: 'A deadline can be checked: "by 31 December {{year}}", "in Q2 {{year}}". Without a date nobody can tell whether the commitment was kept.',

    loose: 'For information: "{{actual}}" dates the step to a season. Give the month.',
    looseNote:
      'A season reads several ways (the calendar spring or the fiscal year\'s first quarter, its start or its end): "by June 2022" can be checked without discussion.',
    // A frequency word in an item that carries its date ("(December 2019 and ongoing)").
    frequency: 'The step is dated, but "{{actual}}" does not say how often: give the frequency.',
    frequencyNote:
      'The step has its date; "{{actual}}" says it recurs or goes on afterwards, without saying how often: "every quarter", "every 6 months", "every month from December 2019".',
    afterPlan: 'Deadline after the end of the plan ({{end}}): "{{actual}}".',
    afterPlanNote:
      "The plan runs from {{start}} to {{end}}. Say what will be delivered by the end of {{end}} (a dated step within the plan), or state that this milestone goes beyond the plan's period.",
    // A date written with numbers that reads two ways, or a day its month lacks (dateDoubts in core/dates).
    dateOrder: '"{{actual}}": {{dm}} or {{md}}? Write the month in words.',
    dateOrderNote:
      'This date reads day/month (British and French usage) or month/day (American usage), and the plan writes no other numeric date that settles it. Until the month is written in words ("{{dmWritten}}" or "{{mdWritten}}"), Jalon keeps only its year ({{year}}), for the calendar and for the follow-up sheet.',
    dateDay: '"{{actual}}": this day does not exist ({{month}} has only {{days}} days). Correct the date.',
    dateDayNote:
      'Jalon reads this deadline as the whole month ({{month}} {{year}}) until it is corrected; the follow-up cannot tell whether it is met to the day.',
    months: 'January|February|March|April|May|June|July|August|September|October|November|December',
    // A timing word in a purpose or a description (roles.ts, timingRole): information only, and why.
    info: {
      purpose:
        'For information: "{{actual}}" says here when the aim sought would come about, not when the action is due. Check that the action itself has its date.',
      participle:
        'For information: "{{actual}}" is here part of a description, not the action\'s deadline. Check that the action itself has its date.',
      'after-quantified':
        'For information: the sentence already gives the rhythm ("every year", "quarterly"); "{{actual}}" only repeats it.',
    },
  },
  'vague-quantity': {
    name: 'Vague quantity',
    description: 'Quantities without a figure (more, several, many, significantly).',
    message: '"{{actual}}" is not a quantity: give a figure.',
    note: 'A quantity can be measured: "from 35% to 60%", "40 municipalities", "3 datasets". Without a figure there is no baseline and no target.',
  },
  jargon: {
    name: 'Jargon and acronyms',
    description:
      'Ecosystem words and acronyms a member of the public would not understand, unless explained at first use or in a glossary.',
    term: '"{{actual}}" is jargon: a member of the public will not understand it.',
    official: 'For information: "{{actual}}" is the official term, which a member of the public may not know.',
    termNote: 'Explain it at first use, in parentheses right after, or in a glossary.',
    termNoteExample:
      'Explain it at first use, in parentheses right after, or in a glossary; for example: "{{example}}".',
    acronym: 'The acronym "{{actual}}" is not spelled out at first use.',
    acronymNote: 'Write the full name at first use, then the acronym in parentheses, or add it to the glossary.',
    acronymNoteExplained:
      'Write the full name at first use, then the acronym in parentheses: "{{explanation}}", or add it to the glossary.',
    replace: '"{{actual}}" is an anglicism: write "{{replacement}}", the official French term.',
    replaceNote:
      'French administrations use the official terms (FranceTerme); if needed, explain it at first use: "{{replacement}} ({{explanation}})".',
  },
  hedge: {
    name: 'Hedge that empties the commitment',
    description:
      'Reservations that take the promise out of a commitment (as appropriate, where possible, as needed): nobody can tell when the condition was not met.',
    message: '"{{actual}}" weakens the commitment: under what exact condition, or none?',
    note: 'A vague reservation lets nothing be done without breaking the commitment. State the exact condition ("if the {{year}} budget passes") or drop it.',
  },
  readability: {
    name: 'Readability',
    description: 'Long sentences; LIX readability index (indicative).',
    longSentence: 'Long sentence ({{words}} words): hard to read for the public.',
    longSentenceNote: 'Beyond {{limit}} words, split the sentence. Readability indexes are indicative.',
    commitment_one: 'A long sentence ({{words}} words) in this commitment: hard to read for the public.',
    commitment_other:
      '{{count}} long sentences in this commitment, up to {{words}} words: hard to read for the public.',
    outside_one: 'A long sentence ({{words}} words) outside the commitments: hard to read for the public.',
    outside_other:
      '{{count}} long sentences outside the commitments, up to {{words}} words: hard to read for the public.',
    document_one: 'A long sentence ({{words}} words): hard to read for the public.',
    document_other: '{{count}} long sentences, up to {{words}} words: hard to read for the public.',
    quote: '"{{start}}" ({{words}} words).',
  },
  'missing-field': {
    name: 'Missing field',
    description:
      'What a commitment lacks to be measurable: indicator, baseline, target, dated milestones, cost, lead, accountability, audience.',
    example: 'Example: "{{example}}"',
    exampleFrom: 'Example modelled on {{source}}: "{{example}}"',
    withSource: '{{example}} — modelled on {{source}}',
  },
  duplicate: {
    name: 'Repeated commitment',
    description:
      'Commitments that repeat each other within the plan, or repeat a commitment of an earlier plan without saying what they add.',
    samePlan: 'This commitment largely repeats commitment {{n}} ("{{title}}").',
    earlier: 'This commitment repeats a commitment of an earlier plan: {{plan}}, {{id}} ("{{title}}").',
    samePeriod:
      'This commitment repeats a commitment of a plan of the same period: {{plan}}, {{id}} ("{{title}}"). If it is that plan itself, ignore this finding; otherwise say what this commitment adds since.',
    note: 'Merge the two commitments, or say what this one adds: a deliverable, a target, a date.',
    noteEarlier:
      'A commitment taken from an earlier plan should say what was done since and what remains to deliver, or be dropped.',
    earlierPlan:
      'This document repeats the earlier plan "{{plan}}": {{n}} of its {{m}} commitments each repeat a commitment of that plan (commitments {{list}}). If it is that plan itself, ignore this finding; otherwise say, for each commitment, what it adds since.',
    noteEarlierPlan:
      'A published plan, reviewed as it stands, is found among the earlier plans Jalon knows: nothing to fix. A new plan that takes over an earlier plan must say, for each commitment taken over, what was done since, what remains to deliver and what is new (a target, a date), or drop it.',
    range: '{{first}} to {{last}}',
    forFacilitator: 'If it is that plan itself, ignore this finding; otherwise say what this commitment adds since.',
    forAuthor: 'Say what this commitment adds since that plan.',
    forFacilitatorPlan:
      'If it is that plan itself, ignore this finding; otherwise say, for each commitment, what it adds since.',
    forAuthorPlan: 'Say, for each commitment, what it adds since that plan.',
    noteEarlierPlanAuthor:
      'A new plan that takes over an earlier plan must say, for each commitment taken over, what was done since, what remains to deliver and what is new (a target, a date), or drop it.',
  },
  suppressed: {
    organisation: "Ignored by the organisation's list",
    author: 'Ignored by the author ({{level}})',
  },
  sarifCommitment: 'commitment {{n}}',
};

export const findings = { fr, en };
