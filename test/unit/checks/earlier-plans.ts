// Shared by the copy check's tests: the commitments of an earlier plan, each in words of its own (no two share a
// sentence), to be found again in a draft.
export const EARLIER_PLAN = [
  [
    'Publier les données de la commande publique',
    "Le ministère de l'Économie publiera en données ouvertes les données essentielles de tous les marchés publics de l'État au-dessus de 25 000 euros. Un format commun sera arrêté avec les éditeurs de profils acheteurs.",
  ],
  [
    'Ouvrir le registre des représentants d’intérêts',
    'La Haute Autorité pour la transparence de la vie publique étendra le registre des représentants d’intérêts aux collectivités de plus de 100 000 habitants. Chaque fiche indiquera les dépenses engagées et les décisions visées.',
  ],
  [
    'Former les agents à la concertation',
    'Deux cents agents des préfectures suivront une formation de trois jours aux méthodes de concertation avec les habitants. Un guide pratique sera diffusé à chaque stagiaire à l’issue de la session.',
  ],
  [
    'Publier les codes sources des administrations',
    'La direction interministérielle du numérique publiera sur une forge publique les codes sources des logiciels développés par les ministères. Une licence libre sera choisie pour chaque dépôt avant sa mise en ligne.',
  ],
  [
    'Rendre compte des avis du public',
    'Chaque consultation publique en ligne donnera lieu à une synthèse des contributions reçues publiée sous deux mois. La synthèse dira quelles propositions ont été retenues et pourquoi les autres ne l’ont pas été.',
  ],
];
