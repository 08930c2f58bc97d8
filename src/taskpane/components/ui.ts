// What every view reads: the pane's translate function and its styles, given once by App.
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { PaneStyles } from '../styles';

export interface Ui {
  t: TFunction;
  css: PaneStyles;
}

export const UiContext = createContext<Ui | undefined>(undefined);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('A pane view is rendered outside App (no UiContext).');
  return ui;
}
