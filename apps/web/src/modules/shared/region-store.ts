// The region a citizen is looking at (自治区 → 盟市 → 旗县区), remembered in localStorage and shared by
// every component that reads it through one external store.
import { useSyncExternalStore } from 'react';

export type RegionChoice = { code: string; name: string };

const KEY = 'msb.region';
/** 呼伦贝尔市 under 内蒙古自治区 until the citizen chooses otherwise */
export const DEFAULT_REGION_PATH: readonly RegionChoice[] = [
  { code: '150000000000', name: '内蒙古自治区' },
  { code: '150700000000', name: '呼伦贝尔市' },
];

const listeners = new Set<() => void>();
let cached: { raw: string | null; path: readonly RegionChoice[] } | undefined;

function isChoice(value: unknown): value is RegionChoice {
  if (typeof value !== 'object' || value === null) return false;
  const code: unknown = Reflect.get(value, 'code');
  const name: unknown = Reflect.get(value, 'name');
  return typeof code === 'string' && /^\d{12}$/.test(code) && typeof name === 'string' && name.length > 0;
}

function readRaw(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): readonly RegionChoice[] {
  if (!raw) return DEFAULT_REGION_PATH;
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.length > 0 && value.length <= 3 && value.every(isChoice)) return value;
  } catch {
    // a damaged entry falls back to the default
  }
  return DEFAULT_REGION_PATH;
}

function snapshot(): readonly RegionChoice[] {
  const raw = readRaw();
  if (!cached || cached.raw !== raw) cached = { raw, path: parse(raw) };
  return cached.path;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setRegionPath(path: readonly RegionChoice[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(path.length > 0 ? path : DEFAULT_REGION_PATH));
  } catch {
    // private browsing: the choice lasts for this page only
    cached = { raw: null, path };
  }
  for (const listener of listeners) listener();
}

/** The chosen region path; its last element is the region searched. */
export function useRegionPath(): readonly RegionChoice[] {
  return useSyncExternalStore(subscribe, snapshot, () => DEFAULT_REGION_PATH);
}

export function currentRegion(path: readonly RegionChoice[]): RegionChoice {
  return path.at(-1) ?? DEFAULT_REGION_PATH[1] ?? { code: '150700000000', name: '呼伦贝尔市' };
}
