import type { RiskLevel } from '../types.js';
import type { RiskInfo } from './catalog-types.js';

/**
 * How each risk level is named and summarised. `safe` never claims a message is guaranteed
 * safe: the detector can only say it found no warning sign. `emergency` puts the call
 * buttons first.
 */
export const RISKS: Record<RiskLevel, RiskInfo> = {
  safe: {
    name: { vi: 'Chưa thấy dấu hiệu đáng ngờ', en: 'No warning signs found' },
    summary: {
      vi: 'Chưa thấy dấu hiệu lừa đảo hay nguy hiểm, nhưng không công cụ nào chắc chắn được 100%. Hãy tin vào cảm giác của em; nếu thấy lo, hỏi một người lớn em tin.',
      en: 'No signs of a scam or danger were found, but no tool can be 100% sure. Trust your feelings; if you feel uneasy, ask an adult you trust.',
    },
  },
  caution: {
    name: { vi: 'Cần cẩn thận', en: 'Be careful' },
    summary: {
      vi: 'Có một dấu hiệu đáng ngờ. Đừng làm theo vội: kiểm tra lại và hỏi người lớn trước.',
      en: 'There is one warning sign. Do not act yet: check first and ask an adult.',
    },
  },
  danger: {
    name: { vi: 'Nguy hiểm', en: 'Danger' },
    summary: {
      vi: 'Đây giống một chiêu lừa đảo hoặc thao túng đã biết. Đừng làm theo, ngừng trả lời và kể với một người lớn em tin.',
      en: 'This looks like a known scam or manipulation trick. Do not follow it, stop replying and tell an adult you trust.',
    },
  },
  emergency: {
    name: { vi: 'Khẩn cấp', en: 'Emergency' },
    summary: {
      vi: 'Có thể có người đang gặp nguy hiểm ngay lúc này. Bấm nút gọi trước: 113 nếu đang gặp nguy hiểm, 115 nếu có người bị thương, 111 để được giúp đỡ.',
      en: 'Someone may be in danger right now. Use the call buttons first: 113 for immediate danger, 115 if someone is hurt, 111 for help and advice.',
    },
  },
};
