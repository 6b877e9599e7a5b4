import en from './en.json';
import nl from './nl.json';

/** The Dutch catalogue is the reference: every other language has the same keys (the compiler checks). */
export type Catalogue = typeof nl;

/**
 * Every language of the UI, the exports and the API's words, Dutch (the default) first. Adding a language
 * is its catalogue file next to this one plus one line here; everything else derives from this list.
 */
export const CATALOGUES = { nl, en } satisfies Record<string, Catalogue>;
