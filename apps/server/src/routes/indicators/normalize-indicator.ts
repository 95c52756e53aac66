import { analyze } from '@kmm/detector';
import type { IndicatorKind } from './indicators-tables.js';

/**
 * The canonical form of an indicator, or null when the value is not one of its kind:
 * phones in E.164 by the detector's own phone normaliser (so what counsellors confirm is
 * what the detector compares), domains as the lower-case registrable domain of a link or
 * host, phrases trimmed with single spaces (3–200 characters), PDQ hashes as 64 lower-case
 * hex digits.
 */
export function normalizeIndicator(kind: IndicatorKind, raw: string): string | null {
  const value = raw.trim();
  switch (kind) {
    case 'phone':
      return analyze({ phone: value }).phones[0]?.e164 ?? null;
    case 'domain':
      return analyze({ url: value }).links[0]?.domain ?? null;
    case 'phrase': {
      const phrase = value.replace(/\s+/g, ' ');
      return phrase.length >= 3 && phrase.length <= 200 ? phrase : null;
    }
    case 'pdq':
      return /^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : null;
  }
}
