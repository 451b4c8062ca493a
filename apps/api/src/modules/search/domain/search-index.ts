// In-memory inverted index of the published search documents, answering searchItems like the database
// (search.service.ts) does, in milliseconds at 100,000 documents. Each API process loads it from
// `search_docs` at start and upserts on publish; the database stays the source of truth.
//
// Same semantics as the database: empty q → every document passing the filters, by popularity then id;
// Chinese q → documents whose tokens meet every group of queryTokenGroups(q); pinyin q → documents whose
// initials or pinyin contain normalisePinyinQuery(q); ranking by rankScore, ties by id; exact total.
//
// Layout: documents get dense numbers (reused through a free list once a vacuum has purged them from
// the posting lists); posting lists map index tokens, pinyin trigrams, regions and orgs to numbers;
// names and pinyin keys are interned, so per-name work is done once per distinct name. A query
// intersects its token groups smallest first with epoch marks (no sorted lists needed), checks the
// filters per candidate, tiers each distinct name cheaply and ranks exactly only what the page needs.
import { regionAncestors } from '@msb/contracts';
import { type HighlightRange, highlightRanges } from './highlight.ts';
import { isPinyinQuery, normalisePinyinQuery } from './pinyin-keys.ts';
import { rankScore } from './rank.ts';
import { Interner, Postings, selectTop, trigramsOf } from './search-index-postings.ts';
import { BELOW_SUBSTRING, RankedName, tierPlan } from './search-index-rank.ts';
import { queryTokenGroups } from './tokenize.ts';

/** A row of search_docs, as buildSearchDoc writes it. */
export interface IndexedDoc {
  implementationId: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  tokens: string[];
  /** pinyin keys of the name, then of each keyword, separated by single spaces */
  pinyin: string;
  initials: string;
  popularity: number;
}

export interface SearchIndexQuery {
  q?: string;
  region?: string;
  org?: string;
  type?: string;
  audience?: string;
  theme?: string;
  maturity?: string;
  channel?: string;
  limit: number;
  offset: number;
}

export interface SearchIndexHit {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  regionCode: string;
  itemType: string;
  audience: string[];
  themes: string[];
  maturity: string;
  channels: string[];
  highlights: HighlightRange[];
}

export interface SearchIndexResult {
  /** exact number of matches */
  total: number;
  items: SearchIndexHit[];
}

/** A vacuum runs once this many removed numbers wait, or an eighth of the index if that is more. */
const VACUUM_MIN = 256;
/** rank.ts score layout: tier × 10^13 + (popularity, shorter name) below 10^13; exact in a double */
const TIER_WEIGHT = 1e13;

/** The pinyin keys of a document (name and keywords), shared by the documents that have the same. */
interface Spelling {
  readonly initials: string;
  readonly pinyin: string;
  readonly trigrams: readonly string[];
  /** scratch of SearchIndex.search: whether the keys contain the query's letters */
  epoch: number;
  matched: boolean;
}

interface Entry {
  readonly doc: IndexedDoc;
  readonly name: RankedName;
  readonly spelling: Spelling;
}

