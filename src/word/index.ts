// The Word side of DocumentHost: the only module that touches Office.js.
export { WordDocument, HIGHLIGHT_COLOURS, COMMENT_PREFIX, type WordDocumentOptions } from './WordDocument';
export { WordHostError, type WordErrorCode } from './errors';
export { ANNOTATION_RESOURCES, CRITIQUE_COLOURS } from './annotations';
