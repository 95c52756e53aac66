import type { AgeBand, Reporter } from '../../api/api-types.js';

/** Where the report being written is kept, so nothing typed is lost to a reload or a dropped connection. */
export const DRAFT_STORAGE_KEY = 'kmm.help.reportDraft';

/** Everything typed into the report form (screenshots stay in memory: too big for storage). */
export interface ReportDraft {
  reporter: Reporter | '';
  ageBand: AgeBand | '';
  provinceId: string;
  /** Scheme ids, or `['unknown']`. */
  schemes: string[];
  narrative: string;
  conversation: string;
  /** One per line, as typed. */
  links: string;
  phones: string;
  nickname: string;
  wantsContact: boolean;
  contact: string;
  contactConsent: boolean;
  emergency: boolean;
  /** A send was tried and did not go through. */
  pending: boolean;
  /**
   * The `Idempotency-Key` of this draft's sends ('' until the first): kept through retries
   * and reloads, so a send whose answer was lost gives back the same case instead of a second.
   */
  sendKey: string;
}

export const EMPTY_DRAFT: ReportDraft = {
  reporter: '',
  ageBand: '',
  provinceId: '',
  schemes: [],
  narrative: '',
  conversation: '',
  links: '',
  phones: '',
  nickname: '',
  wantsContact: false,
  contact: '',
  contactConsent: false,
  emergency: false,
  pending: false,
  sendKey: '',
};

export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStore(): DraftStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const REPORTERS: readonly string[] = ['child', 'parent', 'teacher', 'other'];
const AGE_BANDS: readonly string[] = ['primary', 'lower_secondary', 'upper_secondary', 'university', 'adult'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const bool = (v: unknown): boolean => v === true;

/** The saved draft (merged over an empty one, unknown values dropped), or null when none. */
export function loadDraft(store: DraftStore | null = defaultStore()): ReportDraft | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) return null;
    const reporter = str(v.reporter);
    const ageBand = str(v.ageBand);
    return {
      reporter: REPORTERS.includes(reporter) ? (reporter as Reporter) : '',
      ageBand: AGE_BANDS.includes(ageBand) ? (ageBand as AgeBand) : '',
      provinceId: str(v.provinceId),
      schemes: Array.isArray(v.schemes) ? v.schemes.filter((s): s is string => typeof s === 'string') : [],
      narrative: str(v.narrative),
      conversation: str(v.conversation),
      links: str(v.links),
      phones: str(v.phones),
      nickname: str(v.nickname),
      wantsContact: bool(v.wantsContact),
      contact: str(v.contact),
      contactConsent: bool(v.contactConsent),
      emergency: bool(v.emergency),
      pending: bool(v.pending),
      sendKey: UUID.test(str(v.sendKey)) ? str(v.sendKey) : '',
    };
  } catch {
    return null;
  }
}

/** Whether a draft holds anything the person typed or chose (an empty form is not kept). */
export function isEmptyDraft(draft: ReportDraft): boolean {
  return (
    !draft.reporter &&
    !draft.ageBand &&
    !draft.provinceId &&
    draft.schemes.length === 0 &&
    [draft.narrative, draft.conversation, draft.links, draft.phones, draft.nickname, draft.contact].every((s) => s.trim() === '') &&
    !draft.pending
  );
}

/** Saves the draft; returns false when storage refused (full or forbidden). */
export function saveDraft(draft: ReportDraft, store: DraftStore | null = defaultStore()): boolean {
  if (!store) return false;
  try {
    if (isEmptyDraft(draft)) store.removeItem(DRAFT_STORAGE_KEY);
    else store.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The draft with a send key, a new random one when it has none yet. */
export function withSendKey(draft: ReportDraft, newKey: () => string = () => crypto.randomUUID()): ReportDraft {
  return draft.sendKey ? draft : { ...draft, sendKey: newKey() };
}

/** Forgets the draft (after a successful send, or when the person asks). */
export function clearDraft(store: DraftStore | null = defaultStore()): void {
  try {
    store?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing more can be done.
  }
}

/** Non-empty trimmed lines of a one-per-line field. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Ticks a scheme; "unknown" and the named schemes exclude each other. */
export function toggleScheme(schemes: readonly string[], scheme: string, on: boolean): string[] {
  if (!on) return schemes.filter((s) => s !== scheme);
  if (scheme === 'unknown') return ['unknown'];
  return [...schemes.filter((s) => s !== 'unknown' && s !== scheme), scheme];
}
