// Renders a DemoDocument as an editable page and feeds the author's typing back to it. Over 400 lines: one
// editable page; its rendering, highlights, caret and key, input and paste handlers share the page's elements and
// the model's paragraphs, so they stay one class.
// Highlights use the CSS Custom Highlight API where the browser has it (no DOM change, so the caret and
// undo survive); elsewhere they are <mark> elements redrawn with the text.
import type { DocRange } from '../core';
import type { DemoDocument, DemoHighlight, DemoParagraph } from './DemoDocument';
import { pastedParagraphs } from './paste';
import type { SampleParagraph } from './sample';

type HighlightRegistry = Map<string, unknown>;
interface HighlightCtor {
  new (...ranges: Range[]): unknown;
}

function cssHighlights(): { registry: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight ? { registry: g.CSS.highlights, Highlight: g.Highlight } : undefined;
}

const KINDS = ['error', 'warning', 'suggestion', 'info', 'focus', 'comment'] as const;

export interface ViewLabels {
  documentLabel: string;
  notes: string;
  comments: string;
  /** A footnote as the page lists it: the words before its mark, and its text. */
  note: (before: string, text: string) => string;
  /** A comment as the page lists it: the words it is about, and its text. */
  comment: (quoted: string, text: string) => string;
  fieldLabel: (tag: string) => string;
}

export class DemoDocumentView {
  private applying = false;
  private elements = new Map<string, HTMLElement>();
  private paintQueued = false;
  private focus: DocRange | undefined;
  private readonly css = cssHighlights();
  /**
   * The highlights painted, each with its range, in one CSS Highlight per kind made once: a paint adds and removes
   * only what changed (a keystroke takes its paragraph's highlights away; rebuilding 3,000 ranges at each one made
   * typing lag). The ranges hold the page's nodes: a render clears them all.
   */
  private painted = new Map<DemoHighlight, Range>();
  private paintedExtra: [string, Range][] = [];
  private sets: Map<string, Set<Range>> | undefined; // a CSS Highlight is a set of ranges
  private readonly footer: HTMLElement;
  /** What the browser changed in the page since the model last read it: only those paragraphs are read again. */
  private readonly edits: MutationObserver;

  constructor(
    private readonly doc: DemoDocument,
    private readonly page: HTMLElement,
    private readonly labels: ViewLabels,
  ) {
    page.contentEditable = 'true';
    page.tabIndex = 0; // axe counts the scrolling document as keyboard-reachable only with an explicit tab stop
    page.spellcheck = true;
    page.setAttribute('role', 'textbox');
    page.setAttribute('aria-multiline', 'true');
    page.setAttribute('aria-label', labels.documentLabel);
    this.footer = document.createElement('div');
    this.footer.className = 'demo-notes';
    page.after(this.footer);
    doc.attach({ select: (r) => this.select(r), cursor: () => this.cursor() });
    doc.subscribe((e) => {
      if (e === 'content' && !this.applying) this.render();
      else this.schedulePaint();
      this.renderNotes();
    });
    this.edits = new MutationObserver(() => undefined);
    this.edits.observe(page, { subtree: true, childList: true, characterData: true });
    page.addEventListener('beforeinput', (ev) => this.onBeforeInput(ev));
    page.addEventListener('input', () => this.reconcile());
    page.addEventListener('keydown', (ev) => this.onKey(ev));
    page.addEventListener('paste', (ev) => this.onPaste(ev));
    document.addEventListener('selectionchange', () => {
      const c = this.cursor();
      if (c) doc.lastCursor = c;
    });
    this.render();
    this.renderNotes();
  }

  render(): void {
    const caret = this.cursor();
    this.elements.clear();
    this.painted.clear();
    this.paintedExtra = [];
    for (const set of this.sets?.values() ?? []) set.clear();
    this.page.replaceChildren(...this.blocks());
    this.edits.takeRecords(); // the page now shows the model: nothing to read back
    if (this.css) this.paintMarks();
    if (caret && document.activeElement === this.page) this.placeCaret(caret);
  }

  private blocks(): HTMLElement[] {
    const out: HTMLElement[] = [];
    let table: HTMLTableElement | undefined;
    for (const p of this.doc.paragraphs) {
      if (!p.cell) {
        table = undefined;
        out.push(this.paragraphElement(p));
        continue;
      }
      if (!table || (p.cell.row === 0 && p.cell.col === 0 && table.rows.length > 0)) {
        table = document.createElement('table');
        table.className = 'demo-table';
        out.push(table);
      }
      while (table.rows.length <= p.cell.row) table.insertRow();
      const row = table.rows[p.cell.row];
      const td = document.createElement(p.cell.row === 0 ? 'th' : 'td');
      td.appendChild(this.paragraphElement(p));
      row.appendChild(td);
    }
    return out;
  }

