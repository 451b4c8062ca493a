// In-memory inverted index of the published search documents, answering searchItems like the database
// (search.service.ts) does, in milliseconds at 100,000 documents. Each API process loads it from
// `search_docs` at start and upserts on publish; the database stays the source of truth.
//
// Same semantics as the database: empty q → every document passing the filters, by popularity then id;
// Chinese q → documents whose tokens meet every group of queryTokenGroups(q); pinyin q → documents whose
// initials or pinyin contain normalisePinyinQuery(q); region = the region and its ancestors; ranking by
// rankScore, ties by id; exact total.
//
// Layout (search-index-store.ts): documents under dense numbers, posting lists of index tokens, pinyin
// trigrams, regions and orgs; names and pinyin keys interned, so per-name work is done once per distinct
// name. A query intersects its token groups smallest first with epoch marks (no sorted lists needed),
// checks the filters per candidate, tiers each distinct name cheaply (search-index-rank.ts) and ranks
// exactly only what the page needs, with a bounded heap.
import { regionAncestors } from '@msb/contracts';
import { type HighlightRange, highlightRanges } from './highlight.ts';
import { isPinyinQuery, normalisePinyinQuery } from './pinyin-keys.ts';
import { Marks, NumberList, selectTop, trigramsOf } from './search-index-postings.ts';
import { BELOW_SUBSTRING, tierPlan } from './search-index-rank.ts';
import { DocStore, type Entry } from './search-index-store.ts';
import type {
  IndexedDoc,
  SearchIndexHit,
  SearchIndexQuery,
  SearchIndexResult,
} from './search-index-types.ts';
import { queryTokenGroups } from './tokenize.ts';

export type {
  IndexedDoc,
  SearchIndexHit,
  SearchIndexQuery,
  SearchIndexResult,
} from './search-index-types.ts';

/** rank.ts score layout: tier × 10^13 + (popularity, shorter name) below 10^13; exact in a double */
const TIER_WEIGHT = 1e13;

/** Docs passing the region and org filters: their numbers, and the mark they carry in placeMarks. */
interface Place {
  readonly nums: Int32Array;
  readonly mark: number;
}

export class SearchIndex {
  private readonly store = new DocStore();
  // per-query scratch: scores and marks by doc number, lists of doc numbers
  private scores = new Float64Array(0);
  private readonly groupMarks = new Marks();
  private readonly placeMarks = new Marks();
  private readonly candidates = new NumberList();
  private readonly high = new NumberList();
  private readonly low = new NumberList();
  private readonly placed = new NumberList();
  private queryEpoch = 0;

  get size(): number {
    return this.store.size;
  }

  has(implementationId: string): boolean {
    return this.store.has(implementationId);
  }

  /** Adds the document, or replaces the one with its implementationId. O(its tokens and trigrams). */
  upsert(doc: IndexedDoc): void {
    this.store.upsert(doc);
  }

  /** Removes the document; false when it was not there. O(its tokens and trigrams) amortised. */
  remove(implementationId: string): boolean {
    return this.store.remove(implementationId);
  }

  /** Sizes, for logs and benchmarks. */
  stats(): { docs: number; names: number; tokens: number; trigrams: number; postings: number } {
    return this.store.stats();
  }

