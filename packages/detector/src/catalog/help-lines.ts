import type { HelpLine, HelpLineInfo } from './catalog-types.js';

/**
 * The help lines the catalog points people to, with the facts to show. Keep these exact:
 * people in trouble will act on them.
 */
export const HELP_LINES: Record<HelpLine, HelpLineInfo> = {
  '111': {
    number: '111',
    name: { vi: 'Tổng đài quốc gia bảo vệ trẻ em', en: 'National Child Protection Hotline' },
    description: {
      vi: 'Miễn phí, 24/7. Lắng nghe, tư vấn và hỗ trợ khi trẻ em gặp nguy hiểm hay bị xâm hại, cả trên mạng. Có thể liên hệ qua Zalo và ứng dụng.',
      en: 'Free, 24/7. Listens, advises and helps when a child is in danger or being abused, online too. Also reachable via Zalo and an app.',
    },
  },
  '113': {
    number: '113',
    name: { vi: 'Công an', en: 'Police' },
    description: {
      vi: 'Gọi khi có nguy hiểm ngay lúc này: bị đe dọa, bị dụ đi một mình hoặc đang bị giữ ở một nơi lạ.',
      en: 'Call for immediate danger: threats, being lured to go somewhere alone, or being held somewhere unfamiliar.',
    },
  },
  '115': {
    number: '115',
    name: { vi: 'Cấp cứu', en: 'Ambulance' },
    description: {
      vi: 'Gọi khi có người bị thương, tự làm đau mình, hoặc đã uống, hít thứ gì đó.',
      en: 'Call when someone is hurt, has hurt themselves, or has swallowed or inhaled something.',
    },
  },
  '156': {
    number: '156',
    name: { vi: 'Báo cáo cuộc gọi rác, lừa đảo', en: 'Report spam and scam calls' },
    description: {
      vi: 'Gọi hoặc nhắn tin miễn phí để báo cuộc gọi rác, lừa đảo. Nhắn TCTM <tên miền> gửi 156 để kiểm tra độ tin cậy của một trang web.',
      en: "Free calls or texts to report spam and scam calls. Text TCTM <domain> to 156 to check a website's reputation.",
    },
  },
  '5656': {
    number: '5656',
    name: { vi: 'Báo cáo tin nhắn rác, lừa đảo', en: 'Report spam and scam texts' },
    description: {
      vi: 'Nhắn tin đến 5656 để báo tin nhắn và cuộc gọi rác, lừa đảo.',
      en: 'Text 5656 to report spam and scam texts and calls.',
    },
  },
};

/**
 * The national list of scam websites and trusted sites (Tín nhiệm mạng). Shown as a
 * place to look a website up; it is a domain, not a full URL.
 */
export const TRUSTED_WEBSITE_CHECK = 'tinnhiemmang.vn';
