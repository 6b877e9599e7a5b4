/**
 * Where in the werkgroep a connection is, said in its presence (awareness) so the meeting's "Wie is er"
 * counts everyone connected and says where they are. The room screen is a device, never a person.
 */
export const PLACES = ['bijeenkomst', 'document', 'bord', 'stemming', 'elders', 'scherm'] as const;
export type Place = (typeof PLACES)[number];

/** The place of a page under /w/<werkgroep>/… (the app's routes, client/routes.tsx). */
export function placeOfPath(pathname: string): Place {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] !== 'w') return 'elders';
  const [, , area, id, sub] = parts;
  switch (area) {
    case 'bijeenkomsten':
      if (!id) return 'elders';
      if (sub === 'scherm') return 'scherm';
      // The minutes are read afterwards; being there is not being at the meeting.
      return sub === 'verslag' ? 'elders' : 'bijeenkomst';
    case 'd':
      return 'document';
    case 'borden':
      return id ? 'bord' : 'elders';
    case 'stemmingen':
      return id && id !== 'nieuw' ? 'stemming' : 'elders';
    default:
      return 'elders';
  }
}

/** Reads another connection's place; an old client (or a bogus state) without one is "elsewhere". */
export const parsePlace = (value: unknown): Place =>
  (PLACES as readonly unknown[]).includes(value) ? (value as Place) : 'elders';
