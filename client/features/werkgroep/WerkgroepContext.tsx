import { createContext, useContext } from 'react';
import type { z } from 'zod';
import type { werkgroepDetailSchema } from '../../../shared/api/routes';
import type { PresentMember } from '../../sync/usePresenceRoom';

export type WerkgroepDetail = z.infer<typeof werkgroepDetailSchema>;

export interface WerkgroepContextValue {
  detail: WerkgroepDetail;
  present: PresentMember[];
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
