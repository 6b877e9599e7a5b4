import { describe, expect, it } from 'vitest';
import { BANNED_WORDS_NL, bannedWordsIn } from './plainDutch';

describe('the banned-words list', () => {
  it('finds whole words and phrases in any case, not parts of other words', () => {
    expect(bannedWordsIn('De Tussenstand is bekend').map((w) => w.word)).toEqual(['tussenstand']);
    expect(bannedWordsIn('Ik onthoud me van stemming').map((w) => w.word)).toEqual(['onthoud me']);
    expect(bannedWordsIn('Download als PDF/A.').map((w) => w.word)).toEqual(['PDF/A']);
    expect(bannedWordsIn('Je browser onthoudt je naam; de kaderwet; een PDF')).toEqual([]);
  });

  it('has one entry per word, each with a replacement', () => {
    const words = BANNED_WORDS_NL.map((w) => w.word.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    for (const w of BANNED_WORDS_NL) expect(w.use.trim(), w.word).not.toBe('');
  });
});
