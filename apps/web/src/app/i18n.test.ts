import { afterEach, describe, expect, it } from 'vitest';
import { registerLabelTranslations, registerLocale, setLocale, t, tLabel } from './i18n.ts';

afterEach(() => setLocale('zh-CN'));

describe('i18n layer', () => {
  it('speaks zh-CN by default and fills parameters', () => {
    expect(t('search.resultCount', { n: 3 })).toBe('共找到 3 项');
  });

  it('lets another locale translate any subset, falling back to zh-CN', () => {
    registerLocale('en', { 'search.button': 'Search' });
    setLocale('en');
    expect(t('search.button')).toBe('Search');
    expect(t('search.noResult')).toBe('没有找到相关事项，请换个关键词试试');
  });

  it('translates the shared guide labels by their Chinese text', () => {
    registerLabelTranslations('en', { 行政许可: 'Administrative licensing' });
    expect(tLabel('行政许可')).toBe('行政许可');
    setLocale('en');
    expect(tLabel('行政许可')).toBe('Administrative licensing');
    expect(tLabel('公共服务')).toBe('公共服务');
  });
});
