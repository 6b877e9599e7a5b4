import { useCallback, useSyncExternalStore } from 'react';

/** The width below which the layout is a phone's (the same 40rem as the stylesheet's media queries). */
export const PHONE_QUERY = '(max-width: 40rem)';

/** Whether a media query matches now; follows changes (rotating a phone, resizing a window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
