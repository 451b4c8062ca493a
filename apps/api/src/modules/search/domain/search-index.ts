// In-memory inverted index of the published search documents, answering searchItems like the database
// (search.service.ts) does, in a few milliseconds at 100,000 documents. Each API process loads it from
// `search_docs` at start and upserts on publish; the database stays the source of truth.
//
// Same semantics as the database: empty q → every document passing the filters, by popularity then id;
// Chinese q → documents whose tokens meet every group of queryTokenGroups(q); pinyin q → documents whose
// initials or pinyin contain normalisePinyinQuery(q); ranking by rankScore, ties by id; exact total.
//
// Layout: documents get dense numbers (reused through a free list once a vacuum has purged them from
// the posting lists); posting lists map index tokens, pinyin trigrams, regions and orgs to numbers.
// A query intersects its token groups smallest first with epoch marks (no sorted lists needed), checks
// the filters per candidate, tiers every candidate cheaply and ranks exactly only what the page needs.
import { regionAncestors } from '@msb/contracts';
import { type HighlightRange, highlightRanges } from './highlight.ts';
import { isPinyinQuery, normalisePinyinQuery, pinyinKeys } from './pinyin-keys.ts';
import { rankScore } from './rank.ts';
import { Postings, selectTop, trigramsOf } from './search-index-postings.ts';
import { BELOW_SUBSTRING, compact, type RankedName, tierPlan } from './search-index-rank.ts';
import { indexTokens, normaliseSearchText, queryTokenGroups } from './tokenize.ts';

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

class Entry implements RankedName {
  /** per-query scratch: the rank tier */
  tier = 0;
  private nameTokenSet: ReadonlySet<string> | undefined;

  constructor(
    readonly num: number,
    readonly doc: IndexedDoc,
    readonly normName: string,
    readonly compactName: string,
    readonly nameFull: string,
    readonly nameInitials: string,
    /** rankScore without the tier: popularity, then the shorter name */
    readonly base: number,
  ) {}

  nameTokens(): ReadonlySet<string> {
    this.nameTokenSet ??= new Set(indexTokens([this.doc.name]));
    return this.nameTokenSet;
  }
}

const byId = (a: Entry, b: Entry): number =>
  a.doc.implementationId < b.doc.implementationId ? -1 : a.doc.implementationId > b.doc.implementationId ? 1 : 0;