  private paragraphElement(p: DemoParagraph): HTMLElement {
    const level = Math.min(p.headingLevel, 6);
    const el = document.createElement(level ? `h${level}` : 'p');
    el.dataset.pid = p.id;
    this.elements.set(p.id, el);
    if (p.tag) {
      el.dataset.tag = p.tag;
      el.dataset.field = p.placeholder ?? this.labels.fieldLabel(p.tag);
      el.classList.add('demo-control');
      // An empty heading still says what goes there (axe: empty-heading), as Word's grey prompt does.
      if (level && !p.text) el.title = el.dataset.field;
    }
    if (p.own) {
      el.dataset.own = 'true';
      el.classList.add('demo-note');
    }
    if (p.text) el.textContent = p.text;
    else el.appendChild(document.createElement('br'));
    if (!this.css) this.markFallback(el, p);
    return el;
  }

  private element(paragraphId: string): HTMLElement | null {
    const known = this.elements.get(paragraphId);
    if (known?.isConnected) return known;
    return this.page.querySelector<HTMLElement>(`[data-pid="${CSS.escape(paragraphId)}"]`);
  }

  /** The pane highlights in batches: paint once per frame, not once per batch (3,000 paragraphs stay smooth). */
  private schedulePaint(): void {
    if (this.paintQueued) return;
    this.paintQueued = true;
    requestAnimationFrame(() => {
      this.paintQueued = false;
      this.paintMarks();
    });
  }

  /** A DOM range for [start, end) of a paragraph, walking its text nodes. */
  private domRange(r: DocRange): Range | undefined {
    const el = this.element(r.paragraphId);
    if (!el) return undefined;
    const range = document.createRange();
    const only = el.firstChild;
    if (only && only === el.lastChild && only.nodeType === Node.TEXT_NODE) {
      // The usual case, one text node: no walk.
      const len = only.textContent?.length ?? 0;
      if (r.end > len) return undefined;
      range.setStart(only, r.start);
      range.setEnd(only, r.end);
      return range;
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let startSet = false;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent?.length ?? 0;
      if (!startSet && r.start <= seen + len) {
        range.setStart(n, r.start - seen);
        startSet = true;
      }
      if (startSet && r.end <= seen + len) {
        range.setEnd(n, r.end - seen);
        return range;
      }
      seen += len;
    }
    if (!startSet) {
      range.setStart(el, 0);
      range.setEnd(el, 0);
      return range;
    }
    return undefined;
  }

  private paintMarks(): void {
    if (!this.css) {
      this.render();
      return;
    }
    const { registry, Highlight } = this.css;
    if (!this.sets) {
      this.sets = new Map(KINDS.map((k) => [k, new Highlight() as unknown as Set<Range>]));
      for (const [kind, set] of this.sets) registry.set(`jalon-${kind}`, set);
    }
    const sets = this.sets;
    const now = new Set(this.doc.highlights);
    for (const [h, range] of this.painted) {
      if (now.has(h)) continue;
      sets.get(h.kind)!.delete(range);
      this.painted.delete(h);
    }
    for (const h of this.doc.highlights) {
      if (this.painted.has(h)) continue;
      const r = this.domRange(h);
      if (!r) continue;
      sets.get(h.kind)!.add(r);
      this.painted.set(h, r);
    }
    // Comments and the selection the pane asked for are few: painted afresh.
    for (const [kind, r] of this.paintedExtra) sets.get(kind)!.delete(r);
    this.paintedExtra = [];
    const extra = (kind: string, at: DocRange) => {
      const r = this.domRange(at);
      if (!r) return;
      sets.get(kind)!.add(r);
      this.paintedExtra.push([kind, r]);
    };
    for (const c of this.doc.comments) extra('comment', c.range);
    if (this.focus) extra('focus', this.focus);
  }

