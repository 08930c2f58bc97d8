// Which commitment the card shows: every title whole, wrapping, so that « Engagement 12 : Ouvrir les données des
// marchés publics… » and its neighbour are told apart at the pane's 350 px (a <select> cut both at the same words).
// Native radio buttons in a fieldset: one Tab stop, the arrows move the choice, screen readers say the group's name,
// each title and its place in the list; nothing loaded beyond what the pane has.
import { useEffect, useMemo, useRef } from 'react';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Commitment } from '../../../core';
import { commitmentName } from '../../labels';
import { useUi } from '../ui';

// Here rather than in styles.ts: this tab loads on first opening, the pane's first script stays within its budget.
function choiceStyles(theme: ITheme) {
  const p = theme.palette;
  return mergeStyleSets({
    choice: { border: 0, margin: 0, padding: 0, minWidth: 0 },
    // A box of its own that scrolls past a dozen lines.
    list: {
      position: 'relative',
      maxHeight: '14em',
      overflowY: 'auto',
      border: `1px solid ${theme.semanticColors.inputBorder}`,
      borderRadius: 2,
    },
    item: {
      display: 'flex',
      gap: 6,
      alignItems: 'flex-start',
      padding: '4px 6px',
      borderLeft: '3px solid transparent',
      cursor: 'pointer',
      overflowWrap: 'anywhere',
      selectors: {
        ':hover': { background: p.neutralLighter },
        ':focus-within': { outline: `2px solid ${p.themePrimary}`, outlineOffset: -2 },
        input: { margin: '3px 0 0', flexShrink: 0 },
      },
    },
    on: { background: p.themeLighterAlt, borderLeftColor: p.themePrimary },
  });
}

export interface CommitmentChoiceProps {
  commitments: readonly Commitment[];
  /** The commitment the card shows. */
  chosen: number | undefined;
  onChoose: (index: number) => void;
}

export function CommitmentChoice({ commitments, chosen, onChoose }: CommitmentChoiceProps) {
  const { t, css } = useUi();
  const theme = useTheme();
  const own = useMemo(() => choiceStyles(theme), [theme]);
  const box = useRef<HTMLDivElement>(null);
  // The card may change from elsewhere (the cursor, a finding, an insert): its title is brought into the list's view,
  // scrolling the list only, never the pane.
  useEffect(() => {
    const list = box.current;
    const item = list?.querySelector<HTMLElement>('input:checked')?.closest('label');
    if (!list || !item) return;
    const top = item.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [chosen]);
  return (
    <fieldset className={own.choice}>
      <legend className={css.label}>{t('commitment.choose')}</legend>
      <div ref={box} className={own.list}>
        {commitments.map((x) => (
          <label key={x.index} className={x.index === chosen ? `${own.item} ${own.on}` : own.item}>
            <input
              type="radio"
              name="jalon-engagement"
              value={x.index}
              checked={x.index === chosen}
              onChange={() => onChoose(x.index)}
            />
            <span>{commitmentName(t, x.index + 1, x.title)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
