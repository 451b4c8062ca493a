// rankTier of rank.ts, split for the in-memory index (search-index.ts) into a cheap part run on every
// distinct candidate name and an expensive part run only on the names a page actually reaches. Both work
// on values precomputed once per distinct name, so a query never segments a name or converts it to
// pinyin. search-index.test.ts checks the resulting order against rankScore itself.
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './pinyin-keys.ts';
import { RANK_TIERS, type RankTier } from './rank.ts';
import {
  characterBigrams,
  indexTokens,
  normaliseSearchText,
  parseQuery,
  queryTokenGroups,
} from './tokenize.ts';

const { exact: EXACT, prefix: PREFIX, substring: SUBSTRING, allBigrams: ALL_BIGRAMS } = RANK_TIERS;
const { related: RELATED, none: NONE } = RANK_TIERS;

/** coarse() result for a name that ranks below `substring`: fine() tells which tier. */
export const BELOW_SUBSTRING = -1;

/** What ranking needs of a name, computed once per distinct name, with per-query scratch fields. */
export class RankedName {
  /** normaliseSearchText(name) */
  readonly normName: string;
  /** normName without whitespace (rank.ts `compact`) */
  readonly compactName: string;
  /** pinyinKeys(name) */
  readonly nameFull: string;
  readonly nameInitials: string;
  /** scratch of SearchIndex.search: the query the tiers below are for, and the tiers */
  epoch = 0;
  coarse = 0;
  fineEpoch = 0;
  fine = 0;
  private tokens: ReadonlySet<string> | undefined;

  /** `initials` and `pinyin`: a document's keys, as buildSearchDoc writes them (the name's first). */
  constructor(
    readonly name: string,
    initials: string,
    pinyin: string,
  ) {
    this.normName = normaliseSearchText(name);
    this.compactName = compact(name);
    const keys = nameKeys(name, initials, pinyin);
    this.nameFull = keys.full;
    this.nameInitials = keys.initials;
  }

  /** indexTokens([name]) as a set, computed on first use */
  nameTokens(): ReadonlySet<string> {
    this.tokens ??= new Set(indexTokens([this.name]));
    return this.tokens;
  }
}

const HAN = /\p{Script=Han}/gu;

/**
 * pinyinKeys(name) without converting the name again: buildSearchDoc puts the name's keys first, and
 * leaves them out when the name has none. The first key is taken for the name's when its initials have
 * one letter per Han character of the name (pinyin-pro reads one syllable per character); otherwise (no
 * Han character, a character pinyin-pro cannot read) the name is converted, which is rare.
 */
function nameKeys(name: string, initials: string, pinyin: string): { full: string; initials: string } {
  const hanCount = name.match(HAN)?.length ?? 0;
  const first = firstKey(initials);
  if (hanCount > 0 && first.length === hanCount) return { full: firstKey(pinyin), initials: first };
  return pinyinKeys(name);
}

function firstKey(keys: string): string {
  const space = keys.indexOf(' ');
  return space === -1 ? keys : keys.slice(0, space);
}

export interface TierPlan {
  /** the tier when it is `substring` or better, else BELOW_SUBSTRING; a few string comparisons */
  coarse(name: RankedName): number;
  /** the tier of a name for which coarse() gave BELOW_SUBSTRING: allBigrams, related or none */
  fine(name: RankedName): number;
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
    if (pinyin === '') return NONE;
    if (n.nameFull === pinyin || n.nameInitials === pinyin) return EXACT;
    if (n.nameFull.startsWith(pinyin) || n.nameInitials.startsWith(pinyin)) return PREFIX;
    if (n.nameFull.includes(pinyin) || n.nameInitials.includes(pinyin)) return SUBSTRING;
    return NONE;
  };

  return {
    coarse(n) {
      let literal: number = BELOW_SUBSTRING;
      if (query !== '') {
        if (n.compactName === query) return EXACT;
        if (n.compactName.startsWith(query)) literal = PREFIX;
        else if (n.compactName.includes(query)) literal = SUBSTRING;
      }
      // rankTier takes the better of the literal and the pinyin tier; the pinyin tier is none or
      // substring and better, so a none leaves the literal tier (perhaps still undecided) as it is
      const spelled = pinyinTier(n);
      return spelled >= SUBSTRING && spelled > literal ? spelled : literal;
    },
    fine(n) {
      if (query === '') return NONE;
      if (pieces.length > 0 && pieces.every((piece) => n.compactName.includes(piece))) return ALL_BIGRAMS;
      const related = groups.every((group) =>
        group.some(({ token, han }) => n.normName.includes(token) && (han || n.nameTokens().has(token))),
      );
      return related ? RELATED : NONE;
    },
  };
}

/** rank.ts `compact`: spaces separate query words and carry no meaning inside a name. */
export function compact(text: string): string {
  return normaliseSearchText(text).replace(/\s+/g, '');
}
