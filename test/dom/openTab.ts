// The tabs after the first load their view on first opening (React.lazy chunks, App.tsx): click, then wait
// for the panel to show it.
import { fireEvent, screen, waitFor } from '@testing-library/react';

export async function openTab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name }));
  await waitFor(() => expect(screen.getByRole('tabpanel').childElementCount).toBeGreaterThan(0));
}
