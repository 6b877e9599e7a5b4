import { isRoomId } from '../../../shared/sync/rooms';

const KEY = 'wijkatelier.recentDocuments';
const MAX = 30;

export interface RecentDocument {
  id: string;
  openedAt: number;
}

/** Documents opened on this device, newest first (kept in localStorage, never sent anywhere). */
export function readRecentDocuments(): RecentDocument[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (d): d is RecentDocument =>
        typeof d === 'object' &&
        d !== null &&
        isRoomId(String((d as RecentDocument).id)) &&
        typeof (d as RecentDocument).openedAt === 'number',
    );
  } catch {
    return [];
  }
}

export function rememberDocument(id: string): void {
  const rest = readRecentDocuments().filter((d) => d.id !== id);
  try {
    window.localStorage.setItem(KEY, JSON.stringify([{ id, openedAt: Date.now() }, ...rest].slice(0, MAX)));
  } catch {
    // storage full or blocked: the list is a convenience only
  }
}

export function forgetRecentDocuments(): void {
  window.localStorage.removeItem(KEY);
}
