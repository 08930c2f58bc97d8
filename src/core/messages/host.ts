// The Word host's words: what the Word layer says when Word refuses or cannot do something, the review questions it
// writes into the document when Word refuses comments, and the pane page's message for webviews Jalon cannot run in
// (the page's start script shows it before any of Jalon's code loads). Keys follow the catalogue's rules (pane.ts).
import type { Shape } from './shape';

const fr = {
  meta: { lang: 'fr' },
  errors: {
    unsupported:
      'Cette version de Word ne permet pas cette action ({{api}} manquant). Mettez Word à jour ou utilisez Word sur le web.',
    stale: 'Le paragraphe a changé depuis la dernière vérification. Relancez la vérification.',
    notFound: 'Passage introuvable dans le document : « {{what}} ».',
    tooLarge: 'Word n’a pas pu transmettre ce paragraphe à Jalon : il est trop long pour une seule requête.',
  },
  notices: {
    trackingOn:
      'Le suivi des modifications est activé : Jalon n’a pas surligné les remarques, car cette version de Word enregistrerait chaque surlignage comme une modification. Les remarques restent dans le volet ; désactivez le suivi (Révision > Suivi des modifications) pour les voir dans le texte.',
    trackingUnknown:
      'Cette version de Word ne dit pas à Jalon si le suivi des modifications est activé : s’il l’est, Word enregistrera les surlignages comme des modifications de mise en forme. « Effacer les surlignages » les retire.',
    noAnnotations:
      'Cette version de Word n’affiche pas les soulignements des compléments (réservés à Microsoft 365) : Jalon surligne les remarques à la place ; « Effacer les surlignages » les retire.',
    placeholders:
      'Word sur le web ne laisse pas les compléments écrire le texte d’aide grisé des champs : les champs ont été insérés vides, et le titre de l’engagement porte son invite, sélectionnée : tapez votre titre pour la remplacer.',
    commentsOneByOne:
      'Word a refusé d’ajouter les commentaires en une fois : Jalon les a ajoutés un par un ({{count, number}}).',
    commentsSummary_one:
      'Word n’a pas accepté les commentaires (Word sur le web les refuse aux compléments pour certains comptes) : la question a été ajoutée à la fin du document, sous le titre « {{title}} ».',
    commentsSummary_other:
      'Word n’a pas accepté les commentaires (Word sur le web les refuse aux compléments pour certains comptes) : les {{count, number}} questions ont été ajoutées à la fin du document, sous le titre « {{title}} ».',
  },
  summary: {
    title: 'Questions de relecture (Jalon)',
    // Where, as the pane says it (Word numbers no paragraph): the paragraph's first words, then the words flagged.
    line: 'Paragraphe « {{words}} » — « {{actual}} » : {{question}}',
  },
  startPage: {
    title: 'Jalon ne peut pas s’ouvrir dans cette version de Word',
    why: 'Cette version de Word affiche les compléments avec un ancien navigateur intégré (Internet Explorer ou l’ancien Edge), où Jalon ne peut pas fonctionner. C’est le cas d’Office 2016 et 2019 sous licence en volume, et d’Office 2016 ou 2019 sans le composant Microsoft Edge WebView2.',
    web: 'Ouvrez le document dans Word sur le web (office.com) : Jalon y fonctionne entièrement.',
    upgrade:
      'Ou passez à Microsoft 365 ou à Office 2021 ou plus récent ; pour Office 2016 ou 2019 acheté en boutique, le service informatique peut installer « Microsoft Edge WebView2 Runtime ». Sur Mac, mettez macOS et Word à jour.',
    cli: 'Ou vérifiez le fichier .docx en ligne de commande : jalon check plan.docx',
  },
};

const en: Shape<typeof fr> = {
  meta: { lang: 'en' },
  errors: {
    unsupported: 'This version of Word cannot do this ({{api}} is missing). Update Word or use Word on the web.',
    stale: 'The paragraph changed since the last check. Run the check again.',
    notFound: 'Passage not found in the document: "{{what}}".',
    tooLarge: 'Word could not send this paragraph to Jalon: it is too long for one request.',
  },
  notices: {
    trackingOn:
      'Track Changes is on: Jalon did not highlight the findings, because this version of Word would record each highlight as a change. The findings stay in the pane; turn off Track Changes (Review > Track Changes) to see them in the text.',
    trackingUnknown:
      'This version of Word does not tell Jalon whether Track Changes is on: if it is, Word will record the highlights as formatting changes. "Clear highlights" removes them.',
    noAnnotations:
      'This version of Word does not show add-in underlines (they need Microsoft 365): Jalon highlights the findings instead; "Clear highlights" removes them.',
    placeholders:
      "Word on the web does not let add-ins write the fields' grey prompt text: the fields were inserted empty, and the commitment's title holds its prompt, selected: type your title to replace it.",
    commentsOneByOne: 'Word refused to add the comments at once: Jalon added them one by one ({{count, number}}).',
    commentsSummary_one:
      'Word did not accept the comments (Word on the web refuses them to add-ins for some accounts): the question was added at the end of the document, under the heading "{{title}}".',
    commentsSummary_other:
      'Word did not accept the comments (Word on the web refuses them to add-ins for some accounts): the {{count, number}} questions were added at the end of the document, under the heading "{{title}}".',
  },
  summary: {
    title: 'Review questions (Jalon)',
    line: 'Paragraph "{{words}}" — "{{actual}}": {{question}}',
  },
  startPage: {
    title: 'Jalon cannot open in this version of Word',
    why: 'This version of Word shows add-ins with an old built-in browser (Internet Explorer or the old Edge), where Jalon cannot run. This is the case of volume-licensed Office 2016 and 2019, and of Office 2016 or 2019 without the Microsoft Edge WebView2 component.',
    web: 'Open the document in Word on the web (office.com): Jalon works fully there.',
    upgrade:
      'Or move to Microsoft 365 or to Office 2021 or later; for retail Office 2016 or 2019, IT can install "Microsoft Edge WebView2 Runtime". On a Mac, update macOS and Word.',
    cli: 'Or check the .docx file from the command line: jalon check plan.docx',
  },
};

export const host = { fr, en };
