// Public surface of the core: what the pane, the Word layer and the command line may import.
export * from './types';
export * from './document';
export { analyze, type AnalyzeOptions } from './analyze';
export { fromParagraphs, fromPlainText, paragraphAt, type SourceText, type SourceParagraph } from './source';
