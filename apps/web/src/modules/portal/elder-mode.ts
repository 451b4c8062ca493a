// 长辈版 (适老化): larger type, higher contrast, simpler layout. The choice is remembered in localStorage and
// mirrored as a class on <html>, so plain CSS and the antd theme switch together.
import { useCallback, useEffect, useSyncExternalStore } from 'react';

const KEY = 'msb.elderMode';
export const ELDER_CLASS = 'msb-elder';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useElderMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  useEffect(() => {
    document.documentElement.classList.toggle(ELDER_CLASS, on);
    return () => document.documentElement.classList.remove(ELDER_CLASS);
  }, [on]);
  const set = useCallback((next: boolean) => {
    try {
      localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // private browsing: the class still switches for this page
      document.documentElement.classList.toggle(ELDER_CLASS, next);
    }
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}
