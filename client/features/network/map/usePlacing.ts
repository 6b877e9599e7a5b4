import { useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { mayEditInitiative } from '../../../../shared/network/access';
import type { InitiativeRecord, Point } from '../../../../shared/network/initiative';
import type { NetworkView } from '../../../../shared/network/network';
import type { Position } from '../../../../shared/network/outline';
import { api } from '../../../api/client';
import { type Action, useAction } from '../../../api/useAction';
import { NetworkContext } from '../NetworkContext';
import { URL_KEYS, withParam } from '../urlState';
import { isPointRefusal } from './placeErrors';

export interface Placing {
  /** The open initiative, when this person may give it a place (else null: no controls). */
  target: InitiativeRecord | null;
  /** The next click on the map (or the centre button) sets its place. */
  choosing: boolean;
  start: () => void;
  stop: () => void;
  /** Saves [lon, lat] as its place (then choosing stops). */
  put: (at: Position) => void;
  remove: () => void;
  save: Action<[Point | null]>;
  /** What the last save did, said only after the server answered OK. */
  done: 'saved' | 'removed' | null;
}

/**
 * Giving the open initiative its place on the map. Choosing lives in the address (`plek=<id>`), so the
 * details can link to the map with it started; it applies only while that initiative is open, and
 * only on the network page (a meeting's screen has no network context: nothing to place there).
 */
export function usePlacing(view: NetworkView, selectedId: string | null): Placing {
  const network = useContext(NetworkContext);
  const [search, setSearch] = useSearchParams();
  const [done, setDone] = useState<Placing['done']>(null);
  const selected = view.initiatives.find((i) => i.id === selectedId) ?? null;
  const target =
    network && selected && mayEditInitiative(network.actor, selected, view.parties) ? selected : null;
  const choosing = target !== null && search.get(URL_KEYS.place) === target.id;
  const setChoosing = useCallback(
    (id: string | null) => setSearch((s) => withParam(s, URL_KEYS.place, id), { replace: true }),
    [setSearch],
  );
  const { t } = useTranslation();
  const save = useAction(
    async (point: Point | null) => {
      if (!network || !target) return;
      await api('updateInitiative', {
        params: { werkgroepId: network.werkgroepId, initiativeId: target.id },
        body: { point },
      });
      setChoosing(null);
      setDone(point ? 'saved' : 'removed');
    },
    {
      // A place the server refuses (off the globe, as from a bad map): in words, not "not all data is right".
      explain: (err) => (isPointRefusal(err) ? `${err.message} ${t('network.map.place.invalid')}` : null),
    },
  );
  const stop = useCallback(() => setChoosing(null), [setChoosing]);

  useEffect(() => {
    if (!choosing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') stop();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choosing, stop]);

  // Another initiative opened: what was said about the last one no longer applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the open record changes.
  useEffect(() => {
    setDone(null);
    save.reset();
  }, [selectedId]);

  return {
    target,
    choosing,
    start: () => {
      if (!target) return;
      setDone(null);
      save.reset();
      setChoosing(target.id);
    },
    stop,
    put: ([lon, lat]) => {
      if (choosing && !save.pending) void save.run({ lat, lon });
    },
    remove: () => {
      setDone(null);
      void save.run(null);
    },
    save,
    done,
  };
}
