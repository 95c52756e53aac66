import type { LinkReason } from './link-finding.js';

/**
 * What each link reason means, for the person reading the result: Vietnamese first, then
 * English, short enough for a 12-year-old. The finding's `detail` (brand, word, TLD…) can
 * be shown next to it.
 */
export const LINK_REASONS: Record<LinkReason, { vi: string; en: string }> = {
  lookalike_domain: {
    vi: 'Tên trang web gần giống tên thật của một ngân hàng, ứng dụng hay trò chơi, chỉ khác một vài chữ. Kẻ gian hay làm vậy để em tưởng là trang thật.',
    en: 'The website name is almost the same as the real name of a bank, app or game, with only a letter or two changed. Scammers do this so you think it is the real site.',
  },
  brand_in_subdomain: {
    vi: 'Tên một thương hiệu nổi tiếng được đặt ở phần đầu địa chỉ, nhưng phần tên miền thật ở cuối lại của người khác. Trang thật không dùng địa chỉ như vậy.',
    en: 'A well-known brand name is placed at the start of the address, but the real domain at the end belongs to someone else. The real site does not use addresses like this.',
  },
  brand_in_hyphenated_domain: {
    vi: 'Tên miền ghép tên một thương hiệu với chữ khác (như "-xacminh", "-quatang"). Thương hiệu thật không đặt tên trang web như vậy.',
    en: 'The domain joins a brand name with other words (like "-verify" or "-gift"). Real brands do not name their websites like this.',
  },
  homoglyph: {
    vi: 'Địa chỉ dùng chữ cái hoặc số trông giống chữ thật (như số 0 thay chữ o, hay chữ nước ngoài trông như chữ a) để giả làm một trang quen thuộc.',
    en: 'The address uses letters or numbers that look like real ones (such as 0 for o, or a foreign letter that looks like a) to pass as a familiar site.',
  },
  punycode: {
    vi: 'Địa chỉ có ký tự đặc biệt được mã hóa (bắt đầu bằng "xn--"). Trên màn hình nó có thể trông giống hệt một trang quen thuộc.',
    en: 'The address contains encoded special characters (starting with "xn--"). On screen it can look exactly like a familiar site.',
  },
  ip_host: {
    vi: 'Đường link chỉ là một dãy số thay vì tên trang web. Ngân hàng, trò chơi hay cơ quan nhà nước thật không gửi link như vậy.',
    en: 'The link is just a string of numbers instead of a website name. Real banks, games or government offices do not send links like this.',
  },
  shortener: {
    vi: 'Đây là link rút gọn: em không thể biết nó sẽ dẫn tới trang nào cho đến khi bấm vào. Đừng bấm nếu không chắc người gửi là ai.',
    en: 'This is a shortened link: you cannot tell where it leads until you open it. Do not open it unless you are sure who sent it.',
  },
  risky_tld: {
    vi: 'Đuôi tên miền này rẻ và dễ đăng ký, nên hay bị dùng cho trang lừa đảo.',
    en: 'This domain ending is cheap and easy to register, so it is often used for scam pages.',
  },
  lure_word: {
    vi: 'Địa chỉ có chữ để dụ bấm vào, như "quà tặng", "nạp thẻ", "xác minh", "miễn phí".',
    en: 'The address contains bait words such as "gift", "top-up", "verify" or "free".',
  },
  credential_path: {
    vi: 'Đường link dẫn tới trang đăng nhập hoặc xác minh tài khoản. Chỉ đăng nhập trong ứng dụng thật hoặc trang em tự gõ địa chỉ.',
    en: 'The link leads to a login or account verification page. Only sign in through the real app or an address you typed yourself.',
  },
  userinfo_trick: {
    vi: 'Đường link có dấu "@": phần đứng trước "@" chỉ để đánh lừa, trang thật sẽ mở là phần đứng sau.',
    en: 'The link contains "@": the part before "@" is only there to fool you, the site that opens is the part after it.',
  },
  nonstandard_port: {
    vi: 'Đường link có thêm dấu hai chấm và số (cổng lạ) sau tên trang. Trang web bình thường hiếm khi như vậy.',
    en: 'The link has a colon and a number (an unusual port) after the site name. Normal websites rarely look like this.',
  },
  free_hosting: {
    vi: 'Trang này nằm trên dịch vụ cho phép ai cũng tạo được trang web miễn phí, nên không biết ai là chủ.',
    en: 'This page is on a service where anyone can make a website for free, so you cannot tell who owns it.',
  },
  reported: {
    vi: 'Đường link này đã bị báo cáo là lừa đảo.',
    en: 'This link has been reported as a scam.',
  },
};
