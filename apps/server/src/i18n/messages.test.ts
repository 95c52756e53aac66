import { describe, expect, it } from 'vitest';
import { pickLang, translate } from './messages.js';

describe('pickLang', () => {
  it('defaults to Vietnamese', () => {
    expect(pickLang(undefined)).toBe('vi');
    expect(pickLang('fr-FR,de;q=0.8')).toBe('vi');
  });
  it('follows the preferred of vi and en by quality', () => {
    expect(pickLang('en-US,en;q=0.9')).toBe('en');
    expect(pickLang('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLang('vi;q=0.3,en;q=0.7')).toBe('en');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('account_locked', 'en', { minutes: 15 })).toContain('15 minutes');
    expect(translate('account_locked', 'vi', { minutes: 15 })).toContain('15 phút');
  });
});
