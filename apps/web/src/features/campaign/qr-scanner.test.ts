import { describe, expect, it } from 'vitest';
import { cameraProblem, RepeatFilter } from './qr-scanner.js';

describe('QR scanner', () => {
  it('lets a code through once while it stays in view, and again after it was gone a while', () => {
    const filter = new RepeatFilter(3000);
    expect(filter.accept('VE-AAAA-2222', 0)).toBe(true);
    expect(filter.accept('VE-AAAA-2222', 2000)).toBe(false);
    expect(filter.accept('VE-AAAA-2222', 4500)).toBe(false);
    expect(filter.accept('VE-BBBB-3333', 4600)).toBe(true);
    expect(filter.accept('VE-AAAA-2222', 8000)).toBe(true);
  });

  it('tells a refused permission from a missing or busy camera', () => {
    expect(cameraProblem(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('none', 'NotFoundError'))).toBe('no_camera');
    expect(cameraProblem(new DOMException('busy', 'NotReadableError'))).toBe('busy');
    expect(cameraProblem(new TypeError('getUserMedia'))).toBe('unsupported');
  });
});