  search(query: SearchIndexQuery): SearchIndexResult {
    const q = (query.q ?? '').trim().slice(0, 50);
    const offset = Math.max(0, query.offset);
    const need = offset + Math.max(0, query.limit);
    this.fitScratch();
    const { entries, base, popularity } = this.store;
    const accept = filterOf(query);
    const place = this.placeFilter(query);

    if (!q) {
      const matches = this.scan(place, (e) => !accept || accept(e.doc));
      return {
        total: matches.length,
        items: this.page(selectTop(matches, need, popularity, this.byId), offset, q),
      };
    }
    const epoch = ++this.queryEpoch;
    const candidates = isPinyinQuery(q)
      ? this.pinyinMatches(normalisePinyinQuery(q), place, epoch)
      : this.tokenMatches(q);
    // cheap tiers for every distinct name; the exact tier below `substring` only when the page gets there
    const plan = tierPlan(q);
    const placeMarks = this.placeMarks.values;
    const high = this.high.clear();
    const low = this.low.clear();
    for (let i = 0; i < candidates.length; i++) {
      const num = candidates[i] ?? 0;
      const entry = entries[num];
      if (!entry || (place && placeMarks[num] !== place.mark) || (accept && !accept(entry.doc))) continue;
      const name = entry.name;
      if (name.epoch !== epoch) {
        name.epoch = epoch;
        name.coarse = plan.coarse(name);
      }
      if (name.coarse === BELOW_SUBSTRING) low.push(num);
      else {
        this.scores[num] = name.coarse * TIER_WEIGHT + (base[num] ?? 0);
        high.push(num);
      }
    }
    const total = high.length + low.length;
    if (need <= high.length)
      return { total, items: this.page(selectTop(high.view(), need, this.scores, this.byId), offset, q) };
    const lows = low.view();
    for (const num of lows) {
      const name = entries[num]?.name;
      if (!name) continue;
      if (name.fineEpoch !== epoch) {
        name.fineEpoch = epoch;
        name.fine = plan.fine(name);
      }
      this.scores[num] = name.fine * TIER_WEIGHT + (base[num] ?? 0);
    }
    const ranked = [
      ...selectTop(high.view(), high.length, this.scores, this.byId),
      ...selectTop(lows, need - high.length, this.scores, this.byId),
    ];
    return { total, items: this.page(ranked, offset, q) };
  }

  /** The hits of ranked[offset..]; equal names share their highlights. */
  private page(ranked: readonly number[], offset: number, q: string): SearchIndexHit[] {
    const highlights = new Map<string, HighlightRange[]>();
    return ranked.slice(offset).flatMap((num) => {
      const doc = this.store.entries[num]?.doc;
      if (!doc) return [];
      const ranges = highlights.get(doc.name) ?? (q ? highlightRanges(doc.name, q) : []);
      highlights.set(doc.name, ranges);
      return [hitOf(doc, ranges)];
    });
  }

  /**
   * Numbers of the documents whose tokens meet every group of the query: the union of the smallest
   * group, then, group by group, those marked by a pass over the group's lists. May hold removed docs.
   */
  private tokenMatches(q: string): ArrayLike<number> {
    const groups = queryTokenGroups(q)
      .map((group) => {
        const lists = group.map((token) => this.store.tokens.get(token));
        return { lists, size: lists.reduce((sum, list) => sum + list.length, 0) };
      })
      .sort((a, b) => a.size - b.size);
    const [first, ...rest] = groups;
    if (!first || first.size === 0) return [];
    const [only] = first.lists;
    if (rest.length === 0 && first.lists.length === 1 && only) return only;
    const candidates = this.candidates.clear();
    let mark = this.groupMarks.next();
    const marks = this.groupMarks.values;
    for (const list of first.lists) {
      for (const num of list) {
        if (marks[num] !== mark) {
          marks[num] = mark;
          candidates.push(num);
        }
      }
    }
    for (const group of rest) {
      if (candidates.length === 0) break;
      mark = this.groupMarks.next();
      for (const list of group.lists) for (const num of list) marks[num] = mark;
      const current = mark;
      candidates.retain((num) => marks[num] === current);
    }
    return candidates.view();
  }

