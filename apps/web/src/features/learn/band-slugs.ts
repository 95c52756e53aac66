import { BANDS, type Band } from '@kmm/content';

/** The band of each track in Vietnamese URLs (`/hoc?cap=thcs`). */
export const BAND_SLUGS: Record<Band, string> = {
  primary: 'tieu-hoc',
  lower_secondary: 'thcs',
  upper_secondary: 'thpt',
  university: 'sinh-vien',
  parents: 'phu-huynh',
};

/** The band named by a URL slug (or a band id), if any. */
export function bandOfSlug(slug: string | null | undefined): Band | undefined {
  if (!slug) return undefined;
  return BANDS.find((band) => BAND_SLUGS[band] === slug || band === slug);
}

const STORAGE_KEY = 'kmm.learn.band';

/** The band this device chose last time. */
export function rememberedBand(): Band | undefined {
  try {
    return bandOfSlug(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Remembers the chosen band on this device. */
export function rememberBand(band: Band): void {
  try {
    localStorage.setItem(STORAGE_KEY, band);
  } catch {
    // Nothing to do: the URL still carries the band.
  }
}
