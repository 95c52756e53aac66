import type { PhoneReason } from './phone-finding.js';

/**
 * What each phone reason means, Vietnamese first, short enough for a 12-year-old. The
 * finding's `detail` (country code, help-line number…) can be shown next to it; each help
 * line is described in {@link SERVICE_NUMBERS}.
 */
export const PHONE_REASONS: Record<PhoneReason, { vi: string; en: string }> = {
  reported: {
    vi: 'Số điện thoại này đã bị báo cáo là lừa đảo. Đừng nghe máy, đừng gọi lại và kể ngay cho người lớn em tin.',
    en: 'This number has been reported as a scam. Do not answer or call back, and tell an adult you trust right away.',
  },
  foreign_number: {
    vi: 'Đây là số nước ngoài. Công an, ngân hàng hay nhà mạng Việt Nam không gọi cho em bằng số nước ngoài; kẻ lừa đảo hay giả danh họ từ nước ngoài.',
    en: 'This is a foreign number. Vietnamese police, banks or phone companies do not call you from abroad; scammers often pretend to be them from other countries.',
  },
  invalid_prefix: {
    vi: 'Đầu số này không thuộc nhà mạng nào ở Việt Nam, nên số có thể bị ghi sai hoặc là số giả.',
    en: 'This prefix does not belong to any Vietnamese network, so the number may be mistyped or fake.',
  },
  wrong_length: {
    vi: 'Số này thừa hoặc thiếu chữ số so với số điện thoại Việt Nam (di động có 10 số, bắt đầu bằng 0).',
    en: 'This number has too many or too few digits for a Vietnamese phone number (mobiles have 10 digits starting with 0).',
  },
  premium_rate: {
    vi: 'Gọi đầu số 1900 bị tính tiền cao hơn cuộc gọi thường, tính theo từng phút. Đừng gọi khi người lạ bảo em gọi để nhận quà.',
    en: 'Calls to 1900 numbers cost more than normal calls, charged by the minute. Do not call one because a stranger says you will get a prize.',
  },
  old_11_digit_format: {
    vi: 'Số di động 11 số đã được đổi sang 10 số từ năm 2018. Tin nhắn còn dùng số kiểu cũ có thể đã cũ hoặc là giả.',
    en: 'Mobile numbers with 11 digits were changed to 10 digits in 2018. A message still using the old form may be old or fake.',
  },
  official_help_line: {
    vi: 'Đây là số chính thức của Nhà nước để nhờ giúp đỡ hoặc báo lừa đảo, không phải số của người lạ.',
    en: 'This is an official government number for getting help or reporting scams, not a stranger\'s number.',
  },
};
