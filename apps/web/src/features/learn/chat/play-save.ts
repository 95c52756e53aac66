import type { Transcript } from './transcript.js';

/** A play-through saved on this device after each step, so a learner can come back to it. */
export interface SavedPlay {
  /** inkjs `story.state.toJson()`. */
  storyState: string;
  transcript: Transcript;
  ended: boolean;
  savedAt: string;
}

const PREFIX = 'kmm.learn.play.v1.';

function isSavedPlay(value: unknown): value is SavedPlay {
  const v = value as Partial<SavedPlay> | null;
  return !!v && typeof v.storyState === 'string' && typeof v.ended === 'boolean' && !!v.transcript && Array.isArray(v.transcript.lines) && Array.isArray(v.transcript.debrief);
}

/** The saved play-through of a scenario, or null. */
export function loadPlay(key: string): SavedPlay | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isSavedPlay(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves a play-through (best effort: storage may be full or forbidden). */
export function savePlay(key: string, play: Omit<SavedPlay, 'savedAt'>): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ ...play, savedAt: new Date().toISOString() }));
  } catch {
    // Private browsing or a full quota: the play still works, it just cannot be resumed.
  }
}

/** Forgets a saved play-through. */
export function clearPlay(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do.
  }
}
