import { CATALOGUES, type Catalogue } from './languages';

export type Language = keyof typeof CATALOGUES;
/** Every language, the default first (a tuple, so zod can make an enum of it). */
export const LANGUAGES = Object.keys(CATALOGUES) as [Language, ...Language[]];
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
/** A language tag from outside (i18next, a stored choice) as one of ours; the default when it is not. */
export const languageOf = (value: unknown): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE);

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** i18next's plural keys (`key_one`, `key_other`) are asked for by their base, with a `count`. */
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
/** Every key of the catalogue, dotted: `export.file.page`, `errors.not_found`. */
export type MessageKey = Base<Leaves<Catalogue>>;
export type MessageParams = Record<string, string | number>;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, out: Map<string, string>): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

const flat = new Map<Language, Map<string, string>>();
const plurals = new Map<Language, Intl.PluralRules>();

function lookup(lang: Language, key: string, count: number | undefined): string | undefined {
  let messages = flat.get(lang);
  if (!messages) {
    messages = flatten(CATALOGUES[lang], '', new Map());
    flat.set(lang, messages);
  }
  if (count === undefined) return messages.get(key);
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locale(lang));
    plurals.set(lang, rules);
  }
  return messages.get(`${key}_${rules.select(count)}`) ?? messages.get(`${key}_other`) ?? messages.get(key);
}

/**
 * The words for `key` in `lang`, with `{{name}}` filled from `params` — the same catalogue and the same
 * rules (plural by `count`, fallback to Dutch) as i18next in the client, for the server and the exports.
 * Parameters are filled in once: a `{{…}}` inside a werkgroep's own text stays as it is.
 */
export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const count = typeof params.count === 'number' ? params.count : undefined;
  const text = lookup(lang, key, count) ?? lookup(DEFAULT_LANGUAGE, key, count) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The language's BCP 47 tag for dates and documents ("nl-NL"), from its own catalogue. */
export const locale = (lang: Language): string => CATALOGUES[lang].language.locale;

/** A date as people read it: "27 november 2026". */
export const longDate = (iso: string, lang: Language): string =>
  new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
