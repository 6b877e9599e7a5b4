/**
 * The form in which two free-text names (target group, buurt, funding source) count as the same: without
 * accents ("Café" = "Cafe"), in lower case, with every run of spaces and punctuation as one space, trimmed.
 * So "Sterk in de Wijk", "sterk-in-de-wijk" and " Sterk in de wijk! " are one fund, and "Vollenhove-Noord"
 * is "Vollenhove Noord". Letters and digits of any script are kept ("65+" and "65" are the same group).
 * An empty key (a name of only punctuation or spaces) matches nothing.
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The distinct keys of a list, each with the spelling it first had: the werkgroep's own words are what an
 * explanation shows. Empty keys are left out.
 */
export function keyed(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const key = matchKey(name);
    if (key !== '' && !out.has(key)) out.set(key, name.trim());
  }
  return out;
}
