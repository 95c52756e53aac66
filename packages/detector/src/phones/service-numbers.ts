/** A national short number: what it is for, Vietnamese first. */
export interface ServiceNumber {
  kind: 'emergency' | 'shortcode';
  vi: string;
  en: string;
}

/**
 * The national help and reporting numbers a message may mention. Keep these exact: people
 * in trouble act on them.
 */
export const SERVICE_NUMBERS: Readonly<Record<string, ServiceNumber>> = {
  '111': {
    kind: 'emergency',
    vi: '111 là Tổng đài quốc gia bảo vệ trẻ em: miễn phí, 24/7, nghe và giúp khi trẻ em gặp nguy hiểm hay bị xâm hại, kể cả trên mạng.',
    en: '111 is the National Child Protection Hotline: free, 24/7, listens and helps when a child is in danger or being abused, online too.',
  },
  '112': {
    kind: 'emergency',
    vi: '112 là số khẩn cấp tìm kiếm, cứu nạn: miễn phí.',
    en: '112 is the emergency search and rescue number: free.',
  },
  '113': {
    kind: 'emergency',
    vi: '113 là số Công an: gọi khi có nguy hiểm ngay lúc này. Miễn phí.',
    en: '113 is the police: call when there is danger right now. Free.',
  },
  '114': {
    kind: 'emergency',
    vi: '114 là số Cứu hỏa, cứu nạn cứu hộ: gọi khi có cháy hoặc tai nạn cần cứu người. Miễn phí.',
    en: '114 is the fire and rescue service: call for a fire or an accident where people need rescuing. Free.',
  },
  '115': {
    kind: 'emergency',
    vi: '115 là số Cấp cứu: gọi khi có người bị thương, bị ốm nặng hoặc đã uống, hít thứ gì đó. Miễn phí.',
    en: '115 is the ambulance: call when someone is hurt, seriously ill or has swallowed or inhaled something. Free.',
  },
  '156': {
    kind: 'shortcode',
    vi: '156 là tổng đài miễn phí để báo cuộc gọi rác, lừa đảo. Nhắn "TCTM <tên miền>" gửi 156 để kiểm tra một trang web có đáng tin không.',
    en: '156 is the free line to report spam and scam calls. Text "TCTM <domain>" to 156 to check whether a website can be trusted.',
  },
  '5656': {
    kind: 'shortcode',
    vi: '5656 là đầu số nhận tin nhắn báo cáo tin nhắn rác, cuộc gọi rác và lừa đảo.',
    en: '5656 is the number to text to report spam and scam messages and calls.',
  },
};
