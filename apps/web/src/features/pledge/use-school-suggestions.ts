import { useEffect, useState } from 'react';
import { api } from '../../api/api-client.js';

/**
 * School names matching what has been typed (two characters or more), fetched after a
 * short pause so each keystroke does not cost a request; empty when offline or on error.
 */
export function useSchoolSuggestions(query: string, provinceId: string): string[] {
  const q = query.trim();
  const key = `${provinceId}|${q}`;
  const [found, setFound] = useState<{ key: string; names: string[] } | null>(null);
  useEffect(() => {
    if (q.length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      api.schoolNames(q, provinceId || undefined).then(
        (r) => current && setFound({ key, names: r.schools.map((s) => s.name) }),
        () => current && setFound({ key, names: [] }),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, provinceId, key]);
  // Answers to an earlier query are not shown for the current one.
  return q.length >= 2 && found?.key === key ? found.names : [];
}
