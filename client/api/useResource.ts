import { useCallback, useEffect, useState } from 'react';
import type { ApiRequestError } from './client';

export type Resource<T> =
  | { state: 'loading'; data: null; error: null; reload: () => void }
  | { state: 'ready'; data: T; error: null; reload: () => void }
  | { state: 'error'; data: null; error: ApiRequestError | Error; reload: () => void };

/** Loads something from the API when `key` changes; `reload` fetches it again. */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<{ key: string | null; data: T | null; error: Error | null }>({
    key: null,
    data: null,
    error: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` changes every render; `key` and `version` decide.
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (data) => live && setResult({ key, data, error: null }),
      (error: unknown) =>
        live &&
        setResult({ key, data: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  if (result.key !== key || (result.data === null && result.error === null))
    return { state: 'loading', data: null, error: null, reload };
  if (result.error) return { state: 'error', data: null, error: result.error, reload };
  return { state: 'ready', data: result.data as T, error: null, reload };
}
