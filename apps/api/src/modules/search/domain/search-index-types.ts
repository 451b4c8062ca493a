// Shapes of the in-memory search index (search-index.ts): its documents, queries and hits.
import type { HighlightRange } from './highlight.ts';

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

/** searchItems' query (search.service.ts SearchQuery). */
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

/** searchItems' hit (search.service.ts SearchHit). */
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
