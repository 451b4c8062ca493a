// The documents of the in-memory search index (search-index.ts) under dense numbers, with their posting
// lists. Numbers of removed documents are reused through a free list, but only after a vacuum has purged
// them from the posting lists, so a live number found in a list is always its own document's.
import { rankScore } from './rank.ts';
import { Interner, Postings, trigramsOf } from './search-index-postings.ts';
import { RankedName } from './search-index-rank.ts';
import type { IndexedDoc } from './search-index-types.ts';

/** The pinyin keys of a document (name and keywords), shared by the documents that have the same. */
export interface Spelling {
  readonly initials: string;
  readonly pinyin: string;
  readonly trigrams: readonly string[];
  /** scratch of SearchIndex.search: whether the keys contain the query's letters */
  epoch: number;
  matched: boolean;
}

export interface Entry {
  readonly doc: IndexedDoc;
  readonly name: RankedName;
  readonly spelling: Spelling;
}

/** A vacuum runs once this many removed numbers wait, or an eighth of the index if that is more. */
const VACUUM_MIN = 256;

export class DocStore {
  /** by doc number; undefined for a free or removed number */
  readonly entries: (Entry | undefined)[] = [];
  /** index token → doc numbers */
  readonly tokens = new Postings();
  /** 3-letter window of a pinyin or initials key → doc numbers */
  readonly trigrams = new Postings();
  readonly regions = new Postings();
  readonly orgs = new Postings();
  /** by doc number: popularity, and rankScore without the tier (popularity, then the shorter name) */
  popularity = new Float64Array(0);
  base = new Float64Array(0);
  private readonly numbers = new Map<string, number>();
  private readonly free: number[] = [];
  /** numbers of removed docs, still in stale posting lists until the next vacuum */
  private pending: number[] = [];
  private readonly names = new Interner<RankedName>();
  private readonly spellings = new Interner<Spelling>();

  get size(): number {
    return this.numbers.size;
  }

  /** Length of the per-number arrays: every doc number is below it. */
  get capacity(): number {
    return this.base.length;
  }

  has(implementationId: string): boolean {
    return this.numbers.has(implementationId);
  }

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

  private grow(capacity: number): void {
    if (capacity <= this.base.length) return;
    const length = Math.max(1024, capacity * 2);
    const grown = (old: Float64Array): Float64Array<ArrayBuffer> => {
      const fresh = new Float64Array(length);
      fresh.set(old);
      return fresh;
    };
    this.popularity = grown(this.popularity);
    this.base = grown(this.base);
  }

  /** Purges removed numbers from the stale lists, then frees them for reuse. */
  private vacuum(): void {
    const isLive = (num: number): boolean => this.entries[num] !== undefined;
    for (const postings of [this.tokens, this.trigrams, this.regions, this.orgs]) postings.vacuum(isLive);
    this.free.push(...this.pending);
    this.pending = [];
  }
}

const spellingKey = (doc: IndexedDoc): string => `${doc.initials}\n${doc.pinyin}`;
