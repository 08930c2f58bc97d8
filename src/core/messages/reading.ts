// Why a draft could not be read, in the user's language: the command line's reader errors, one key per error
// code. Formats are named as the user knows them (.docx, .odt, .md, .txt).
import type { Shape } from './shape';

const fr = {
  errors: {
    'not-found': 'fichier introuvable',
    permission: 'lecture refusée (droits insuffisants)',
    'is-directory': 'c’est un dossier : donnez le fichier lui-même (.docx, .odt, .md, .txt)',
    empty: 'le fichier est vide',
    'no-text': 'le document ne contient aucun texte',
    'too-large': 'le fichier est trop volumineux',
    'not-zip': 'ce n’est pas un document .docx (le fichier n’est pas une archive Word)',
    'odt-not-zip': 'ce n’est pas un document .odt (le fichier n’est pas une archive OpenDocument)',
    truncated: 'le document .docx est tronqué ou endommagé (copie ou téléchargement incomplet ?)',
    'odt-truncated': 'le document .odt est tronqué ou endommagé (copie ou téléchargement incomplet ?)',
    encrypted: 'le document est protégé par un mot de passe : enregistrez-le sans mot de passe puis relancez',
    'old-doc': 'ancien format Word (.doc) : ouvrez-le dans Word et enregistrez-le au format .docx',
    pdf: 'c’est un PDF : donnez à Jalon le document d’origine (.docx ou .odt), ou ouvrez le PDF dans Word et enregistrez-le au format .docx',
    'not-text':
      'ce n’est pas un texte (octets nuls ou caractères de contrôle) : enregistrez le document au format .docx, .odt, .md ou .txt',
    'not-docx': 'archive sans document Word (word/document.xml absent)',
    'not-odt':
      'ce n’est pas un texte OpenDocument (content.xml absent, ou un tableur ou une présentation) : enregistrez-le au format .odt depuis LibreOffice Writer',
    doctype: 'le XML du document déclare une DTD ou des entités (refusé par sécurité)',
    'bad-xml': 'le XML du document est illisible',
    'zip-bomb': 'l’archive se décompresse en une taille déraisonnable (refusée par sécurité)',
    'no-drafts': 'aucun projet (.docx, .odt, .md, .txt) dans ce dossier',
    unsupported: 'type de fichier non pris en charge (attendu : .docx, .odt, .md ou .txt)',
    unknown: 'lecture impossible',
  },
};

const en: Shape<typeof fr> = {
  errors: {
    'not-found': 'file not found',
    permission: 'cannot read it (permission denied)',
    'is-directory': 'it is a folder: give the file itself (.docx, .odt, .md, .txt)',
    empty: 'the file is empty',
    'no-text': 'the document contains no text',
    'too-large': 'the file is too large',
    'not-zip': 'this is not a .docx document (the file is not a Word archive)',
    'odt-not-zip': 'this is not an .odt document (the file is not an OpenDocument archive)',
    truncated: 'the .docx document is truncated or damaged (incomplete copy or download?)',
    'odt-truncated': 'the .odt document is truncated or damaged (incomplete copy or download?)',
    encrypted: 'the document is password-protected: save it without a password and run again',
    'old-doc': 'old Word format (.doc): open it in Word and save it as .docx',
    pdf: 'this is a PDF: give Jalon the original document (.docx or .odt), or open the PDF in Word and save it as .docx',
    'not-text': 'this is not text (null bytes or control characters): save the document as .docx, .odt, .md or .txt',
    'not-docx': 'archive without a Word document (word/document.xml missing)',
    'not-odt':
      'this is not an OpenDocument text (content.xml missing, or a spreadsheet or a presentation): save it as .odt from LibreOffice Writer',
    doctype: "the document's XML declares a DTD or entities (refused for safety)",
    'bad-xml': "the document's XML cannot be read",
    'zip-bomb': 'the archive inflates to an unreasonable size (refused for safety)',
    'no-drafts': 'no drafts (.docx, .odt, .md, .txt) in this folder',
    unsupported: 'unsupported file type (expected .docx, .odt, .md or .txt)',
    unknown: 'cannot be read',
  },
};

export const reading = { fr, en };
