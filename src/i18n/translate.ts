import type { Lang } from './format.ts';
import { messagesEn } from './messages-en.ts';
import { messagesId, type MessageKey } from './messages-id.ts';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { id: messagesId, en: messagesEn };

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * The message for a key in a language, with its `{name}` placeholders filled in. `{name|one|other}` is the
 * word for the number `name` in the language's plural form (Intl.PluralRules): English writes
 * `{years} {years|year|years}`, so 1 gives "1 year" and 2 "2 years", never "year(s)".
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key]
    .replace(PLURAL, (whole, name: string, one: string, other: string) =>
      params[name] === undefined ? whole : pluralRules(lang).select(Number(params[name])) === 'one' ? one : other,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** `{name|one|other}`: a word chosen by the plural form of the number `name`. */
export const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

const RULES = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = RULES.get(lang);
  if (!rules) RULES.set(lang, (rules = new Intl.PluralRules(lang === 'id' ? 'id-ID' : 'en-GB')));
  return rules;
}

/** Parses a language code, falling back to Indonesian for anything unknown. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'id';
}

/** A translator bound to a language. */
export function translator(lang: Lang): (key: MessageKey, params?: MessageParams) => string {
  return (key, params = {}) => translate(lang, key, params);
}
