import { describe, expect, it } from 'vitest';
import { contactInitials } from './contact-initials.js';

describe('contactInitials', () => {
  it('takes the first letters of the first two words', () => {
    expect(contactInitials('Chú Công An')).toBe('CC');
    expect(contactInitials('BeNa_TangQua2015')).toBe('BT');
    expect(contactInitials('đức anh')).toBe('ĐA');
    expect(contactInitials('  ')).toBe('?');
  });
});
