import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.js';
import { errorMessage, serverFieldErrors } from './form-errors.js';

const refused = new ApiError(400, 'validation', 'Một số thông tin chưa hợp lệ, vui lòng kiểm tra lại.', [
  { field: 'name', message: 'Vui lòng nhập tên.' },
  { field: 'provinces.0', message: 'Không tìm thấy tỉnh/thành này.' },
  { field: 'provinces.2', message: 'Tỉnh/thành bị trùng.' },
]);

describe('serverFieldErrors', () => {
  it('gives each form field the first message the server sent for it, by the path’s first part', () => {
    expect(serverFieldErrors(refused)).toEqual({ name: 'Vui lòng nhập tên.', provinces: 'Không tìm thấy tỉnh/thành này.' });
  });

  it('lets the form name the field a path belongs to, and leave out paths it has no field for', () => {
    const fieldOf = (path: string) => (path.startsWith('provinces.') ? `province-${path.split('.')[1]}` : null);
    expect(serverFieldErrors(refused, fieldOf)).toEqual({ 'province-0': 'Không tìm thấy tỉnh/thành này.', 'province-2': 'Tỉnh/thành bị trùng.' });
  });

  it('has no field messages for an error that is not the server’s refusal', () => {
    expect(serverFieldErrors(new TypeError('Failed to fetch'))).toEqual({});
    expect(serverFieldErrors(null)).toEqual({});
    expect(serverFieldErrors(new ApiError(409, 'conflict', 'Đã có rồi.'))).toEqual({});
  });
});

describe('errorMessage', () => {
  it('shows the server’s own message, else the fallback, and nothing without an error', () => {
    expect(errorMessage(refused, 'Có lỗi xảy ra.')).toBe('Một số thông tin chưa hợp lệ, vui lòng kiểm tra lại.');
    expect(errorMessage(new TypeError('Failed to fetch'), 'Có lỗi xảy ra.')).toBe('Có lỗi xảy ra.');
    expect(errorMessage(null, 'Có lỗi xảy ra.')).toBeNull();
  });
});
