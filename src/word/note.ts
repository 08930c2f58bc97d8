// The tag of Jalon's own words, defined in the core so that every reader of a .docx leaves them out alike.
export { NOTE_TAG } from '../core';
