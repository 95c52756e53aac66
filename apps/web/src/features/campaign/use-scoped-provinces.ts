import { useEffect, useState } from 'react';
import { api } from '../../api/api-client.js';
import type { Province } from '../../api/api-types.js';
import { useSession } from '../auth/index.js';

/**
 * The provinces a user may pick in the campaign lists: all 34 for national staff, their own
 * for a provincial organiser (`own`), whom the server limits to it anyway; `all` for names.
 */
export function useScopedProvinces(): { provinces: Province[]; all: Province[]; own: string | null } {
  const { user } = useSession();
  const own = user?.provinceId ?? null;
  const [all, setAll] = useState<Province[]>([]);
  useEffect(() => {
    // Without names the filters offer no province and show ids; the lists still load.
    api.provinces().then(
      (r) => setAll(r.provinces),
      () => setAll([]),
    );
  }, []);
  return { provinces: own ? all.filter((p) => p.id === own) : all, all, own };
}