const byPopularity = (a: Entry, b: Entry): number => b.doc.popularity - a.doc.popularity || byId(a, b);
// rankScore is tier × 10^13 + base with base < 10^13, so this is rankScore descending, then id
const byRank = (a: Entry, b: Entry): number => b.tier - a.tier || b.base - a.base || byId(a, b);

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
  private marks = new Uint32Array(0);
  private epoch = 0;

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
    this.entries[num] = entryOf(num, stored);
    this.numbers.set(stored.implementationId, num);
    for (const token of stored.tokens) this.tokens.add(token, num);
    for (const gram of trigramsOf(stored.initials, stored.pinyin)) this.trigrams.add(gram, num);
    this.regions.add(stored.regionCode, num);
    this.orgs.add(stored.orgId, num);
  }

  /** Removes the document; false when it was not there. O(its tokens and trigrams) amortised. */
  remove(implementationId: string): boolean {
    const num = this.numbers.get(implementationId);
    const doc = num === undefined ? undefined : this.entries[num]?.doc;
    if (num === undefined || !doc) return false;
    this.entries[num] = undefined;
    this.numbers.delete(implementationId);
    for (const token of doc.tokens) this.tokens.markStale(token);
    for (const gram of trigramsOf(doc.initials, doc.pinyin)) this.trigrams.markStale(gram);
    this.regions.markStale(doc.regionCode);
    this.orgs.markStale(doc.orgId);
    this.pending.push(num);
    if (this.pending.length >= Math.max(VACUUM_MIN, this.numbers.size >> 3)) this.vacuum();
    return true;
  }

  /** Posting-list sizes, for logs and benchmarks. */
  stats(): { docs: number; tokens: number; trigrams: number; postings: number } {
    const tokens = this.tokens.stats();
    const trigrams = this.trigrams.stats();
    return {
      docs: this.size,
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
    const hits = (page: Entry[]): SearchIndexHit[] => page.slice(offset).map((e) => hitOf(e.doc, q));

    if (!q) {
      const matches = this.narrowed(query).filter((e) => !accept || accept(e.doc));
      return { total: matches.length, items: hits(selectTop(matches, need, byPopularity)) };
    }
    const candidates = isPinyinQuery(q)
      ? this.pinyinMatches(normalisePinyinQuery(q), query)
      : this.tokenMatches(q);
    const plan = tierPlan(q);
    // cheap tiers for all; the exact tier below `substring` only when the page reaches that far
    const high: Entry[] = [];
    const low: Entry[] = [];
    for (const e of candidates) {
      if (accept && !accept(e.doc)) continue;
      const tier = plan.coarse(e);
      if (tier === BELOW_SUBSTRING) low.push(e);
      else {
        e.tier = tier;
        high.push(e);
      }
    }
    const total = high.length + low.length;
    if (need <= high.length) return { total, items: hits(selectTop(high, need, byRank)) };
    for (const e of low) e.tier = plan.fine(e);
    const page = [...selectTop(high, high.length, byRank), ...selectTop(low, need - high.length, byRank)];
    return { total, items: hits(page) };
  }

  /** Documents whose tokens meet every group of the query: the smallest group first, then marks. */
  private tokenMatches(q: string): Entry[] {
    const groups = queryTokenGroups(q)
      .map((group) => {
        const lists = group.map((token) => this.tokens.get(token));
        return { lists, size: lists.reduce((sum, list) => sum + list.length, 0) };
      })
      .sort((a, b) => a.size - b.size);
    const [first, ...rest] = groups;
    if (!first || first.size === 0) return [];
    let epoch = this.nextEpoch();
    let candidates: Entry[] = [];
    for (const list of first.lists) {
      for (const num of list) {
        const e = this.entries[num];
        if (e && this.marks[num] !== epoch) {
          this.marks[num] = epoch;
          candidates.push(e);
        }
      }
    }
    for (const group of rest) {
      if (candidates.length === 0) break;
      epoch = this.nextEpoch();
      for (const list of group.lists) for (const num of list) this.marks[num] = epoch;
      const current = epoch;
      candidates = candidates.filter((e) => this.marks[e.num] === current);
    }
    return candidates;
  }

  /** Documents whose initials or pinyin contain the letters: through trigrams, or a scan below 3 letters. */
  private pinyinMatches(letters: string, query: SearchIndexQuery): Entry[] {
    if (letters === '') return [];
    const contains = (e: Entry): boolean => e.doc.initials.includes(letters) || e.doc.pinyin.includes(letters);
    if (letters.length < 3) return this.narrowed(query).filter(contains);
    let smallest: readonly number[] | undefined;
    for (const gram of trigramsOf(letters)) {
      const list = this.trigrams.get(gram);
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    const matches: Entry[] = [];
    for (const num of smallest ?? []) {
      const e = this.entries[num];
      if (e && contains(e)) matches.push(e);
    }
    return matches;
  }

  /** All documents, or only those of the org or of the region's lists when the query filters on them. */
  private narrowed(query: SearchIndexQuery): Entry[] {
    const lists: (readonly number[])[][] = [];
    if (query.org) lists.push([this.orgs.get(query.org)]);
    if (query.region) lists.push(regionCodes(query.region).map((code) => this.regions.get(code)));
    const size = (ls: (readonly number[])[]): number => ls.reduce((sum, l) => sum + l.length, 0);
    const best = lists.sort((a, b) => size(a) - size(b))[0];
    if (!best) return this.entries.filter((e): e is Entry => e !== undefined);
    const entries: Entry[] = [];
    for (const list of best) {
      for (const num of list) {
        const e = this.entries[num];
        if (e) entries.push(e);
      }
    }
    return entries;
  }

  private nextEpoch(): number {
    if (this.marks.length < this.entries.length) {
      const grown = new Uint32Array(Math.max(1024, this.entries.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.epoch = this.epoch >= 0xfffffffe ? 1 : this.epoch + 1;
    if (this.epoch === 1) this.marks.fill(0);
    return this.epoch;
  }

  private vacuum(): void {
    const isLive = (num: number): boolean => this.entries[num] !== undefined;
    for (const postings of [this.tokens, this.trigrams, this.regions, this.orgs]) postings.vacuum(isLive);
    this.free.push(...this.pending);
    this.pending = [];
  }
}

function entryOf(num: number, doc: IndexedDoc): Entry {
  const normName = normaliseSearchText(doc.name);
  const { full, initials } = nameKeys(doc);
  return new Entry(num, doc, normName, compact(doc.name), full, initials, rankScore(doc, ''));
}

const HAN = /\p{Script=Han}/gu;

/**
 * pinyinKeys(name) without converting the name again: buildSearchDoc puts the name's keys first, and
 * leaves them out when the name has none. The first key is taken for the name's when its initials have
 * one letter per Han character of the name (pinyin-pro reads one syllable per character); otherwise (no
 * Han character, a character pinyin-pro cannot read) the name is converted, which is rare.
 */
function nameKeys(doc: IndexedDoc): { full: string; initials: string } {
  const hanCount = doc.name.match(HAN)?.length ?? 0;
  const initials = firstKey(doc.initials);
  if (hanCount > 0 && initials.length === hanCount) return { full: firstKey(doc.pinyin), initials };
  return pinyinKeys(doc.name);
}

function firstKey(keys: string): string {
  const space = keys.indexOf(' ');
  return space === -1 ? keys : keys.slice(0, space);
}

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
