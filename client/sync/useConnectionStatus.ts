import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { isPermanentClose } from '../../shared/sync/closeCodes';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

/** Derives one status from the provider's events and the browser's online flag. */
class ConnectionStatusStore {
  private everSynced = false;
  private refused = false;
  private listeners = new Set<() => void>();
  private current: ConnectionStatus = 'connecting';

  constructor(private readonly provider: WebsocketProvider) {}

  start(): () => void {
    const update = () => this.recompute();
    const onSync = (synced: boolean) => {
      if (synced) this.everSynced = true;
      update();
    };
    const onClosed = (event: { code: number }) => {
      if (isPermanentClose(event.code)) this.refused = true;
      update();
    };
    this.provider.on('status', update);
    this.provider.on('sync', onSync);
    this.provider.on('closed', onClosed);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    if (this.provider.synced) this.everSynced = true;
    update();
    return () => {
      this.provider.off('status', update);
      this.provider.off('sync', onSync);
      this.provider.off('closed', onClosed);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }

  private recompute(): void {
    const next: ConnectionStatus = this.refused
      ? 'refused'
      : !navigator.onLine
        ? 'offline'
        : this.provider.wsconnected && this.provider.synced
          ? 'connected'
          : this.everSynced
            ? 'reconnecting'
            : 'connecting';
    if (next !== this.current) {
      this.current = next;
      for (const l of this.listeners) l();
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.current;
}

export function useConnectionStatus(provider: WebsocketProvider): ConnectionStatus {
  const store = useMemo(() => new ConnectionStatusStore(provider), [provider]);
  useEffect(() => store.start(), [store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
