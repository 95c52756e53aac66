import { useEffect } from 'react';
import { api } from '../../../api/api-client.js';
import { useSession } from '../../auth/index.js';
import { mergeProgress } from './learn-progress.js';
import { getProgress, setOnRecorded, setProgress } from './progress-store.js';

let syncedUser: string | null = null;

async function push(): Promise<void> {
  try {
    const { items } = await api.putLearnProgress(getProgress());
    // Keep what was recorded while the request was on its way.
    setProgress(mergeProgress(getProgress(), items));
  } catch {
    // Offline or signed out meanwhile: the device keeps the progress; the next sync sends it.
  }
}

/**
 * When someone is signed in, merges this device's progress into their account (once per
 * sign-in and page load) and sends every new result afterwards. Anonymous learners keep
 * their progress on the device only.
 */
export function useProgressSync(): void {
  const { user } = useSession();
  const userId = user?.id ?? null;
  useEffect(() => {
    if (user === undefined) return;
    if (userId === null) {
      syncedUser = null;
      setOnRecorded(null);
      return;
    }
    setOnRecorded(() => void push());
    if (syncedUser === userId) return;
    syncedUser = userId;
    void push();
  }, [user, userId]);
}
