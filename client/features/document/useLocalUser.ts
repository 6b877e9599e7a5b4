import i18next from 'i18next';
import { useCallback, useState } from 'react';

/** Caret colours; each has at least 4.5:1 contrast with white label text. */
export const CARET_COLORS = [
  '#1d4f91',
  '#a4262c',
  '#1e6b35',
  '#6b2c91',
  '#8a4600',
  '#00606b',
  '#a0135e',
  '#3d4b57',
];
const NAME_KEY = 'wijkatelier.name';
export const NAME_MAX_LENGTH = 40;

export interface LocalUser {
  name: string;
  color: string;
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length] as string;
}

function storedName(): string {
  try {
    const saved = window.localStorage.getItem(NAME_KEY)?.trim();
    if (saved) return saved.slice(0, NAME_MAX_LENGTH);
  } catch {
    // storage may be blocked; a guest name will do
  }
  return i18next.t('document.guestName', { n: 10 + Math.floor(Math.random() * 90) });
}

/** The name and caret colour this device shows to others; the name is remembered on this device. */
export function useLocalUser(): [LocalUser, (name: string) => void] {
  const [name, setNameState] = useState(storedName);
  const setName = useCallback((next: string) => {
    const clean = next.slice(0, NAME_MAX_LENGTH);
    setNameState(clean);
    try {
      if (clean.trim()) window.localStorage.setItem(NAME_KEY, clean.trim());
    } catch {
      // not remembered; still used for this visit
    }
  }, []);
  const shown = name.trim() || i18next.t('document.guest');
  return [{ name: shown, color: colorFor(shown) }, setName];
}

export function forgetLocalName(): void {
  window.localStorage.removeItem(NAME_KEY);
}
