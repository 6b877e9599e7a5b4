import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../../shared/schemas/session';
import { api } from './client';
import { type Resource, useResource } from './useResource';

const MeContext = createContext<Resource<Me> | null>(null);

/** Who is using the app (memberships, admin), loaded once and reloadable after joining or leaving. */
export function MeProvider({ children }: { children: ReactNode }) {
  const me = useResource('me', () => api('me'));
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

export function useMe(): Resource<Me> {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside MeProvider');
  return me;
}
