/** A stored time (ms since the epoch) as the API writes it. */
export const iso = (ms: number) => new Date(ms).toISOString();

/** The same for a time that may not be set. */
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
