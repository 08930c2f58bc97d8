// The messages above the views (useNotices), read out by screen readers as they come.
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { MessageType, PaneMessage } from '../../state/notices';
import { useUi } from '../ui';

const BAR: Record<MessageType, MessageBarType> = {
  info: MessageBarType.info,
  success: MessageBarType.success,
  warning: MessageBarType.warning,
  error: MessageBarType.error,
};

export function Notices({ messages, onDismiss }: { messages: PaneMessage[]; onDismiss: (id: number) => void }) {
  const { t } = useUi();
  return (
    <div aria-live="polite">
      {messages.map((m) => (
        <MessageBar
          key={m.id}
          messageBarType={BAR[m.type]}
          onDismiss={() => onDismiss(m.id)}
          dismissButtonAriaLabel={t('errors.dismiss')}
          isMultiline
          styles={{ root: { marginBottom: 6 } }}
        >
          {m.text(t)}
        </MessageBar>
      ))}
    </div>
  );
}
