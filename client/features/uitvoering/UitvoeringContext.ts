import { createContext, useContext } from 'react';
import type { Member } from '../../../shared/schemas/member';
import type { UitvoeringActor } from '../../../shared/uitvoering/access';
import type { UitvoeringData } from './useUitvoeringData';

export interface UitvoeringContextValue extends UitvoeringData {
  werkgroepId: string;
  actor: UitvoeringActor;
  members: ReadonlyMap<string, Member>;
}

export const UitvoeringContext = createContext<UitvoeringContextValue | null>(null);

export function useUitvoering(): UitvoeringContextValue {
  const value = useContext(UitvoeringContext);
  if (!value) throw new Error('useUitvoering outside UitvoeringPage');
  return value;
}