  /**
   * Numbers of the documents whose initials or pinyin contain the letters: a 3-letter window of the keys
   * is exactly a trigram, longer queries take the rarest trigram's list and check the keys (once per
   * distinct spelling), 1–2 letters scan the keys. May hold removed docs.
   */
  private pinyinMatches(letters: string, place: Place | undefined, epoch: number): ArrayLike<number> {
    if (letters === '') return [];
    const contains = (entry: Entry): boolean => {
      const s = entry.spelling;
      if (s.epoch !== epoch) {
        s.epoch = epoch;
        s.matched = s.initials.includes(letters) || s.pinyin.includes(letters);
      }
      return s.matched;
    };
    if (letters.length < 3) return this.scan(place, contains);
    let rarest: readonly number[] | undefined;
    for (const gram of trigramsOf(letters)) {
      const list = this.store.trigrams.get(gram);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    if (!rarest || letters.length === 3) return rarest ?? [];
    const candidates = this.candidates.clear();
    for (const num of rarest) {
      const entry = this.store.entries[num];
      if (entry && contains(entry)) candidates.push(num);
    }
    return candidates.view();
  }

  /**
   * The live documents of the region (with its league and autonomous region) and of the org, marked in
   * placeMarks; undefined when the query filters on neither. Built from the smaller posting source.
   */
  private placeFilter(query: SearchIndexQuery): Place | undefined {
    const { region, org } = query;
    if (!region && !org) return undefined;
    const codes = region ? regionCodes(region) : [];
    const allowed = new Set(codes);
    const byRegion = codes.map((code) => this.store.regions.get(code));
    const byOrg = org ? [this.store.orgs.get(org)] : [];
    const size = (lists: (readonly number[])[]): number => lists.reduce((sum, l) => sum + l.length, 0);
    const fromRegions = !org || (Boolean(region) && size(byRegion) < size(byOrg));
    // the lists themselves satisfy the filter they come from; only the other one is checked per doc
    const checkOrg = fromRegions && org;
    const checkRegion = !fromRegions && region;
    const nums = this.placed.clear();
    const mark = this.placeMarks.next();
    const marks = this.placeMarks.values;
    for (const list of fromRegions ? byRegion : byOrg) {
      for (const num of list) {
        const doc = this.store.entries[num]?.doc;
        if (!doc || (checkOrg && doc.orgId !== org) || (checkRegion && !allowed.has(doc.regionCode)))
          continue;
        marks[num] = mark;
        nums.push(num);
      }
    }
    return { nums: nums.view(), mark };
  }

  /** Live documents passing `keep`, among those of the place filter, or all. Into `candidates`. */
  private scan(place: Place | undefined, keep: (entry: Entry) => boolean): Int32Array {
    const nums = this.candidates.clear();
    const visit = (num: number): void => {
      const entry = this.store.entries[num];
      if (entry && keep(entry)) nums.push(num);
    };
    if (place) for (const num of place.nums) visit(num);
    else for (let num = 0; num < this.store.entries.length; num++) visit(num);
    return nums.view();
  }

  private readonly byId = (a: number, b: number): number => {
    const x = this.store.entries[a]?.doc.implementationId ?? '';
    const y = this.store.entries[b]?.doc.implementationId ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };

  private fitScratch(): void {
    const capacity = this.store.capacity;
    if (this.scores.length >= capacity) return;
    this.scores = new Float64Array(capacity);
    this.groupMarks.grow(capacity);
    this.placeMarks.grow(capacity);
  }
}

/** The region itself and its league and autonomous region (throws on an invalid code, like the service). */
function regionCodes(region: string): string[] {
  return [...new Set([...regionAncestors(region), region])];
}

/** The filters other than region and org (see placeFilter), or undefined when there are none. */
function filterOf(query: SearchIndexQuery): ((doc: IndexedDoc) => boolean) | undefined {
  const checks: ((doc: IndexedDoc) => boolean)[] = [];
  const { type, maturity, audience, theme, channel } = query;
  if (type) checks.push((d) => d.itemType === type);
  if (maturity) checks.push((d) => d.maturity === maturity);
  if (audience) checks.push((d) => d.audience.includes(audience));
  if (theme) checks.push((d) => d.themes.includes(theme));
  if (channel) checks.push((d) => d.channels.includes(channel));
  if (checks.length === 0) return undefined;
  return (doc) => checks.every((check) => check(doc));
}

function hitOf(doc: IndexedDoc, highlights: HighlightRange[]): SearchIndexHit {
  return {
    id: doc.implementationId,
    name: doc.name,
    orgId: doc.orgId,
    orgName: doc.orgName,
    regionCode: doc.regionCode,
    itemType: doc.itemType,
    audience: [...doc.audience],
    themes: [...doc.themes],
    maturity: doc.maturity,
    channels: [...doc.channels],
    highlights: highlights.map(([start, end]): HighlightRange => [start, end]),
  };
}
