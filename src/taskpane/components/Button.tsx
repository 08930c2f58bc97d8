// The buttons of the pane's first script: native buttons in Fluent's look (styles.ts). Fluent's Button brings its
// menu, callout and keytip machinery, which these buttons never use, into the script every author downloads first;
// the tabs loaded later keep Fluent's buttons.
import type { Ref } from 'react';
import { useUi } from './ui';

export function Button(props: {
  text: string;
  onClick?: () => void;
  disabled?: boolean;
  primary?: boolean;
  elementRef?: Ref<HTMLButtonElement>;
}) {
  const { css } = useUi();
  return (
    <button
      type="button"
      ref={props.elementRef}
      className={props.primary ? css.primaryButton : css.button}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      {props.text}
    </button>
  );
}
