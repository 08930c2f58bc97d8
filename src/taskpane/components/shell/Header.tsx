// The pane's title and its language switch.
import type { Lang } from '../../../core';
import { LANGS, translator } from '../../i18n';
import { useUi } from '../ui';

export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { t, css } = useUi();
  return (
    <header className={css.header}>
      <div>
        <h1 className={css.brand}>{t('app.title')}</h1>
        <p className={css.tagline}>{t('app.tagline')}</p>
      </div>
      <div role="group" aria-label={t('app.language')} className={css.segmented}>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={lang === l}
            className={`${css.segment} ${lang === l ? css.segmentOn : ''}`}
            onClick={() => onLang(l)}
            // Each language is named in itself, whatever the pane's language.
            aria-label={translator(l)('meta.name')}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
