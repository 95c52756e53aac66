import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_STORAGE_KEY, EMPTY_DRAFT, lines, loadDraft, saveDraft, toggleScheme, withSendKey, type DraftStore } from './report-draft.js';

function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('report draft', () => {
  it('saves, loads and clears what was typed', () => {
    const store = memoryStore();
    expect(loadDraft(store)).toBeNull();
    const draft = { ...EMPTY_DRAFT, narrative: 'Có người bảo em thuê phòng', provinceId: 'ha-noi', schemes: ['online_kidnapping'], emergency: true };
    expect(saveDraft(draft, store)).toBe(true);
    expect(loadDraft(store)).toEqual(draft);
    clearDraft(store);
    expect(loadDraft(store)).toBeNull();
  });

  it('does not keep an empty form', () => {
    const store = memoryStore();
    saveDraft({ ...EMPTY_DRAFT, narrative: 'x' }, store);
    saveDraft({ ...EMPTY_DRAFT, narrative: '   ' }, store);
    expect(store.map.has(DRAFT_STORAGE_KEY)).toBe(false);
  });

  it('survives garbage and drops unknown values', () => {
    const store = memoryStore();
    store.setItem(DRAFT_STORAGE_KEY, '{oops');
    expect(loadDraft(store)).toBeNull();
    store.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ narrative: 'a', reporter: 'alien', ageBand: 'primary', schemes: ['grooming', 3], pending: 'yes' }));
    expect(loadDraft(store)).toEqual({ ...EMPTY_DRAFT, narrative: 'a', ageBand: 'primary', schemes: ['grooming'] });
  });

  it('keeps one send key per draft, through a reload', () => {
    const store = memoryStore();
    let n = 0;
    const newKey = () => `00000000-0000-4000-8000-00000000000${++n}`;
    const keyed = withSendKey({ ...EMPTY_DRAFT, narrative: 'x' }, newKey);
    expect(keyed.sendKey).toBe('00000000-0000-4000-8000-000000000001');
    expect(withSendKey(keyed, newKey)).toBe(keyed);
    saveDraft(keyed, store);
    expect(loadDraft(store)?.sendKey).toBe(keyed.sendKey);
    store.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ narrative: 'x', sendKey: 'not a key' }));
    expect(loadDraft(store)?.sendKey).toBe('');
  });

  it('reports a storage that refuses to write instead of throwing', () => {
    const store: DraftStore = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveDraft({ ...EMPTY_DRAFT, narrative: 'x' }, store)).toBe(false);
    expect(saveDraft({ ...EMPTY_DRAFT, narrative: 'x' }, null)).toBe(false);
  });

  it('splits one-per-line fields and keeps "unknown" exclusive', () => {
    expect(lines(' 0912 345 678 \n\n https://a.vn\r\n')).toEqual(['0912 345 678', 'https://a.vn']);
    expect(toggleScheme(['grooming'], 'unknown', true)).toEqual(['unknown']);
    expect(toggleScheme(['unknown'], 'sextortion', true)).toEqual(['sextortion']);
    expect(toggleScheme(['grooming', 'sextortion'], 'grooming', false)).toEqual(['sextortion']);
  });
});
