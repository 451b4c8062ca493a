// Pinyin keys for typing a service name without an IME: `yyzz` or `yingyezhizhao` finds 营业执照.
// Options per stack-notes ("pinyin"): no tones, no separator, non-Han characters removed; `v: true`
// writes ü as v (女 → nv) so keys are letters a–z only. pinyin-pro reads polyphones from context
// (银行 → yinhang, 重新 → chongxin), which is why whole names are converted, not single characters.
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** whole pinyin without tones or separators, e.g. yingyezhizhao */
  full: string;
  /** first letter of each syllable, e.g. yyzz */
  initials: string;
}

/** One Han character of a text with its syllable and its [start, end) UTF-16 offsets in the text. */
export interface PinyinSyllable {
  start: number;
  end: number;
  syllable: string;
}

const lettersOnly = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

export function pinyinKeys(name: string): PinyinKeys {
  const options = { toneType: 'none', separator: '', nonZh: 'removed', v: true } as const;
  return {
    full: lettersOnly(pinyin(name, options)),
    initials: lettersOnly(pinyin(name, { ...options, pattern: 'first' })),
  };
}

/** Only ASCII letters, spaces and apostrophes (xi'an), with at least one letter; full-width is folded. */
export function isPinyinQuery(q: string): boolean {
  const text = q.normalize('NFKC');
  return /^[A-Za-z' ’]+$/.test(text.trim()) && /[A-Za-z]/.test(text);
}

/** Lower-case letters only: spaces and apostrophes dropped, ü written v. */
export function normalisePinyinQuery(q: string): string {
  return lettersOnly(q.normalize('NFKC').replace(/ü/gi, 'v'));
}

/**
 * The in-memory twin of the SQL filter `initials LIKE '%q%' OR pinyin LIKE '%q%'` (the query is
 * letters only, so it needs no LIKE escaping).
 */
export function pinyinMatches(keys: PinyinKeys, q: string): boolean {
  const needle = normalisePinyinQuery(q);
  return needle !== '' && (keys.initials.includes(needle) || keys.full.includes(needle));
}

/** The syllable of every Han character in `text`, read in context, with its position. */
export function pinyinSyllables(text: string): PinyinSyllable[] {
  const syllables: PinyinSyllable[] = [];
  let offset = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
    const end = offset + item.origin.length;
    const syllable = lettersOnly(item.pinyin);
    if (item.isZh && syllable !== '') syllables.push({ start: offset, end, syllable });
    offset = end;
  }
  return syllables;
}
