// Where to highlight a query in a result's text. Ranges, not HTML: the web escapes the text and wraps
// the ranges itself, so a name can never inject markup. Offsets are UTF-16 indices, as String#slice.
import { isPinyinQuery, normalisePinyinQuery, pinyinSyllables } from './pinyin-keys.ts';
import { expandSynonyms, findSynonymTerms } from './synonyms.ts';
import { characterBigrams, parseQuery } from './tokenize.ts';

export type HighlightRange = [start: number, end: number];

const LATIN = /^[a-z0-9]+$/;
const isLatinChar = (c: string): boolean => /[a-z0-9]/.test(c);
const isWordBoundary = (text: string, start: number, end: number): boolean =>
  !isLatinChar(text.charAt(start - 1)) && !isLatinChar(text.charAt(end));

/**
 * Sorted, merged ranges of `text` matching `q`:
 * - each Han run of the query where it occurs whole; when it does not (the item matched on bigrams
 *   found apart), its bigrams instead;
 * - each other word of the query (case and width folded);
 * - the synonyms of table terms in the query (身份证 lights up 居民身份证);
 * - for a pinyin query, the characters whose syllables spell it (yyzz, yingyezhizhao, zhzh).
 */
export function highlightRanges(text: string, q: string): HighlightRange[] {
  const folded = foldWithOffsets(text);
  const { hanRuns, words } = parseQuery(q);
  const needles = new Set<string>(words);
  for (const run of hanRuns) {
    if (folded.text.includes(run)) needles.add(run);
    else for (const pair of characterBigrams(run)) needles.add(pair);
    for (const { term } of findSynonymTerms(run))
      for (const synonym of expandSynonyms(term)) needles.add(synonym);
  }
  const ranges: HighlightRange[] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    const latin = LATIN.test(needle);
    for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
      // Latin words match whole words only in the index, so `etc` is not lit inside `fetch`
      if (latin && !isWordBoundary(folded.text, at, at + needle.length)) continue;
      ranges.push([folded.starts[at] ?? 0, folded.ends[at + needle.length - 1] ?? text.length]);
    }
  }
  if (isPinyinQuery(q)) ranges.push(...pinyinRanges(text, normalisePinyinQuery(q)));
  return mergeRanges(ranges);
}

/** Overlapping or touching ranges joined, sorted by start. */
export function mergeRanges(ranges: readonly HighlightRange[]): HighlightRange[] {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: HighlightRange[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Characters whose syllables spell `letters` in order, each syllable contributing a non-empty prefix of
 * itself: its initial (yyzz), all of it (yingyezhizhao), or a typed part (zhzh, yingyzz).
 * Non-Han characters between Han ones are skipped, as in the stored keys.
 */
function pinyinRanges(text: string, letters: string): HighlightRange[] {
  if (letters === '') return [];
  const syllables = pinyinSyllables(text);
  const ranges: HighlightRange[] = [];
  for (let first = 0; first < syllables.length; first++) {
    // positions in `letters` reachable after consuming syllables first..j
    let reachable = new Set<number>([0]);
    for (let j = first; j < syllables.length && reachable.size > 0; j++) {
      const syllable = syllables[j]?.syllable ?? '';
      const next = new Set<number>();
      for (const pos of reachable) {
        for (let len = 1; len <= syllable.length && pos + len <= letters.length; len++) {
          if (letters.startsWith(syllable.slice(0, len), pos)) next.add(pos + len);
          else break;
        }
      }
      if (next.has(letters.length)) {
        for (let k = first; k <= j; k++) {
          const s = syllables[k];
          if (s) ranges.push([s.start, s.end]);
        }
        break;
      }
      reachable = next;
    }
  }
  return ranges;
}

/**
 * The text folded like the search index (NFKC, lower case) one code point at a time, with the original
 * [start, end) of the code point behind each folded UTF-16 unit, so matches map back to the text.
 */
function foldWithOffsets(text: string): { text: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = char.normalize('NFKC').toLowerCase();
    folded += f;
    for (let i = 0; i < f.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    offset += char.length;
  }
  return { text: folded, starts, ends };
}
