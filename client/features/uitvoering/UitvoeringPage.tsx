// The network's form pieces (fields, check lists) are reused here, with their styles.
import '../network/network.css';
import './uitvoering.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayAddActie } from '../../../shared/uitvoering/access';
import type { Actie } from '../../../shared/uitvoering/actie';
import { changedSince, timelineByTheme } from '../../../shared/uitvoering/timeline';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useLiveRoster } from '../votes/useLive';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { ActieForm } from './ActieForm';
import { ActieList } from './ActieList';
import { SinceLastVisit } from './SinceLastVisit';
import { TimelineBars } from './TimelineBars';
import { UitvoeringContext, type UitvoeringContextValue } from './UitvoeringContext';
import { useLastVisit, useUitvoeringData } from './useUitvoeringData';

type Editing = { actie: Actie | null } | null;

/** After a form closes, focus goes to the actie it was about (or the page's heading). */
const refocus = (id: string | null) =>
  requestAnimationFrame(() => {
    const target = id ? document.getElementById(`actie-${id}`) : null;
    (target ?? document.querySelector<HTMLElement>('.uitvoering-page h1'))?.focus();
  });

/**
 * The uitvoeringsplan (/w/<id>/uitvoering): the acties per theme as a list (the primary view), the
 * same as bars on a wide screen and on A3 paper, and what changed since the member's last visit. Live:
 * every change anyone makes shows without reloading.
 */
export function UitvoeringPage() {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const actor = { memberId: detail.me.id, role: detail.me.role };
  const data = useUitvoeringData(werkgroepId, detail.me.role);
  const lastVisit = useLastVisit(werkgroepId, data.view);
  const [editing, setEditing] = useState<Editing>(null);
  const revision = useLiveRoster(room)?.revision ?? '';
  const memberList = useResource(`uitvoering-members:${werkgroepId}:${revision}`, () =>
    api('listMembers', { params: { werkgroepId } }),
  );
  const members = useMemo(() => new Map((memberList.data ?? []).map((m) => [m.id, m])), [memberList.data]);
  const view = data.view;
  const groups = useMemo(() => timelineByTheme(view?.acties ?? []), [view]);
  const updatesByActie = useMemo(() => {
    const map = new Map<string, Voortgang[]>();
    for (const u of view?.updates ?? []) map.set(u.actieId, [...(map.get(u.actieId) ?? []), u]);
    return map;
  }, [view]);
  const since = useMemo(
    () => (view && lastVisit !== undefined ? changedSince(view.acties, view.updates, lastVisit) : null),
    [view, lastVisit],
  );

  if (data.error) return <ErrorState error={data.error} onRetry={data.retry} />;
  if (!view) return <Loading />;
  const context: UitvoeringContextValue = { ...data, werkgroepId, actor, members };
  const close = (id: string | null) => {
    setEditing(null);
    refocus(id);
  };

  return (
    <UitvoeringContext.Provider value={context}>
      <div className="uitvoering-page">
        <Heading1 tabIndex={-1}>{t('uitvoering.title')}</Heading1>
        <Paragraph className="uitvoering-page__intro">{t('uitvoering.intro')}</Paragraph>
        <div className="actions uitvoering-page__actions">
          {mayAddActie(actor) && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => setEditing({ actie: null })}
            >
              {t('uitvoering.add')}
            </button>
          )}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => window.print()}
          >
            {t('uitvoering.print')}
          </button>
        </div>
        {lastVisit !== undefined && (
          <SinceLastVisit since={since} lastVisit={lastVisit} acties={view.acties} />
        )}
        {editing && (
          <div className="uitvoering-page__form">
            <ActieForm key={editing.actie?.id ?? 'new'} actie={editing.actie} onDone={close} />
          </div>
        )}
        {view.acties.length === 0 ? (
          <Paragraph>{t('uitvoering.empty')}</Paragraph>
        ) : (
          <>
            <TimelineBars groups={groups} />
            <ActieList
              groups={groups}
              updatesOf={(id) => updatesByActie.get(id) ?? []}
              onEdit={(actie) => setEditing({ actie })}
            />
          </>
        )}
      </div>
    </UitvoeringContext.Provider>
  );
}
