import { useSyncExternalStore } from 'react';
import { mergeProgress, sanitizeProgress, type ProgressItem } from './learn-progress.js';

/** Where anonymous learners keep their progress: on this device only. */
export const PROGRESS_STORAGE_KEY = 'kmm.learn.progress.v1';

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: ProgressItem[] | null = null;

function read(): ProgressItem[] {
  try {
    const raw = localStorage.getItem(PROGRESS_STORAGE_KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as { items?: unknown } | unknown[];
    return sanitizeProgress(Array.isArray(parsed) ? parsed : parsed?.items);
  } catch {
    return [];
  }
}

/** The progress on this device (a stable array until it changes). */
export function getProgress(): ProgressItem[] {
  cache ??= read();
  return cache;
}

/** Replaces the device's progress (after merging with the account) and tells every view. */
export function setProgress(items: readonly ProgressItem[]): void {
  cache = mergeProgress(items);
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ items: cache }));
  } catch {
    // Storage may be forbidden: progress lasts for this visit.
  }
  for (const listener of listeners) listener();
}

/** Called after every local change, e.g. to send it to the account when signed in. */
let onRecorded: ((items: ProgressItem[]) => void) | null = null;

/** Sets (or clears) what happens after each recorded item (the account sync). */
export function setOnRecorded(callback: ((items: ProgressItem[]) => void) | null): void {
  onRecorded = callback;
}

/** Records one completed item on the device (the better result is kept). */
export function recordProgress(item: Omit<ProgressItem, 'completedAt'> & { completedAt?: string }): void {
  const complete: ProgressItem = { ...item, completedAt: item.completedAt ?? new Date().toISOString() };
  setProgress(mergeProgress(getProgress(), [complete]));
  onRecorded?.(getProgress());
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  // Another tab may record progress too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PROGRESS_STORAGE_KEY) return;
    cache = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The learner's progress, kept up to date. */
export function useProgress(): ProgressItem[] {
  return useSyncExternalStore(subscribe, getProgress, getProgress);
}
