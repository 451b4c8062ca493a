// Building blocks of the in-memory search index (search-index.ts): posting lists, interned values shared
// by documents, trigrams and top-k selection.

/**
 * Posting lists: key → doc numbers, unsorted (membership is tested with marks, see SearchIndex), each
 * number at most once per key. Removing a doc only marks its keys stale; `vacuum` drops the numbers of
 * removed docs from the stale lists. Until then a list may hold numbers of removed docs, which readers
 * skip; the index reuses a number only after a vacuum, so a live number in a list is always its doc's.
 */
export class Postings {
  private readonly lists = new Map<string, number[]>();
  private readonly stale = new Set<string>();

  add(key: string, num: number): void {
    const list = this.lists.get(key);
    if (list) list.push(num);
    else this.lists.set(key, [num]);
  }

  get(key: string): readonly number[] {
    return this.lists.get(key) ?? EMPTY;
  }

  markStale(key: string): void {
    this.stale.add(key);
  }

  vacuum(isLive: (num: number) => boolean): void {
    for (const key of this.stale) {
      const kept = (this.lists.get(key) ?? EMPTY).filter(isLive);
      if (kept.length > 0) this.lists.set(key, kept);
      else this.lists.delete(key);
    }
    this.stale.clear();
  }

  /** Number of keys and of stored numbers (removed docs' included until the next vacuum). */
  stats(): { keys: number; postings: number } {
    let postings = 0;
    for (const list of this.lists.values()) postings += list.length;
    return { keys: this.lists.size, postings };
  }
}

const EMPTY: readonly number[] = Object.freeze([]);

/**
 * Values shared by the documents with the same key (the same name, the same pinyin keys), built once
 * and dropped with their last document. Documents of one base item repeat names across regions, so the
 * per-name work of a query (its rank tier) is done once per distinct name, not once per document.
 */
export class Interner<T> {
  private readonly values = new Map<string, { value: T; refs: number }>();

  acquire(key: string, build: () => T): T {
    const slot = this.values.get(key);
    if (slot) {
      slot.refs++;
      return slot.value;
    }
    const value = build();
    this.values.set(key, { value, refs: 1 });
    return value;
  }

  release(key: string): void {
    const slot = this.values.get(key);
    if (slot && --slot.refs === 0) this.values.delete(key);
  }

  get size(): number {
    return this.values.size;
  }
}

/** Distinct 3-letter windows of the space-separated keys of `texts` (a window never spans a space). */
export function trigramsOf(...texts: string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    for (const key of text.split(' ')) {
      for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
    }
  }
  return [...grams];
}

/** A growable list of doc numbers, reused from query to query so broad queries allocate little. */
export class NumberList {
  private buffer = new Int32Array(1024);
  length = 0;

  push(num: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = num;
  }

  /** A view of the numbers pushed since the last clear, valid until the next push or clear. */
  view(): Int32Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Keeps the numbers passing `keep`, in order. */
  retain(keep: (num: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const num = this.buffer[i] ?? 0;
      if (keep(num)) this.buffer[kept++] = num;
    }
    this.length = kept;
  }

  clear(): this {
    this.length = 0;
    return this;
  }
}

/**
 * The `k` best doc numbers, sorted: `scores[num]` descending, then `tieBreak` (a total order, so the
 * result is deterministic). A bounded heap when k is small against the input (O(n log k); most numbers
 * are rejected by comparing their score with the worst kept), a full sort otherwise.
 */
export function selectTop(
  items: ArrayLike<number>,
  k: number,
  scores: Float64Array,
  tieBreak: (a: number, b: number) => number,
): number[] {
  const compare = (a: number, b: number): number => (scores[b] ?? 0) - (scores[a] ?? 0) || tieBreak(a, b);
  if (k <= 0 || items.length === 0) return [];
  if (k * 4 >= items.length) return Array.from(items).sort(compare).slice(0, k);
  // max-heap on `compare`: the root is the worst number kept so far, `worst` its score
  const heap: number[] = [];
  let worst = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? 0;
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap, compare);
      if (heap.length === k) worst = scores[heap[0] ?? 0] ?? 0;
      continue;
    }
    const score = scores[item] ?? 0;
    if (score < worst) continue;
    if (score === worst && tieBreak(item, heap[0] ?? item) >= 0) continue;
    heap[0] = item;
    siftDown(heap, compare);
    worst = scores[heap[0] ?? 0] ?? 0;
  }
  return heap.sort(compare);
}

function siftUp(heap: number[], compare: (a: number, b: number) => number): void {
  let i = heap.length - 1;
  const item = heap[i] ?? 0;
  while (i > 0) {
    const parentAt = (i - 1) >> 1;
    const parent = heap[parentAt] ?? 0;
    if (compare(parent, item) >= 0) break;
    heap[i] = parent;
    i = parentAt;
  }
  heap[i] = item;
}

function siftDown(heap: number[], compare: (a: number, b: number) => number): void {
  let i = 0;
  const item = heap[0] ?? 0;
  for (;;) {
    const leftAt = 2 * i + 1;
    if (leftAt >= heap.length) break;
    const left = heap[leftAt] ?? 0;
    const right = heap[leftAt + 1];
    const useRight = right !== undefined && compare(right, left) > 0;
    const child = useRight ? right : left;
    if (compare(child, item) <= 0) break;
    heap[i] = child;
    i = useRight ? leftAt + 1 : leftAt;
  }
  heap[i] = item;
}

/**
 * A mark per doc number, set to the current epoch: "marked in this pass" without clearing between
 * passes. `values` is replaced when the index grows; read it after calling `next`.
 */
export class Marks {
  values = new Uint32Array(0);
  private epoch = 0;

  grow(capacity: number): void {
    if (capacity <= this.values.length) return;
    this.values = new Uint32Array(capacity);
    this.epoch = 0;
  }

  next(): number {
    if (this.epoch >= 0xfffffffe) {
      this.values.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}
