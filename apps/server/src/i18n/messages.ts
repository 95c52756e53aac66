/** Languages the API answers in; Vietnamese first. */
export type Lang = 'vi' | 'en';

/** Every error message the API can send, by code. */
export const MESSAGES = {
  not_found: { vi: 'Không tìm thấy địa chỉ này.', en: 'This address was not found.' },
  invalid_json: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  validation: {
    vi: 'Một số thông tin chưa hợp lệ, vui lòng kiểm tra lại.',
    en: 'Some fields are not valid; please check them.',
  },
  body_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  unsupported_media_type: {
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  rate_limited: {
    vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  unauthenticated: { vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện việc này.', en: 'You are not allowed to do this.' },
  csrf: {
    vi: 'Phiên làm việc đã hết hạn, vui lòng tải lại trang.',
    en: 'Your session has expired; please reload the page.',
  },
  invalid_credentials: {
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'The email or password is not correct.',
  },
  account_locked: {
    vi: 'Tài khoản tạm bị khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'This account is locked for a while after too many wrong passwords. Try again in {minutes} minutes.',
  },
  email_taken: { vi: 'Email này đã được dùng.', en: 'This email is already in use.' },
  internal: {
    vi: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.',
    en: 'Something went wrong on the server. Please try again later.',
  },
  unavailable: {
    vi: 'Máy chủ đang tạm dừng, vui lòng thử lại sau.',
    en: 'The server is shutting down; please try again shortly.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof MESSAGES;

/** The message for `code` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(code: MessageCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Picks `en` only when the client prefers English over Vietnamese; Vietnamese otherwise. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.startsWith('vi') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'vi';
}
