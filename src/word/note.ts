/** The tag of the content control around each paragraph of Jalon's own words (InsertBlock.own): never read back. */
export const NOTE_TAG = 'jalon-note';
