/**
 * @jest-environment jsdom
 */
// The pane shows what the host could not do (DocumentHost.takeNotices), in the pane's language, and keeps it on
// screen when the action's own success message follows.
jest.mock('../../../src/taskpane/planWorkerFactory', () => ({
  createPlanWorker: () => {
    throw new Error('no worker in jsdom');
  },
}));

import { act, renderHook } from '@testing-library/react';
import type { DocumentHost, HostNotice } from '../../../src/core';
import { translator } from '../../../src/taskpane/i18n';
import { useHostCalls } from '../../../src/taskpane/state/hostCalls';
import { useNotices } from '../../../src/taskpane/state/notices';

function hostWith(notices: HostNotice[]): DocumentHost {
  const none = async () => undefined;
  return {
    kind: 'word',
    capabilities: () => ({
      tempHighlight: false,
      annotations: false,
      comments: true,
      footnotes: false,
      paragraphEvents: false,
      settings: false,
    }),
    readParagraphs: async () => [],
    select: none,
    highlight: none,
    clearHighlights: none,
    insertAtCursor: none,
    insertAfter: none,
    insertText: none,
    readControls: async () => [],
    writeFields: none,
    addComments: async () => 0,
    listComments: async () => [],
    removeComments: async () => 0,
    loadSetting: async () => undefined,
    saveSetting: none,
    takeNotices: () => notices.splice(0),
  };
}

test.each(['fr', 'en'] as const)(
  'a host notice is shown in the pane’s language (%s) and stays after the success message',
  async (lang) => {
    const t = translator(lang);
    const notice = {
      code: 'commentsSummary',
      text: { fr: 'Questions ajoutées à la fin.', en: 'Questions added at the end.' },
    };
    const host = hostWith([notice]);
    const { result } = renderHook(() => {
      const notices = useNotices();
      return { ...notices, ...useHostCalls(host, notices.notify, () => undefined) };
    });
    await act(async () => {
      await result.current.guard('comments', async () => 0);
      result.current.notify('success', (tt) => tt('review.added', { count: 0 }));
    });
    const shown = result.current.messages.map((m) => [m.type, m.text(t)]);
    expect(shown).toContainEqual(['warning', notice.text[lang]]);
    expect(shown.at(-1)![0]).toBe('success');
  },
);
