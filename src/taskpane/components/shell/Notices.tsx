// The messages above the views (useNotices), read out by screen readers as they come. Plain elements rather than
// Fluent's MessageBar, which weighed ~5 KB gzipped in the pane's first script for a coloured line and a close button.
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { MessageType, PaneMessage } from '../../state/notices';
import { useUi } from '../ui';

// Fluent's message bar colours (light theme), so the pane looks as it did.
const COLOURS: Record<MessageType, { background: string; mark: string }> = {
  info: { background: '#f3f2f1', mark: '#605e5c' },
  success: { background: '#dff6dd', mark: '#107c10' },
  warning: { background: '#fff4ce', mark: '#797775' },
  error: { background: '#fde7e9', mark: '#a80000' },
};

const css = mergeStyleSets({
  notice: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: 8,
    marginBottom: 6,
    padding: '8px 8px 8px 12px',
    fontSize: 12,
    lineHeight: 16,
    color: '#323130',
    overflowWrap: 'anywhere',
  },
  text: { flex: 1 },
  close: {
    border: 'none',
    background: 'transparent',
    cursor: 'pointer',
    fontSize: 14,
    lineHeight: 16,
    padding: '0 4px',
    color: '#323130',
    selectors: { ':focus-visible': { outline: '1px solid #323130' } },
  },
});

export function Notices({ messages, onDismiss }: { messages: PaneMessage[]; onDismiss: (id: number) => void }) {
  const { t } = useUi();
  return (
    <div aria-live="polite">
      {messages.map((m) => (
        <div
          key={m.id}
          className={css.notice}
          // An error interrupts, as Fluent's bar announced it; the others wait for the reader.
          role={m.type === 'error' ? 'alert' : 'status'}
          style={{ background: COLOURS[m.type].background, borderLeft: `3px solid ${COLOURS[m.type].mark}` }}
        >
          <span className={css.text}>{m.text(t)}</span>
          <button type="button" className={css.close} aria-label={t('errors.dismiss')} onClick={() => onDismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
