// rankTier of rank.ts, split for the in-memory index (search-index.ts) into a cheap part run on every
// candidate and an expensive part run only on the candidates a page actually reaches. Both parts work on
// values precomputed once per document (normalised name, name pinyin keys), so they never segment the name
// or convert it to pinyin per query. search-index.test.ts checks the result against rankScore itself.
import { isPinyinQuery, normalisePinyinQuery } from './pinyin-keys.ts';
import { RANK_TIERS, type RankTier } from './rank.ts';
import { characterBigrams, normaliseSearchText, parseQuery, queryTokenGroups } from './tokenize.ts';

/** What tiering needs of a document's name. */
export interface RankedName {
  /** normaliseSearchText(name) */
  readonly normName: string;
  /** normName without whitespace (rank.ts `compact`) */
  readonly compactName: string;
  /** pinyinKeys(name).full and .initials */
  readonly nameFull: string;
  readonly nameInitials: string;
  /** indexTokens([name]) as a set; computed on first use */
  nameTokens(): ReadonlySet<string>;
}

/** coarse() result for a name that ranks below `substring`: fine() tells which tier. */
export const BELOW_SUBSTRING = -1;

export interface TierPlan {
  /** the tier when it is `substring` or better, else BELOW_SUBSTRING; a few string comparisons */
  coarse(name: RankedName): RankTier | typeof BELOW_SUBSTRING;
  /** the tier of a name for which coarse() gave BELOW_SUBSTRING: allBigrams, related or none */
  fine(name: RankedName): RankTier;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** For a trimmed, non-empty query: rankTier(name, q) === (coarse ≥ 0 ? coarse : fine). */
export function tierPlan(q: string): TierPlan {
  const query = compact(q);
  const pinyin = isPinyinQuery(q) ? normalisePinyinQuery(q) : '';
  const { hanRuns, words } = parseQuery(q);
  const pieces = [
    ...hanRuns.flatMap((run) => (Array.from(run).length > 1 ? characterBigrams(run) : [run])),
    ...words,
  ];
  // Every index token of a name is a substring of the normalised name, and a Han alternative (character,
  // bigram or synonym term) is a token exactly when it is such a substring; only other words need the
  // tokens themselves (the segmenter decides them).
  const groups = queryTokenGroups(q).map((group) =>
    group.map((token) => ({ token, han: HAN_ONLY.test(token) })),
  );

  const pinyinTier = (n: RankedName): RankTier => {
    if (pinyin === '') return RANK_TIERS.none;
    if (n.nameFull === pinyin || n.nameInitials === pinyin) return RANK_TIERS.exact;
    if (n.nameFull.startsWith(pinyin) || n.nameInitials.startsWith(pinyin)) return RANK_TIERS.prefix;
    if (n.nameFull.includes(pinyin) || n.nameInitials.includes(pinyin)) return RANK_TIERS.substring;
    return RANK_TIERS.none;
  };

  return {
    coarse(n) {
      let literal: RankTier | typeof BELOW_SUBSTRING = BELOW_SUBSTRING;
      if (query !== '') {
        if (n.compactName === query) return RANK_TIERS.exact;
        if (n.compactName.startsWith(query)) literal = RANK_TIERS.prefix;
        else if (n.compactName.includes(query)) literal = RANK_TIERS.substring;
      }
      // rankTier takes the better of the literal and the pinyin tier; the pinyin tier is none or
      // substring and better, so a none leaves the literal tier (perhaps still undecided) as it is
      const spelled = pinyinTier(n);
      return spelled >= RANK_TIERS.substring && spelled > literal ? spelled : literal;
    },
    fine(n) {
      if (query === '') return RANK_TIERS.none;
      if (pieces.length > 0 && pieces.every((piece) => n.compactName.includes(piece))) {
        return RANK_TIERS.allBigrams;
      }
      const related = groups.every((group) =>
        group.some(({ token, han }) => n.normName.includes(token) && (han || n.nameTokens().has(token))),
      );
      return related ? RANK_TIERS.related : RANK_TIERS.none;
    },
  };
}

/** rank.ts `compact`: spaces separate query words and carry no meaning inside a name. */
export function compact(text: string): string {
  return normaliseSearchText(text).replace(/\s+/g, '');
}
