// One i18n layer: every UI string is looked up here by key, zh-CN first, so that traditional Mongolian
// and English can be added as new dictionaries without touching the pages.
import { zhCN } from './locales/zh-CN.ts';

export type MessageKey = keyof typeof zhCN;
export type Dictionary = Record<MessageKey, string>;

const dictionaries: Record<string, Partial<Dictionary>> = { 'zh-CN': zhCN };
let current = 'zh-CN';

export function setLocale(locale: string): void {
  if (dictionaries[locale]) current = locale;
}
export function registerLocale(locale: string, dict: Partial<Dictionary>): void {
  dictionaries[locale] = dict;
}

/**
 * Labels of guide elements come from one Chinese source shared with the API (packages/contracts/src/labels.ts).
 * Another locale translates them by their Chinese text (gettext-style source keys) without touching the pages.
 */
const labelDictionaries: Record<string, Readonly<Record<string, string>>> = {};
export function registerLabelTranslations(
  locale: string,
  byChineseText: Readonly<Record<string, string>>,
): void {
  labelDictionaries[locale] = byChineseText;
}
/** A contracts label in the current locale: its translation when one is registered, else the Chinese. */
export function tLabel(zh: string): string {
  return labelDictionaries[current]?.[zh] ?? zh;
}

/** t('search.resultCount', { n: 3 }) → "共 3 项"; falls back to zh-CN, then to the key. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[current]?.[key] ?? zhCN[key] ?? key;
  return params ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : template;
}
