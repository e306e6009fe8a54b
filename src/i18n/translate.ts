import type { Lang } from './format.ts';
import { messagesEn } from './messages-en.ts';
import { messagesId, type MessageKey } from './messages-id.ts';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { id: messagesId, en: messagesEn };

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** The message for a key in a language, with its `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** Parses a language code, falling back to Indonesian for anything unknown. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'id';
}

/** A translator bound to a language. */
export function translator(lang: Lang): (key: MessageKey, params?: MessageParams) => string {
  return (key, params = {}) => translate(lang, key, params);
}
