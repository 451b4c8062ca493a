// Ranking of search results: how well the name matches first, then popularity, then the shorter name.
// The bigram AND of tokenize.ts lets through items whose bigrams occur apart; the tiers put the items
// that contain the query itself above them.
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './pinyin-keys.ts';
import {
  characterBigrams,
  indexTokens,
  matchTokenGroups,
  normaliseSearchText,
  parseQuery,
  queryTokenGroups,
} from './tokenize.ts';

/** Match quality of a name, best first. */
export const RANK_TIERS = {
  /** the name is the query (or, for a pinyin query, its full pinyin or initials are) */
  exact: 5,
  /** the name starts with the query */
  prefix: 4,
  /** the name contains the query */
  substring: 3,
  /** every bigram and word of the query occurs in the name, not necessarily together */
  allBigrams: 2,
  /** only through a synonym (二代证 for 居民身份证换领) */
  related: 1,
  /** the name does not match: the item was found by its keywords or department */
  none: 0,
} as const;
export type RankTier = (typeof RANK_TIERS)[keyof typeof RANK_TIERS];

// Score layout: tier × 10^13 + popularity × 10^3 + (999 − name length). Popularity is capped below
// 10^9 and names at 999 characters so no field spills into the one above; the maximum (≈ 5.1 × 10^13)
// stays far below 2^53, so scores are exact integers.
const TIER_WEIGHT = 1e13;
const POPULARITY_WEIGHT = 1e3;
const MAX_POPULARITY = 1e9 - 1;
const MAX_LENGTH = 999;

/**
 * Higher is better. Deterministic: equal names with equal popularity score the same, so callers
 * break remaining ties by id.
 */
export function rankScore(doc: { name: string; popularity: number }, q: string): number {
  const popularity = Math.min(Math.max(Math.floor(doc.popularity) || 0, 0), MAX_POPULARITY);
  const length = Math.min(Array.from(doc.name).length, MAX_LENGTH);
  return rankTier(doc.name, q) * TIER_WEIGHT + popularity * POPULARITY_WEIGHT + (MAX_LENGTH - length);
}

/** The best tier the name reaches for the query, by its text or (for a pinyin query) by its pinyin. */
export function rankTier(name: string, q: string): RankTier {
  const literal = literalTier(name, q);
  if (literal === RANK_TIERS.exact || !isPinyinQuery(q)) return literal;
  return Math.max(literal, pinyinTier(name, q)) as RankTier;
}

function literalTier(name: string, q: string): RankTier {
  // Spaces are separators in a query (营业执照 办理) and carry no meaning inside a Chinese name.
  const query = compact(q);
  if (query === '') return RANK_TIERS.none;
  const text = compact(name);
  if (text === query) return RANK_TIERS.exact;
  if (text.startsWith(query)) return RANK_TIERS.prefix;
  if (text.includes(query)) return RANK_TIERS.substring;
  const { hanRuns, words } = parseQuery(q);
  const pieces = [
    ...hanRuns.flatMap((run) => (Array.from(run).length > 1 ? characterBigrams(run) : [run])),
    ...words,
  ];
  if (pieces.length > 0 && pieces.every((piece) => text.includes(piece))) return RANK_TIERS.allBigrams;
  if (matchTokenGroups(indexTokens([name]), queryTokenGroups(q))) return RANK_TIERS.related;
  return RANK_TIERS.none;
}

function pinyinTier(name: string, q: string): RankTier {
  const query = normalisePinyinQuery(q);
  if (query === '') return RANK_TIERS.none;
  const { full, initials } = pinyinKeys(name);
  if (full === query || initials === query) return RANK_TIERS.exact;
  if (full.startsWith(query) || initials.startsWith(query)) return RANK_TIERS.prefix;
  if (full.includes(query) || initials.includes(query)) return RANK_TIERS.substring;
  return RANK_TIERS.none;
}

function compact(text: string): string {
  return normaliseSearchText(text).replace(/\s+/g, '');
}
