import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../../api/api-types.js';

/** What a paged list shows: its page (once loaded), the error of the last load, and whether one is running. */
export interface ListPageState<T> {
  page: Page<T> | null;
  error: unknown;
  loading: boolean;
  offset: number;
  setOffset(offset: number): void;
  /** Loads the current page again (after adding a row, or to retry). */
  reload(): void;
}

/** The answer to one request, with what it was asked for. */
interface Answer<T> {
  load: unknown;
  offset: number;
  reloads: number;
  page: Page<T> | null;
  error: unknown;
}

/**
 * Loads a page of a list with `load(offset)`. A new `load` (its filter changed) starts again at
 * the first page; an answer that arrives after a newer request was made is dropped, so fast
 * typing in a search box never leaves an older result on screen.
 */
export function useListPage<T>(load: (offset: number) => Promise<Page<T>>): ListPageState<T> {
  const [offset, setOffset] = useState(0);
  const [reloads, setReloads] = useState(0);
  const [forLoad, setForLoad] = useState(() => load);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  // A changed filter is a different list: back to its first page (adjusted while rendering, as React advises).
  if (forLoad !== load) {
    setForLoad(() => load);
    setOffset(0);
  }

  useEffect(() => {
    let current = true;
    load(offset).then(
      (page) => current && setAnswer({ load, offset, reloads, page, error: null }),
      (error: unknown) => current && setAnswer((last) => ({ load, offset, reloads, page: last?.page ?? null, error })),
    );
    return () => {
      current = false;
    };
  }, [load, offset, reloads]);

  const done = answer !== null && answer.load === load && answer.offset === offset && answer.reloads === reloads;
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { page: answer?.page ?? null, error: done ? answer.error : null, loading: !done, offset, setOffset, reload };
}