  /** Browsers without CSS highlights: wrap highlighted spans in <mark> (redrawn on every change). */
  private markFallback(el: HTMLElement, p: DemoParagraph): void {
    const marks = this.doc.highlights.filter((h) => h.paragraphId === p.id).sort((a, b) => a.start - b.start);
    if (!marks.length || !p.text) return;
    el.replaceChildren();
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      el.append(p.text.slice(at, m.start));
      const mark = document.createElement('mark');
      mark.className = `jalon-${m.kind}`;
      mark.textContent = p.text.slice(m.start, m.end);
      el.append(mark);
      at = m.end;
    }
    el.append(p.text.slice(at));
  }

  private renderNotes(): void {
    const items: HTMLElement[] = [];
    const text = (id: string) => this.doc.paragraphs.find((p) => p.id === id)?.text ?? '';
    if (this.doc.footnotes.length) {
      const h = document.createElement('h2');
      h.textContent = this.labels.notes;
      const ol = document.createElement('ol');
      for (const f of this.doc.footnotes) {
        const li = document.createElement('li');
        const before = text(f.paragraphId).slice(Math.max(0, f.offset - 30), f.offset);
        li.textContent = this.labels.note(before, f.text);
        ol.appendChild(li);
      }
      items.push(h, ol);
    }
    if (this.doc.comments.length) {
      const h = document.createElement('h2');
      h.textContent = this.labels.comments;
      const ul = document.createElement('ul');
      for (const c of this.doc.comments) {
        const li = document.createElement('li');
        li.textContent = this.labels.comment(
          text(c.range.paragraphId).slice(c.range.start, c.range.end) || '¶',
          c.text,
        );
        ul.appendChild(li);
      }
      items.push(h, ul);
    }
    this.footer.replaceChildren(...items);
    this.footer.hidden = items.length === 0;
  }

  select(r: DocRange): void {
    this.focus = r.end > r.start ? r : undefined;
    const dom = this.domRange(r);
    if (dom) {
      const kept = document.activeElement;
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(dom);
      // Word selects without taking the keyboard from the pane (office-js#316): the pane's button keeps the focus.
      if (kept instanceof HTMLElement && !this.page.contains(kept) && document.activeElement !== kept)
        kept.focus({ preventScroll: true });
      (dom.startContainer.parentElement ?? this.page).scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
    this.schedulePaint();
  }

  cursor(): DocRange | undefined {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !this.page.contains(sel.anchorNode)) return undefined;
    const range = sel.getRangeAt(0);
    const el = (
      range.startContainer.nodeType === Node.ELEMENT_NODE
        ? (range.startContainer as Element)
        : range.startContainer.parentElement
    )?.closest<HTMLElement>('[data-pid]');
    if (!el?.dataset.pid) return undefined;
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const sameEl = el.contains(range.endContainer);
    let end = start;
    if (sameEl && !range.collapsed) {
      before.setEnd(range.endContainer, range.endOffset);
      end = before.toString().length;
    }
    return { paragraphId: el.dataset.pid, start, end };
  }

  private placeCaret(r: DocRange): void {
    const dom = this.domRange({ paragraphId: r.paragraphId, start: r.start, end: r.start });
    if (!dom) return;
    // collapse(), not addRange(): Chromium keeps an added Range live, and in an empty paragraph (<p><br></p>)
    // typing then left the caret at offset 0, so letters came out reversed.
    window.getSelection()?.collapse(dom.startContainer, dom.startOffset);
  }

  /**
   * Brings the model in line with what the browser changed while the author typed. A keystroke changes one
   * paragraph: only the paragraphs the browser touched are read again (reading all 6,000 of a 300-page plan at
   * each keystroke made typing lag); a change of the page's structure (a paragraph removed or added by the
   * browser, say a selection across paragraphs deleted) reads them all.
   */
  private reconcile(): void {
    const touched = new Set<HTMLElement>();
    let structural = false;
    for (const r of this.edits.takeRecords()) {
      const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      const el = node?.closest<HTMLElement>('[data-pid]');
      if (el && this.page.contains(el)) touched.add(el);
      else structural = true;
    }
    if (structural) {
      this.reconcileAll();
      return;
    }
    this.applying = true;
    try {
      for (const el of touched) this.doc.setText(el.dataset.pid!, (el.textContent ?? '').replace(/\n/g, ' '));
    } finally {
      this.applying = false;
    }
    this.schedulePaint();
  }

  /** Every paragraph read back from the page, and those the browser removed taken out of the model. */
  private reconcileAll(): void {
    const els = [...this.page.querySelectorAll<HTMLElement>('[data-pid]')];
    const known = new Set(els.map((e) => e.dataset.pid));
    const structural =
      this.doc.paragraphs.some((p) => !known.has(p.id)) ||
      this.page.querySelector(':scope > :not([data-pid]):not(table)');
    const model = new Map(this.doc.paragraphs.map((p) => [p.id, p]));
    this.applying = true;
    try {
      for (const el of els) {
        const text = (el.textContent ?? '').replace(/\n/g, ' ');
        // Only the paragraphs that differ are given to the model (finding each one there costs a pass over it).
        if (model.get(el.dataset.pid!)?.text !== text) this.doc.setText(el.dataset.pid!, text);
      }
      if (structural) this.doc.paragraphs = this.doc.paragraphs.filter((p) => known.has(p.id));
    } finally {
      this.applying = false;
    }
    if (structural) this.render();
    this.schedulePaint();
  }

  private onKey(ev: KeyboardEvent): void {
    const c = this.cursor();
    if (!c) return;
    if (ev.key === 'Enter') {
      ev.preventDefault();
      const id = this.doc.split(c.paragraphId, c.start);
      this.placeCaret({ paragraphId: id, start: 0, end: 0 });
    } else if (ev.key === 'Backspace' && c.start === 0 && c.end === 0 && window.getSelection()?.isCollapsed) {
      const to = this.doc.mergeWithPrevious(c.paragraphId);
      if (to) {
        ev.preventDefault();
        this.placeCaret(to);
      } else if (this.doc.paragraphs[0]?.id === c.paragraphId) ev.preventDefault();
    } else if (ev.key === 'Delete' && window.getSelection()?.isCollapsed) {
      const i = this.doc.paragraphs.findIndex((p) => p.id === c.paragraphId);
      const next = this.doc.paragraphs[i + 1];
      if (next && c.start === this.doc.paragraphs[i].text.length) {
        ev.preventDefault();
        const to = this.doc.mergeWithPrevious(next.id);
        if (to) this.placeCaret(to);
      }
    }
  }

  /**
   * The first letter typed in an empty paragraph (<p><br></p>) is placed by hand: Chromium sometimes leaves the
   * caret before the letter it inserts there, so the next letters came out reversed ("etiuS").
   */
  private onBeforeInput(ev: InputEvent): void {
    if (ev.inputType !== 'insertText' || !ev.data) return;
    const sel = window.getSelection();
    if (!sel?.isCollapsed || !sel.anchorNode) return;
    const anchor =
      sel.anchorNode.nodeType === Node.ELEMENT_NODE ? (sel.anchorNode as Element) : sel.anchorNode.parentElement;
    const el = anchor?.closest<HTMLElement>('[data-pid]');
    if (!el || !this.page.contains(el) || el.textContent !== '') return;
    ev.preventDefault();
    const text = document.createTextNode(ev.data);
    el.replaceChildren(text);
    sel.collapse(text, text.length);
    this.reconcile();
  }

  private onPaste(ev: ClipboardEvent): void {
    // Plain text only: pasted markup would create paragraphs the model does not know.
    ev.preventDefault();
    const text = ev.clipboardData?.getData('text/plain') ?? '';
    const lines = text.split(/\r\n?|\n/);
    if (lines.length === 1) {
      document.execCommand('insertText', false, lines[0]);
      return;
    }
    if (!window.getSelection()?.isCollapsed) {
      document.execCommand('delete');
      this.reconcile();
    }
    const c = this.cursor();
    if (!c) return;
    const p = this.doc.paragraphs.find((x) => x.id === c.paragraphId)!;
    // Lines of cells separated by tabs are a table, as the command line reads them (paste.ts); not inside a cell.
    const pasted: SampleParagraph[] = p.cell ? [] : pastedParagraphs(text);
    if (pasted.some((x) => x.cell)) {
      this.pasteTable(p, c.start, pasted);
      return;
    }
    // Several lines are several paragraphs, as Word pastes text: the first ends the paragraph at the caret, each
    // other line is a body paragraph of its own (not a copy of a heading it was pasted into), the rest of the
    // paragraph follows the last.
    const after = p.text.slice(c.start);
    this.doc.setText(p.id, p.text.slice(0, c.start) + lines[0] + after);
    let id = p.id;
    let at = c.start + lines[0].length;
    for (const line of lines.slice(1)) {
      id = this.doc.split(id, at);
      this.doc.setText(id, line + after);
      at = line.length;
    }
    this.render();
    this.placeCaret({ paragraphId: id, start: at, end: at });
  }

  /**
   * Pasted lines with a table among them: a first line that is text ends the paragraph at the caret, the others
   * (the table's cells as cells) follow it, and the rest of the paragraph goes after the last line (after the
   * table, in a paragraph of its own, when the paste ends with it).
   */
  private pasteTable(p: DemoParagraph, offset: number, pasted: SampleParagraph[]): void {
    const after = p.text.slice(offset);
    const items = pasted.map((x) => ({ ...x }));
    let head = p.text.slice(0, offset);
    if (!items[0].cell) head += items.shift()!.text;
    const last = items[items.length - 1];
    if (last && !last.cell) last.text += after;
    else if (after) items.push({ text: after });
    if (head !== p.text) this.doc.setText(p.id, head);
    const ids = this.doc.pasteAfter(p.id, items);
    this.render();
    const end = items.length
      ? { id: ids[ids.length - 1], at: items[items.length - 1].text.length - after.length }
      : undefined;
    const caret = end ? { paragraphId: end.id, start: Math.max(0, end.at), end: Math.max(0, end.at) } : undefined;
    if (caret) this.placeCaret(caret);
  }
}
