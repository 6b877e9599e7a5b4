import { useEffect, useRef, useState } from 'react';
import type { UitvoeringView } from '../../../shared/api/uitvoeringRoutes';
import type { Party } from '../../../shared/network/party';
import { can } from '../../../shared/permissions';
import type { MemberRole } from '../../../shared/roles';
import { roomName } from '../../../shared/sync/rooms';
import { readUitvoeringStamp } from '../../../shared/sync/uitvoeringDoc';
import { api } from '../../api/client';
import { type Resource, useResource } from '../../api/useResource';
import { useRoomReader } from '../meetings/useRoomReader';

/** Something an actie can point at (a section, a besluit, an afspraak), with the words to show. */
export interface Choice {
  id: string;
  label: string;
}

export interface UitvoeringData {
  view: UitvoeringView | null;
  error: Error | null;
  retry: () => void;
  parties: readonly Party[];
  sections: readonly Choice[];
  decisions: readonly Choice[];
  afspraken: readonly Choice[];
}

/** The last answer that arrived stays while the next one loads, so the page does not flicker. */
function useLastReady<T>(resource: Resource<T>): T | null {
  const last = useRef<T | null>(null);
  if (resource.state === 'ready') last.current = resource.data;
  return last.current;
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The uitvoeringsplan, live: the `uitvoering:` room (written only by the server) holds a stamp that
 * changes with every change of the plan; GET …/uitvoering is fetched again whenever it does. What the
 * acties point at (parties, sections, besluiten, afspraken) is fetched once per visit.
 */
export function useUitvoeringData(werkgroepId: string, role: MemberRole): UitvoeringData {
  const stamp = useRoomReader(roomName('uitvoering', werkgroepId), readUitvoeringStamp, '');
  const fetched = useResource(`uitvoering:${werkgroepId}:${stamp}`, () =>
    api('getUitvoering', { params: { werkgroepId } }),
  );
  const view = useLastReady(fetched);
  const params = { werkgroepId };
  const network = useLastReady(
    useResource(can(role, 'network.view') ? `uitvoering-netwerk:${werkgroepId}:${stamp}` : null, () =>
      api('getNetwork', { params }),
    ),
  );
  const links = useLastReady(
    useResource(`uitvoering-links:${werkgroepId}`, async () => {
      const [documents, decisions, akkoord] = await Promise.all([
        api('listDocuments', { params }),
        api('listDecisions', { params }),
        can(role, 'akkoord.view') ? api('getAkkoord', { params }) : Promise.resolve(null),
      ]);
      const details = await Promise.all(
        documents.map((d) => api('getDocument', { params: { documentId: d.id } })),
      );
      return {
        sections: details.flatMap(({ document }) =>
          document.sections.map((s) => ({ id: s.id, label: `${s.title} (${document.title})` })),
        ),
        decisions: decisions.map((d) => ({ id: d.id, label: `${d.number}. ${clip(d.text || d.question)}` })),
        afspraken: (akkoord?.afspraken ?? []).map((a, i) => ({
          id: a.id,
          label: `${i + 1}. ${clip(a.what)}`,
        })),
      };
    }),
  );
  return {
    view,
    error: view === null && fetched.state === 'error' ? fetched.error : null,
    retry: fetched.reload,
    parties: network?.parties ?? [],
    sections: links?.sections ?? [],
    decisions: links?.decisions ?? [],
    afspraken: links?.afspraken ?? [],
  };
}

/**
 * "What changed since your last visit" compares with the visit before this one: the server keeps it
 * per member (so it holds across devices). This visit is recorded once the plan has shown, and the
 * comparison stays with the visit the page opened with until it is left.
 */
export function useLastVisit(werkgroepId: string, view: UitvoeringView | null): number | null | undefined {
  const [opened, setOpened] = useState<{ werkgroepId: string; lastVisit: number | null } | null>(null);
  // Derived once per werkgroep from the first answer (React allows this update during render).
  if (view && opened?.werkgroepId !== werkgroepId) setOpened({ werkgroepId, lastVisit: view.lastVisit });
  const loaded = view !== null;
  useEffect(() => {
    if (!loaded) return;
    void api('markUitvoeringVisit', { params: { werkgroepId } }).catch(() => undefined);
  }, [loaded, werkgroepId]);
  return opened?.werkgroepId === werkgroepId ? opened.lastVisit : undefined;
}
