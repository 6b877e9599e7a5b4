import { useCallback, useState } from 'react';

const PREFIX = 'wijkatelier.invite-links:';

type Links = Record<string, string>;

function read(werkgroepId: string): Links {
  try {
    const raw = window.localStorage.getItem(PREFIX + werkgroepId);
    const parsed: unknown = raw === null ? {} : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function write(werkgroepId: string, links: Links) {
  try {
    if (Object.keys(links).length === 0) window.localStorage.removeItem(PREFIX + werkgroepId);
    else window.localStorage.setItem(PREFIX + werkgroepId, JSON.stringify(links));
  } catch {
    // storage full: the links stay on screen until the page is left
  }
}

/**
 * The invite links the facilitator made on this device, by invite id. The server keeps only a hash of
 * each code, so it cannot show a link again: this device remembers the ones it made, so every link
 * stays in view (with its copy button and QR code) until it is withdrawn, used up or expired.
 */
export function useInviteLinks(werkgroepId: string) {
  const [links, setLinks] = useState<Links>(() => read(werkgroepId));
  const update = useCallback(
    (change: (current: Links) => Links) =>
      setLinks((current) => {
        const next = change(current);
        write(werkgroepId, next);
        return next;
      }),
    [werkgroepId],
  );
  const add = useCallback((id: string, url: string) => update((c) => ({ ...c, [id]: url })), [update]);
  /** Keeps only the links of these invites (the ones that still work). */
  const keep = useCallback(
    (ids: readonly string[]) =>
      update((c) => {
        const next = Object.fromEntries(Object.entries(c).filter(([id]) => ids.includes(id)));
        return Object.keys(next).length === Object.keys(c).length ? c : next;
      }),
    [update],
  );
  return { links, add, keep };
}

/** Signing out on a shared computer leaves no invite link behind. */
export function clearInviteLinks() {
  for (const key of Object.keys(window.localStorage))
    if (key.startsWith(PREFIX)) window.localStorage.removeItem(key);
}
