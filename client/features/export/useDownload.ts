import { useCallback, useEffect, useRef, useState } from 'react';
import { errorOf } from '../../api/client';

export type DownloadState =
  | { phase: 'idle' }
  /** The server is making the file (no size known yet). */
  | { phase: 'making' }
  | { phase: 'receiving'; percent: number | null }
  | { phase: 'done'; fileName: string }
  | { phase: 'error'; message: string };

const fileNameOf = (header: string | null, fallback: string) =>
  /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? fallback;

/**
 * Downloads a file the server makes, with progress people can follow: first "being made", then the
 * share received. The file is saved under the server's name (`ambitiedocument-overvecht-2026-11-27.odt`).
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(async (url: string, fallbackName: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'making' });
    try {
      const res = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
      if (!res.ok) throw await errorOf(res);
      const total = Number(res.headers.get('content-length')) || null;
      const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
      const chunks: BlobPart[] = [];
      let received = 0;
      const reader = res.body?.getReader();
      setState({ phase: 'receiving', percent: total ? 0 : null });
      for (;;) {
        if (!reader) break;
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setState({ phase: 'receiving', percent: total ? Math.round((received / total) * 100) : null });
      }
      const blob = new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' });
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      setState({ phase: 'done', fileName });
    } catch (e) {
      if (controller.signal.aborted) setState({ phase: 'idle' });
      else setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const busy = state.phase === 'making' || state.phase === 'receiving';
  return { state, start, cancel, busy };
}
