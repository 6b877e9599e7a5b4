import list from './banned-words.nl.json';

export interface BannedWord {
  word: string;
  /** What to write instead. */
  use: string;
}

/** Words the Dutch texts must not use, each with its everyday replacement (banned-words.nl.json). */
export const BANNED_WORDS_NL: readonly BannedWord[] = list.words;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The banned words in `text`: whole words or phrases, in any case. Letters and digits on either side make
 * it another word ("onthoudt" is not "onthouden", "kaderwet" is not "kader").
 */
export function bannedWordsIn(text: string, words: readonly BannedWord[] = BANNED_WORDS_NL): BannedWord[] {
  return words.filter((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.word)}(?![\\p{L}\\p{N}])`, 'iu').test(text),
  );
}
