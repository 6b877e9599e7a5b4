import { useTranslation } from 'react-i18next';
import { NETWORK_THEMES } from '../../../shared/network/common';
import { isFiltering, type NetworkFilters, NO_FILTERS } from '../../../shared/network/filters';
import { INITIATIVE_STATUSES } from '../../../shared/network/initiative';
import { isStandardKind } from '../../../shared/network/party';
import { Disclosure } from '../../ui/Disclosure';
import { toggled } from './urlState';

function Choices<T extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  if (values.length === 0) return null;
  return (
    <fieldset className="network-filters__group">
      <legend>{legend}</legend>
      <ul className="network-filters__list">
        {values.map((v) => (
          <li key={v}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(v)}
                onChange={(e) => onChange(toggled(chosen, v, e.target.checked))}
              />
              <span>{label(v)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * Narrow the network by theme, kind, buurt and status (all views show the same selection; it is kept in
 * the address). Folded on a phone; says how many filters are on.
 */
export function FilterBar({
  filters,
  choices,
  onChange,
}: {
  filters: NetworkFilters;
  choices: { kinds: string[]; buurten: string[] };
  onChange: (filters: NetworkFilters) => void;
}) {
  const { t } = useTranslation();
  const on = filters.themes.length + filters.kinds.length + filters.buurten.length + filters.statuses.length;
  // A kind or buurt in the address that nothing has any more stays choosable, so it can be turned off.
  const kinds = [...new Set([...choices.kinds, ...filters.kinds])];
  const buurten = [...new Set([...choices.buurten, ...filters.buurten])];
  return (
    <Disclosure
      className="network-filters"
      summary={on > 0 ? t('network.filters.titleOn', { count: on }) : t('network.filters.title')}
    >
      <div className="network-filters__groups">
        <Choices
          legend={t('network.form.themes')}
          values={NETWORK_THEMES}
          chosen={filters.themes}
          label={(v) => t(`network.themes.${v}`)}
          onChange={(themes) => onChange({ ...filters, themes })}
        />
        <Choices
          legend={t('network.form.kind')}
          values={kinds}
          chosen={filters.kinds}
          label={(v) => (isStandardKind(v) ? t(`network.kinds.${v}`) : v)}
          onChange={(k) => onChange({ ...filters, kinds: k })}
        />
        <Choices
          legend={t('network.form.buurten')}
          values={buurten}
          chosen={filters.buurten}
          label={(v) => v}
          onChange={(b) => onChange({ ...filters, buurten: b })}
        />
        <Choices
          legend={t('network.form.status')}
          values={INITIATIVE_STATUSES}
          chosen={filters.statuses}
          label={(v) => t(`network.statuses.${v}`)}
          onChange={(statuses) => onChange({ ...filters, statuses })}
        />
      </div>
      {isFiltering(filters) && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('network.filters.clear')}
        </button>
      )}
    </Disclosure>
  );
}
