import type { AdviceStep } from './catalog-types.js';

/**
 * Advice shown when no particular scheme explains the result (or next to a scheme's own
 * advice). `danger` has none on purpose: a danger result always names a scheme, whose
 * advice is more concrete.
 */
export const GENERIC_ADVICE: Record<
  'safe' | 'caution' | 'emergency',
  { child: AdviceStep[]; parent: AdviceStep[] }
> = {
  safe: {
    child: [
      {
        id: 'generic.safe.child.trust_feelings',
        text: {
          vi: 'Hãy tin vào cảm giác của em. Nếu thấy có gì không ổn, dừng lại và hỏi người lớn.',
          en: 'Trust your feelings. If something feels wrong, stop and ask an adult.',
        },
      },
      {
        id: 'generic.safe.child.keep_private',
        text: {
          vi: 'Không gửi mật khẩu, mã OTP, địa chỉ nhà hay ảnh riêng tư cho ai trên mạng.',
          en: 'Never send passwords, OTP codes, your home address or private photos to anyone online.',
        },
      },
      {
        id: 'generic.safe.child.check_again',
        text: {
          vi: 'Nếu người đó đòi tiền, đòi giữ bí mật hay rủ gặp mặt, hãy kiểm tra lại tin nhắn mới.',
          en: 'If the person later asks for money, for secrecy or to meet, check the new message again.',
        },
      },
    ],
    parent: [
      {
        id: 'generic.safe.parent.keep_talking',
        text: {
          vi: 'Thường xuyên hỏi con đang chơi, nói chuyện với ai trên mạng, với thái độ tò mò chứ không tra hỏi.',
          en: 'Regularly ask who your child plays and talks with online, with curiosity rather than interrogation.',
        },
      },
      {
        id: 'generic.safe.parent.open_door',
        text: {
          vi: 'Nhắc con rằng con có thể kể bất cứ chuyện gì mà không bị mắng hay bị tịch thu điện thoại.',
          en: 'Remind your child they can tell you anything without being scolded or losing their phone.',
        },
      },
      {
        id: 'generic.safe.parent.check_together',
        text: {
          vi: 'Cùng con kiểm tra tin nhắn, link hay số điện thoại lạ mỗi khi con thấy băn khoăn.',
          en: 'Check strange messages, links or numbers together whenever your child is unsure.',
        },
      },
    ],
  },
  caution: {
    child: [
      {
        id: 'generic.caution.child.slow_down',
        text: {
          vi: 'Đừng vội. Chưa trả lời, chưa bấm link, chưa làm theo.',
          en: 'Slow down. Do not reply, tap the link or do what it says yet.',
        },
      },
      {
        id: 'generic.caution.child.nothing_sent',
        text: {
          vi: 'Không gửi tiền, mã OTP, mật khẩu hay ảnh.',
          en: 'Do not send money, OTP codes, passwords or photos.',
        },
      },
      {
        id: 'generic.caution.child.screenshot',
        text: {
          vi: 'Chụp màn hình tin nhắn để giữ làm bằng chứng.',
          en: 'Take a screenshot of the message to keep as evidence.',
        },
      },
      {
        id: 'generic.caution.child.ask_adult',
        text: {
          vi: 'Hỏi bố mẹ, thầy cô hoặc một người lớn em tin trước khi làm gì.',
          en: 'Ask your parents, a teacher or another adult you trust before doing anything.',
        },
      },
    ],
    parent: [
      {
        id: 'generic.caution.parent.verify',
        text: {
          vi: 'Xác minh bằng cách tự gọi số chính thức của người hoặc cơ quan được nhắc đến, không dùng số trong tin nhắn.',
          en: 'Verify by calling the official number of the person or organisation yourself, not the number in the message.',
        },
      },
      {
        id: 'generic.caution.parent.check_link',
        text: {
          vi: 'Kiểm tra trang web trên tinnhiemmang.vn, hoặc nhắn TCTM <tên miền> gửi 156.',
          en: 'Check the website on tinnhiemmang.vn, or text TCTM <domain> to 156.',
        },
        helpLine: '156',
      },
      {
        id: 'generic.caution.parent.report_5656',
        text: {
          vi: 'Nếu là tin nhắn rác, lừa đảo, báo cáo qua 5656.',
          en: 'If it is a spam or scam text, report it to 5656.',
        },
        helpLine: '5656',
      },
    ],
  },
  emergency: {
    child: [
      {
        id: 'generic.emergency.child.call_113',
        text: {
          vi: 'Nếu em đang gặp nguy hiểm hoặc đang ở một mình ở nơi lạ, gọi 113 ngay.',
          en: 'If you are in danger or alone somewhere unfamiliar, call 113 now.',
        },
        helpLine: '113',
      },
      {
        id: 'generic.emergency.child.call_115',
        text: {
          vi: 'Nếu có người bị thương hoặc đã uống, hít thứ gì đó, gọi 115 ngay.',
          en: 'If someone is hurt or has swallowed or inhaled something, call 115 now.',
        },
        helpLine: '115',
      },
      {
        id: 'generic.emergency.child.call_parents',
        text: {
          vi: 'Gọi bố mẹ hoặc một người lớn em tin. Không đi đâu một mình và không giữ bí mật.',
          en: 'Call your parents or an adult you trust. Do not go anywhere alone and do not keep it secret.',
        },
      },
      {
        id: 'generic.emergency.child.call_111',
        text: {
          vi: 'Gọi 111 (miễn phí, 24/7) để được giúp đỡ. Đây không phải lỗi của em. Em không một mình.',
          en: 'Call 111 (free, 24/7) for help. This is not your fault. You are not alone.',
        },
        helpLine: '111',
      },
    ],
    parent: [
      {
        id: 'generic.emergency.parent.reach_child',
        text: {
          vi: 'Liên lạc ngay với con bằng số quen thuộc. Nếu không được hoặc con đang gặp nguy hiểm, gọi 113.',
          en: 'Reach your child at once on the number you know. If you cannot, or they are in danger, call 113.',
        },
        helpLine: '113',
      },
      {
        id: 'generic.emergency.parent.call_115',
        text: {
          vi: 'Gọi 115 nếu có người bị thương hoặc đã uống, hít thứ gì đó.',
          en: 'Call 115 if someone is hurt or has swallowed or inhaled something.',
        },
        helpLine: '115',
      },
      {
        id: 'generic.emergency.parent.no_transfer',
        text: {
          vi: 'Không chuyển tiền cho bất kỳ ai đang đe dọa; nếu đã chuyển, gọi ngay ngân hàng để yêu cầu phong tỏa.',
          en: 'Do not send money to anyone making threats; if you already did, call the bank at once to ask for a freeze.',
        },
      },
      {
        id: 'generic.emergency.parent.no_blame',
        text: {
          vi: 'Ở bên con, không trách mắng. Hãy nói: "Đây không phải lỗi của con. Con không một mình."',
          en: 'Stay with your child and do not scold. Say: "This is not your fault. You are not alone."',
        },
      },
    ],
  },
};