export class SearchIndex {
  private readonly entries: (Entry | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly free: number[] = [];
  /** numbers of removed docs, still in stale posting lists until the next vacuum */
  private pending: number[] = [];
  private readonly tokens = new Postings();
  private readonly trigrams = new Postings();
  private readonly regions = new Postings();
  private readonly orgs = new Postings();
  private readonly names = new Interner<RankedName>();
  private readonly spellings = new Interner<Spelling>();
  // per doc number: popularity, rankScore without the tier, a query's scores, intersection marks
  private popularity = new Float64Array(0);
  private base = new Float64Array(0);
  private scores = new Float64Array(0);
  private marks = new Uint32Array(0);
  private markEpoch = 0;
  private queryEpoch = 0;

  get size(): number {
    return this.numbers.size;
  }

  has(implementationId: string): boolean {
    return this.numbers.has(implementationId);
  }

  /** Adds the document, or replaces the one with its implementationId. O(its tokens and trigrams). */
  upsert(doc: IndexedDoc): void {
    this.remove(doc.implementationId);
    const stored: IndexedDoc = {
      ...doc,
      audience: [...doc.audience],
      themes: [...doc.themes],
      channels: [...doc.channels],
      tokens: [...new Set(doc.tokens)],
    };
    const num = this.free.pop() ?? this.entries.length;
    this.grow(num + 1);
    const name = this.names.acquire(
      stored.name,
      () => new RankedName(stored.name, stored.initials, stored.pinyin),
    );
    const spelling = this.spellings.acquire(spellingKey(stored), () => ({
      initials: stored.initials,
      pinyin: stored.pinyin,
      trigrams: trigramsOf(stored.initials, stored.pinyin),
      epoch: 0,
      matched: false,
    }));
    this.entries[num] = { doc: stored, name, spelling };
    this.numbers.set(stored.implementationId, num);
    this.popularity[num] = stored.popularity;
    this.base[num] = rankScore(stored, ''); // tier none: only popularity and name length count
    for (const token of stored.tokens) this.tokens.add(token, num);
    for (const gram of spelling.trigrams) this.trigrams.add(gram, num);
    this.regions.add(stored.regionCode, num);
    this.orgs.add(stored.orgId, num);
  }

  /** Removes the document; false when it was not there. O(its tokens and trigrams) amortised. */
  remove(implementationId: string): boolean {
    const num = this.numbers.get(implementationId);
    const entry = num === undefined ? undefined : this.entries[num];
    if (num === undefined || !entry) return false;
    const { doc, spelling } = entry;
    this.entries[num] = undefined;
    this.numbers.delete(implementationId);
    for (const token of doc.tokens) this.tokens.markStale(token);
    for (const gram of spelling.trigrams) this.trigrams.markStale(gram);
    this.regions.markStale(doc.regionCode);
    this.orgs.markStale(doc.orgId);
    this.names.release(doc.name);
    this.spellings.release(spellingKey(doc));
    this.pending.push(num);
    if (this.pending.length >= Math.max(VACUUM_MIN, this.numbers.size >> 3)) this.vacuum();
    return true;
  }

  /** Sizes, for logs and benchmarks. */
  stats(): { docs: number; names: number; tokens: number; trigrams: number; postings: number } {
    const tokens = this.tokens.stats();
    const trigrams = this.trigrams.stats();
    return {
      docs: this.size,
      names: this.names.size,
      tokens: tokens.keys,
      trigrams: trigrams.keys,
      postings: tokens.postings + trigrams.postings,
    };
  }

  search(query: SearchIndexQuery): SearchIndexResult {
    const q = (query.q ?? '').trim().slice(0, 50);
    const offset = Math.max(0, query.offset);
    const need = offset + Math.max(0, query.limit);
    const accept = filterOf(query);
    const page = (nums: number[]): SearchIndexHit[] =>
      nums.slice(offset).flatMap((num) => {
        const doc = this.entries[num]?.doc;
        return doc ? [hitOf(doc, q)] : [];
      });

    if (!q) {
      const matches = this.narrowed(query, (e) => !accept || accept(e.doc));
      return { total: matches.length, items: page(selectTop(matches, need, this.byPopularity)) };
    }
    const epoch = ++this.queryEpoch;
    const candidates = isPinyinQuery(q)
      ? this.pinyinMatches(normalisePinyinQuery(q), query, epoch)
      : this.tokenMatches(q);
    // cheap tiers for every distinct name; the exact tier below `substring` only when the page gets there
    const plan = tierPlan(q);
    const high: number[] = [];
    const low: number[] = [];
    for (const num of candidates) {
      const entry = this.entries[num];
      if (!entry || (accept && !accept(entry.doc))) continue;
      const name = entry.name;
      if (name.epoch !== epoch) {
        name.epoch = epoch;
        name.coarse = plan.coarse(name);
      }
      if (name.coarse === BELOW_SUBSTRING) low.push(num);
      else {
        this.scores[num] = name.coarse * TIER_WEIGHT + (this.base[num] ?? 0);
        high.push(num);
      }
    }
    const total = high.length + low.length;
    if (need <= high.length) return { total, items: page(selectTop(high, need, this.byScore)) };
    for (const num of low) {
      const name = this.entries[num]?.name;
      if (!name) continue;
      if (name.fineEpoch !== epoch) {
        name.fineEpoch = epoch;
        name.fine = plan.fine(name);
      }
      this.scores[num] = name.fine * TIER_WEIGHT + (this.base[num] ?? 0);
    }
    const ranked = [
      ...selectTop(high, high.length, this.byScore),
      ...selectTop(low, need - high.length, this.byScore),
    ];
    return { total, items: page(ranked) };
  }

  /**
   * Numbers of the documents whose tokens meet every group of the query: the union of the smallest
   * group, then, group by group, those marked by a pass over the group's lists. May hold removed docs.
   */
  private tokenMatches(q: string): readonly number[] {
    const groups = queryTokenGroups(q)
      .map((group) => {
        const lists = group.map((token) => this.tokens.get(token));
        return { lists, size: lists.reduce((sum, list) => sum + list.length, 0) };
      })
      .sort((a, b) => a.size - b.size);
    const [first, ...rest] = groups;
    if (!first || first.size === 0) return [];
    const [only] = first.lists;
    if (rest.length === 0 && first.lists.length === 1 && only) return only;
    let mark = this.nextMark();
    let candidates: number[] = [];
    for (const list of first.lists) {
      for (const num of list) {
        if (this.marks[num] !== mark) {
          this.marks[num] = mark;
          candidates.push(num);
        }
      }
    }
    for (const group of rest) {
      if (candidates.length === 0) break;
      mark = this.nextMark();
      for (const list of group.lists) for (const num of list) this.marks[num] = mark;
      const current = mark;
      candidates = candidates.filter((num) => this.marks[num] === current);
    }
    return candidates;
  }

  /**
   * Numbers of the documents whose initials or pinyin contain the letters: a 3-letter window of the keys
   * is exactly a trigram, longer queries take the rarest trigram's list and check the keys (once per
   * distinct spelling), 1–2 letters scan the keys. May hold removed docs.
   */
  private pinyinMatches(letters: string, query: SearchIndexQuery, epoch: number): readonly number[] {
    if (letters === '') return [];
    const contains = (entry: Entry): boolean => {
      const s = entry.spelling;
      if (s.epoch !== epoch) {
        s.epoch = epoch;
        s.matched = s.initials.includes(letters) || s.pinyin.includes(letters);
      }
      return s.matched;
    };
    if (letters.length < 3) return this.narrowed(query, contains);
    let rarest: readonly number[] | undefined;
    for (const gram of trigramsOf(letters)) {
      const list = this.trigrams.get(gram);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    if (!rarest || letters.length === 3) return rarest ?? [];
    return rarest.filter((num) => {
      const entry = this.entries[num];
      return entry !== undefined && contains(entry);
    });
  }

  /** Live documents passing `keep`: all, or only those in the org's or the region's lists when filtered. */
  private narrowed(query: SearchIndexQuery, keep: (entry: Entry) => boolean): number[] {
    const sources: (readonly number[])[][] = [];
    if (query.org) sources.push([this.orgs.get(query.org)]);
    if (query.region) sources.push(regionCodes(query.region).map((code) => this.regions.get(code)));
    const size = (lists: (readonly number[])[]): number => lists.reduce((sum, l) => sum + l.length, 0);
    const [smallest] = sources.sort((a, b) => size(a) - size(b));
    const nums: number[] = [];
    const visit = (num: number): void => {
      const entry = this.entries[num];
      if (entry && keep(entry)) nums.push(num);
    };
    if (smallest) for (const list of smallest) for (const num of list) visit(num);
    else for (let num = 0; num < this.entries.length; num++) visit(num);
    return nums;
  }

  private readonly byId = (a: number, b: number): number => {
    const x = this.entries[a]?.doc.implementationId ?? '';
    const y = this.entries[b]?.doc.implementationId ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };

  /** The database's order for an empty query: popularity descending, then id. */
  private readonly byPopularity = (a: number, b: number): number =>
    (this.popularity[b] ?? 0) - (this.popularity[a] ?? 0) || this.byId(a, b);

  /** rankScore descending, then id. */
  private readonly byScore = (a: number, b: number): number =>
    (this.scores[b] ?? 0) - (this.scores[a] ?? 0) || this.byId(a, b);

  private grow(capacity: number): void {
    if (capacity <= this.base.length) return;
    const length = Math.max(1024, capacity * 2);
    const grown = <T extends Float64Array | Uint32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.popularity = grown(this.popularity, new Float64Array(length));
    this.base = grown(this.base, new Float64Array(length));
    this.scores = new Float64Array(length);
    this.marks = new Uint32Array(length);
    this.markEpoch = 0;
  }

  private nextMark(): number {
    if (this.markEpoch >= 0xfffffffe) {
      this.marks.fill(0);
      this.markEpoch = 0;
    }
    return ++this.markEpoch;
  }

  private vacuum(): void {
    const isLive = (num: number): boolean => this.entries[num] !== undefined;
    for (const postings of [this.tokens, this.trigrams, this.regions, this.orgs]) postings.vacuum(isLive);
    this.free.push(...this.pending);
    this.pending = [];
  }
}

const spellingKey = (doc: IndexedDoc): string => `${doc.initials}\n${doc.pinyin}`;

/** The region itself and its league and autonomous region (throws on an invalid code, like the service). */
function regionCodes(region: string): string[] {
  return [...new Set([...regionAncestors(region), region])];
}

function filterOf(query: SearchIndexQuery): ((doc: IndexedDoc) => boolean) | undefined {
  const checks: ((doc: IndexedDoc) => boolean)[] = [];
  const { region, org, type, maturity, audience, theme, channel } = query;
  if (region) {
    const codes = new Set(regionCodes(region));
    checks.push((d) => codes.has(d.regionCode));
  }
  if (org) checks.push((d) => d.orgId === org);
  if (type) checks.push((d) => d.itemType === type);
  if (maturity) checks.push((d) => d.maturity === maturity);
  if (audience) checks.push((d) => d.audience.includes(audience));
  if (theme) checks.push((d) => d.themes.includes(theme));
  if (channel) checks.push((d) => d.channels.includes(channel));
  if (checks.length === 0) return undefined;
  return (doc) => checks.every((check) => check(doc));
}

function hitOf(doc: IndexedDoc, q: string): SearchIndexHit {
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
    highlights: q ? highlightRanges(doc.name, q) : [],
  };
}
