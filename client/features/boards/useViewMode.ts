import { useCallback, useState } from 'react';

export type ViewMode = 'canvas' | 'list';
const KEY = 'wijkatelier.boardView';

/**
 * Canvas or list, remembered on this device (local view state, never synced). Without a choice a
 * phone starts with the list, which also suits screen readers; a larger screen with the canvas.
 */
export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  const [mode, setMode] = useState<ViewMode>(() => {
    try {
      const saved = window.localStorage.getItem(KEY);
      if (saved === 'canvas' || saved === 'list') return saved;
    } catch {
      // storage blocked: fall through to the default for this screen
    }
    return window.matchMedia('(max-width: 40rem)').matches ? 'list' : 'canvas';
  });
  const choose = useCallback((next: ViewMode) => {
    setMode(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // not remembered; still switched for this visit
    }
  }, []);
  return [mode, choose];
}
