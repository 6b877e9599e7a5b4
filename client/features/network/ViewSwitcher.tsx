import { useTranslation } from 'react-i18next';
import type { NetworkViewEntry } from './views';

/** Table, graph or map: toggle buttons (one pressed); hidden while there is only one view. */
export function ViewSwitcher({
  views,
  current,
  onChange,
}: {
  views: readonly NetworkViewEntry[];
  current: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (views.length < 2) return null;
  return (
    <fieldset className="network-switcher">
      <legend>{t('network.views.label')}</legend>
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-pressed={v.id === current}
          className={`utrecht-button ${v.id === current ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
          onClick={() => onChange(v.id)}
        >
          {t(v.label)}
        </button>
      ))}
    </fieldset>
  );
}
