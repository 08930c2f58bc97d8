// The demo page's words around the pane (the pane itself speaks from pane.ts): its title, its introduction, the
// labels of the sample document, and how that document shows the footnotes and comments Jalon adds to it.
import type { Shape } from './shape';

const fr = {
  title: 'Jalon — démonstration',
  intro:
    'Un projet de plan d’action fictif, modifiable, et le volet Jalon tel qu’il s’affiche dans Word. Rien ne quitte votre navigateur.',
  document: 'Projet de plan d’action (document de démonstration, modifiable)',
  pane: 'Volet Jalon',
  notes: 'Notes de bas de page',
  comments: 'Commentaires de Jalon',
  /** The link to the page in the other language, written in that language. */
  other: 'English',
  note: '« …{{before}} » — {{text}}',
  comment: '« {{quoted}} » — {{text}}',
};

const en: Shape<typeof fr> = {
  title: 'Jalon — demo',
  intro:
    'An invented, editable draft action plan (in English) and the Jalon pane as Word shows it. Nothing leaves your browser.',
  document: 'Draft action plan (demo document, editable)',
  pane: 'Jalon pane',
  notes: 'Footnotes',
  comments: 'Jalon comments',
  other: 'Français',
  note: '"…{{before}}" — {{text}}',
  comment: '"{{quoted}}" — {{text}}',
};

export const demo = { fr, en };
