// The Word side of DocumentHost: the only module that touches Office.js.
export { WordDocument, SYNCS, type WordDocumentOptions } from './WordDocument';
export { HIGHLIGHT_COLOURS } from './highlights';
export { COMMENT_PREFIX } from './comments';
export { WordHostError, type WordErrorCode } from './errors';
export { ANNOTATION_RESOURCES, CRITIQUE_COLOURS } from './annotations';
