import './network.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { languageOf } from '../../../shared/i18n/translate';
import { mayAdd } from '../../../shared/network/access';
import {
  filterChoices,
  filterNetwork,
  isFiltering,
  type NetworkFilters,
} from '../../../shared/network/filters';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PHONE_QUERY, useMediaQuery } from '../../ui/useMediaQuery';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { ChangeList } from './ChangeList';
import { SidePanel } from './details/SidePanel';
import { FilterBar } from './FilterBar';
import { OutlinePanel } from './map/OutlinePanel';
import { type Editing, NetworkContext, type NetworkContextValue } from './NetworkContext';
import { NetworkCounts } from './NetworkCounts';
import { OverlapList } from './overlaps/OverlapList';
import { overlapItems } from './overlaps/overlapState';
import { filtersFromSearch, URL_KEYS, withFilters, withMapPlace, withParam } from './urlState';
import { useNetworkData } from './useNetworkData';
import { ViewSwitcher } from './ViewSwitcher';
import { NETWORK_VIEWS, pickView } from './views';

/**
 * After a record's details close, focus goes back to its button in the view; when the record is gone
 * (just removed), to the view's first heading, so focus is never lost to the page's start.
 */
const refocus = (id: string) =>
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(id)}"]`);
    (row ?? document.querySelector<HTMLElement>('.network-layout__main h2[tabindex]'))?.focus();
  });

/**
 * The wijknetwerk (/w/<id>/netwerk): who is active in the wijk and what runs there, live for everyone.
 * Filters, view and the open record live in the address; the details or a form open beside the view.
 */
export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const data = useNetworkData(werkgroepId, room);
  const [search, setSearch] = useSearchParams();
  const phone = useMediaQuery(PHONE_QUERY);
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const current = pickView(NETWORK_VIEWS, search.get(URL_KEYS.view), phone);
  const selectedId = search.get(URL_KEYS.open);
  const [editing, setEditing] = useState<Editing | null>(null);
  const actor = { memberId: detail.me.id, role: detail.me.role };

  const update = useCallback(
    (change: (s: URLSearchParams) => URLSearchParams) => setSearch((s) => change(s), { replace: true }),
    [setSearch],
  );
  const open = useCallback(
    (id: string | null) => {
      setEditing(null);
      if (id === null && selectedId) refocus(selectedId);
      update((s) => withParam(s, URL_KEYS.open, id));
    },
    [update, selectedId],
  );
  const setFilters = (f: NetworkFilters) => update((s) => withFilters(s, f));
  const { view } = data;
  const shown = useMemo(() => filterNetwork(view, filters), [view, filters]);
  const overlaps = useMemo(
    () => overlapItems(view, shown.overlaps, languageOf(i18n.language)),
    [view, shown, i18n.language],
  );
  const context: NetworkContextValue = {
    werkgroepId,
    actor,
    view,
    members: data.members,
    sections: data.sections,
    edit: setEditing,
    open,
    showOnMap: (id, choose) => {
      setEditing(null);
      update((s) => withMapPlace(s, id, choose));
    },
  };
  const View = current.Component;
  const add = mayAdd(actor);

  return (
    <NetworkContext.Provider value={context}>
      <div className="page network-page">
        <Heading1>{t('network.page.title')}</Heading1>
        <Paragraph appearance="lead">{t('network.page.intro')}</Paragraph>
        {!data.ready && !data.error && <Loading />}
        {data.error && <ErrorState error={data.error} onRetry={data.retry} />}
        {data.ready && (
          <>
            <NetworkCounts
              view={view}
              shown={shown}
              filtering={isFiltering(filters)}
              openOverlaps={overlaps.filter((o) => !o.mark).length}
            />
            {add && (
              <div className="actions network-add">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  onClick={() => setEditing({ kind: 'party', id: null })}
                >
                  {t('network.party.addTitle')}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => setEditing({ kind: 'initiative', id: null })}
                >
                  {t('network.initiative.addTitle')}
                </button>
                {view.parties.length > 1 && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    onClick={() => setEditing({ kind: 'relation', id: null })}
                  >
                    {t('network.relation.addTitle')}
                  </button>
                )}
              </div>
            )}
            <FilterBar filters={filters} choices={filterChoices(view)} onChange={setFilters} />
            <ViewSwitcher
              views={NETWORK_VIEWS}
              current={current.id}
              onChange={(id) => update((s) => withParam(s, URL_KEYS.view, id))}
            />
            <div className={`network-layout${selectedId || editing ? ' network-layout--side' : ''}`}>
              <SidePanel
                selectedId={selectedId}
                editing={editing}
                overlaps={overlaps}
                onEdited={(id) => {
                  setEditing(null);
                  update((s) => withParam(s, URL_KEYS.open, id));
                  if (id === null && editing?.id) refocus(editing.id);
                }}
              />
              <div className="network-layout__main">
                <Suspense fallback={<Loading />}>
                  <View view={view} shown={shown} selectedId={selectedId} onSelect={open} />
                </Suspense>
              </div>
            </div>
            <OverlapList items={overlaps} />
            <OutlinePanel werkgroepId={werkgroepId} outline={view.outline} />
            <ChangeList changes={view.changes} />
          </>
        )}
      </div>
    </NetworkContext.Provider>
  );
}
