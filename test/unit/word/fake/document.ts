// The fake's Document proxy (context.document): the body's paragraphs, comments and tracked changes, the selection,
// changeTrackingMode (WordApi 1.4), and Word's events, each registered at the sync and gated on its requirement set.
import { FakeContext, FakeObject } from './context';
import { FakeCommentCollection, FakeParagraphCollection, FakeRange, FakeTrackedChangeCollection } from './objects';

type Handler = (args: { uniqueLocalIds: (string | null)[]; source: string }) => Promise<void>;
type AnnotationHandler = (args: { id: string; action?: string; critiqueSuggestion?: string }) => Promise<void>;

class FakeEvent<H> {
  constructor(
    private ctx: FakeContext,
    private set: string,
    private list: () => H[],
    private at: string,
  ) {}
  add(handler: H) {
    this.ctx.queue({ at: this.at, set: this.set, run: () => void this.list().push(handler) });
    return {
      context: this.ctx,
      remove: () => {
        const l = this.list();
        const i = l.indexOf(handler);
        if (i >= 0) l.splice(i, 1);
      },
    };
  }
}

export class FakeDocumentProxy extends FakeObject<true> {
  readonly kind = 'Document';
  body: {
    paragraphs: FakeParagraphCollection;
    getComments: () => FakeCommentCollection;
    getTrackedChanges: () => FakeTrackedChangeCollection;
  };
  onParagraphChanged: FakeEvent<Handler>;
  onParagraphAdded: FakeEvent<Handler>;
  onParagraphDeleted: FakeEvent<Handler>;
  onAnnotationClicked: FakeEvent<AnnotationHandler>;
  onAnnotationPopupAction: FakeEvent<AnnotationHandler>;
  constructor(ctx: FakeContext) {
    super(ctx, () => true);
    const doc = ctx.doc;
    this.body = {
      paragraphs: new FakeParagraphCollection(ctx, () => doc.paragraphs),
      getComments: () => new FakeCommentCollection(ctx, () => true),
      getTrackedChanges: () => new FakeTrackedChangeCollection(ctx, () => true),
    };
    const ev = <H>(set: string, list: () => H[], at: string) => new FakeEvent<H>(ctx, set, list, at);
    this.onParagraphChanged = ev('1.6', () => doc.handlers.changed, 'Document.onParagraphChanged');
    this.onParagraphAdded = ev('1.6', () => doc.handlers.added, 'Document.onParagraphAdded');
    this.onParagraphDeleted = ev('1.6', () => doc.handlers.deleted, 'Document.onParagraphDeleted');
    this.onAnnotationClicked = ev('1.7', () => doc.annotationHandlers.clicked, 'Document.onAnnotationClicked');
    this.onAnnotationPopupAction = ev('1.8', () => doc.annotationHandlers.popup, 'Document.onAnnotationPopupAction');
  }
  protected value(_t: true, path: string[]): unknown {
    return path[0] === 'changeTrackingMode' ? this.ctx.doc.changeTracking : undefined;
  }
  protected override setOf(path: string[]): string | undefined {
    return path[0] === 'changeTrackingMode' ? '1.4' : undefined;
  }
  get changeTrackingMode(): string {
    return this.read('changeTrackingMode');
  }
  getSelection(): FakeRange {
    const doc = this.ctx.doc;
    return new FakeRange(this.ctx, () => {
      const p = doc.paragraphs[doc.selection.para];
      return p ? { p, start: doc.selection.start, end: doc.selection.end } : undefined;
    });
  }
}
