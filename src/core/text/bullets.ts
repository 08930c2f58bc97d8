// A list's bullet marks, one definition for every reader of list items: the usual symbols and Word's own bullets,
// which are symbols of a private font (U+F0B7, U+F0A7, U+F06C…) when a list is copied out of Word.

/** The marks, as the body of a regular expression's character class. */
export const BULLET_MARKS = String.raw`•▪●◦\uf000-\uf0ff`;

const BULLET = new RegExp(`[${BULLET_MARKS}]`, 'u');

/** Whether the character at `code` is a bullet mark. */
export const isBullet = (code: number): boolean => BULLET.test(String.fromCharCode(code));
