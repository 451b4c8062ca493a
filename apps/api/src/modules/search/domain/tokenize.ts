// Tokens for the `search_docs.tokens` array and the query groups matched against it.
//
// Why bigrams: Intl.Segmenter is fast but rough on service names (不动产 → 不动/产, 公积金 → 公/积/金,
// stack-notes "Chinese search"), and indexing and querying with it alone loses partial words. So every
// Han run is also indexed as single characters and character bigrams, and a query is the AND of its
// bigrams. Guarantee: an item whose text contains the query's Han text as a substring has every bigram
// (or, for a one-character query, the character) of it, so it always matches.
// Trade-off: the AND also matches items where the bigrams occur apart (query 证明 办理 in any order, or
// 身份证明 matching 身份证 + 证明材料): recall over precision; rank.ts puts exact substring matches first.
//
// Synonyms (synonyms.ts): terms of the table found in an item are indexed as whole tokens. A query
// bigram that overlaps a table term becomes the OR-group [bigram, term, …its synonyms]. Because
// (b1 ∨ S) ∧ (b2 ∨ S) ≡ (b1 ∧ b2) ∨ S, the query matches either the literal bigrams or any synonym, e.g.
// 二代证 → [[二代, 二代证, 身份证, 居民身份证], [代证, 二代证, 身份证, 居民身份证]].
//
// Latin letters and digits are words ([a-z0-9]+, lower-cased, full-width folded): they match whole
// words only, not parts of words. Pinyin queries go through pinyin-keys.ts instead.
import { expandSynonyms, findSynonymTerms } from './synonyms.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAS_HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z0-9]+/g;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Full-width characters folded to ASCII (NFKC) and lower-cased, so index and query agree. */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Adjacent character pairs of a Han run (code points, not UTF-16 units); none for a single character. */
export function characterBigrams(run: string): string[] {
  const chars = Array.from(run);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(`${chars[i]}${chars[i + 1]}`);
  return pairs;
}

/** A query split into Han runs and other words, both normalised. */
export interface ParsedQuery {
  hanRuns: string[];
  words: string[];
}

export function parseQuery(q: string): ParsedQuery {
  const text = normaliseSearchText(q);
  const hanRuns = text.match(HAN_RUN) ?? [];
  const rest = text.replace(HAN_RUN, ' ');
  const words = [...(rest.match(LATIN_WORD) ?? []), ...otherScriptWords(rest)];
  return { hanRuns: unique(hanRuns), words: unique(words) };
}

/** Tokens of an item's name, keywords and department name, deduplicated. */
export function indexTokens(texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const raw of texts) {
    const text = normaliseSearchText(raw);
    for (const s of segmenter.segment(text)) if (s.isWordLike) tokens.add(s.segment);
    for (const run of text.match(HAN_RUN) ?? []) {
      // every character, not only one-character runs: a one-character query must match any item
      // containing it (the substring guarantee above)
      for (const char of run) tokens.add(char);
      for (const pair of characterBigrams(run)) tokens.add(pair);
    }
    for (const word of text.match(LATIN_WORD) ?? []) tokens.add(word);
    for (const { term } of findSynonymTerms(text)) tokens.add(term);
  }
  return [...tokens];
}

/**
 * The query as AND-groups of OR-alternatives: the database matches a document when, for every group,
 * `tokens && ARRAY[...group]`. An empty list means the query has no searchable text.
 */
export function queryTokenGroups(q: string): string[][] {
  const { hanRuns, words } = parseQuery(q);
  const groups = new Map<string, string[]>();
  const add = (alternatives: string[]): void => {
    const group = unique(alternatives);
    groups.set([...group].sort().join('\u0000'), group);
  };
  for (const run of hanRuns) {
    const terms = findSynonymTerms(run);
    const chars = Array.from(run);
    // UTF-16 offset of each character, so code points outside the BMP (Ext. B) line up with terms
    const offsets: number[] = [0];
    for (const char of chars) offsets.push((offsets[offsets.length - 1] ?? 0) + char.length);
    const synonymsOver = (start: number, end: number): string[] =>
      terms.filter((t) => t.start < end && t.end > start).flatMap((t) => expandSynonyms(t.term));
    if (chars.length === 1) {
      add([run, ...synonymsOver(0, run.length)]);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      add([`${chars[i]}${chars[i + 1]}`, ...synonymsOver(offsets[i] ?? 0, offsets[i + 2] ?? run.length)]);
    }
  }
  for (const word of words) add([word]);
  return [...groups.values()];
}

/** The in-memory twin of the SQL filter: every group shares at least one token with the document. */
export function matchTokenGroups(tokens: readonly string[], groups: readonly (readonly string[])[]): boolean {
  const set = new Set(tokens);
  return groups.every((group) => group.some((token) => set.has(token)));
}

function otherScriptWords(text: string): string[] {
  // Words in scripts other than Han and Latin (e.g. Mongolian), as the segmenter cuts them; a segment
  // with Latin letters or digits is left to LATIN_WORD, which cuts the same way in index and query.
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && !/[a-z0-9]/.test(s.segment) && !HAS_HAN.test(s.segment)) words.push(s.segment);
  }
  return words;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
