import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { z } from 'zod';
import type { werkgroepDetailSchema } from '../../../shared/api/routes';
import type { PresentMember } from '../../sync/usePresenceRoom';

export type WerkgroepDetail = z.infer<typeof werkgroepDetailSchema>;

export interface WerkgroepContextValue {
  detail: WerkgroepDetail;
  present: PresentMember[];
  /** The werkgroep's room: live votes and decisions (null until connected). */
  room: Y.Doc | null;
  reload: () => void;
}

export const WerkgroepContext = createContext<WerkgroepContextValue | null>(null);

/** The werkgroep of the current route, my membership in it, and who is present. */
export function useWerkgroep(): WerkgroepContextValue {
  const value = useContext(WerkgroepContext);
  if (!value) throw new Error('useWerkgroep outside a werkgroep route');
  return value;
}

export function useOptionalWerkgroep(): WerkgroepContextValue | null {
  return useContext(WerkgroepContext);
}
