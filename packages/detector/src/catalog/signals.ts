import type { SignalId } from '../types.js';
import type { SignalInfo } from './catalog-types.js';

/**
 * Names, explanations and self-check questions for every red-flag signal of the taxonomy.
 * The explanation says what the red flag looks like; the question is one a child can ask
 * themselves when they see it highlighted.
 */
export const SIGNALS: Record<SignalId, SignalInfo> = {
  authority_claim: {
    name: { vi: 'Tự xưng là cơ quan chức năng', en: 'Claims to be an authority' },
    explanation: {
      vi: 'Người nhắn tự nhận là công an, tòa án, viện kiểm sát, ngân hàng hay cơ quan nhà nước.',
      en: 'The sender says they are the police, a court, a prosecutor, a bank or a government office.',
    },
    question: {
      vi: 'Công an thật có bao giờ làm việc với trẻ em qua tin nhắn hay video call không?',
      en: 'Would real police ever deal with a child by text or video call?',
    },
  },
  accusation_threat: {
    name: { vi: 'Buộc tội, đe dọa', en: 'Accusation or threat' },
    explanation: {
      vi: 'Người nhắn nói em phạm tội, sắp bị bắt, bị phạt hay bị khóa tài khoản để làm em sợ.',
      en: 'The sender says you broke the law, will be arrested, fined or have your account locked, to scare you.',
    },
    question: {
      vi: 'Họ có đang làm mình sợ để mình không kịp suy nghĩ không?',
      en: 'Are they trying to scare me so I do not stop to think?',
    },
  },
  secrecy: {
    name: { vi: 'Đòi giữ bí mật', en: 'Demands secrecy' },
    explanation: {
      vi: 'Người nhắn dặn em không được kể với bố mẹ, thầy cô hay bạn bè.',
      en: 'The sender tells you not to tell your parents, teachers or friends.',
    },
    question: {
      vi: 'Người thật có bao giờ bắt em giữ bí mật với bố mẹ không?',
      en: 'Would a real person ever make me keep secrets from my parents?',
    },
  },
  isolation: {
    name: { vi: 'Cô lập, tách khỏi gia đình', en: 'Isolation from family' },
    explanation: {
      vi: 'Người nhắn bảo em đi đến chỗ lạ, thuê phòng một mình, tắt định vị hoặc không liên lạc với gia đình.',
      en: 'The sender tells you to go somewhere unfamiliar, rent a room alone, turn off your location or cut contact with your family.',
    },
    question: {
      vi: 'Tại sao họ muốn em ở một mình, không ai biết em ở đâu?',
      en: 'Why do they want me alone, where nobody knows where I am?',
    },
  },
  urgency: {
    name: { vi: 'Giục làm gấp', en: 'Pressure to hurry' },
    explanation: {
      vi: 'Người nhắn giục "ngay bây giờ", "chỉ còn 5 phút" để em không kịp suy nghĩ hay hỏi ai.',
      en: 'The sender pushes "right now" or "only 5 minutes left" so you have no time to think or ask anyone.',
    },
    question: {
      vi: 'Nếu mình chờ 10 phút để hỏi bố mẹ thì có sao không?',
      en: 'What would really go wrong if I waited 10 minutes to ask my parents?',
    },
  },
  money_request: {
    name: { vi: 'Đòi chuyển tiền', en: 'Asks for money' },
    explanation: {
      vi: 'Người nhắn xin hoặc đòi em chuyển tiền, gửi mã thẻ nạp hay nạp ví điện tử.',
      en: 'The sender asks or demands that you send money, top-up card codes or e-wallet credit.',
    },
    question: {
      vi: 'Mình đã thật sự biết người này ngoài đời chưa, và bố mẹ có biết không?',
      en: 'Do I really know this person in real life, and do my parents know about this?',
    },
  },
  deposit_first: {
    name: { vi: 'Bắt trả tiền trước', en: 'Pay-first demand' },
    explanation: {
      vi: 'Em phải đặt cọc, nộp phí hay đóng thuế trước thì mới nhận được quà, việc làm, khoản vay hay món hàng.',
      en: 'You must pay a deposit, fee or tax first before you get the gift, job, loan or item.',
    },
    question: {
      vi: 'Tại sao mình phải trả tiền để nhận một thứ được gọi là "miễn phí"?',
      en: 'Why would I have to pay to get something called "free"?',
    },
  },
  credential_request: {
    name: { vi: 'Xin mật khẩu, mã OTP', en: 'Asks for passwords or codes' },
    explanation: {
      vi: 'Người nhắn xin mật khẩu, mã OTP, mã xác minh hoặc bảo em đăng nhập qua link họ gửi.',
      en: 'The sender asks for your password, OTP or verification code, or tells you to log in through their link.',
    },
    question: {
      vi: 'Nếu đưa mã này, ai sẽ vào được tài khoản của mình?',
      en: 'If I hand over this code, who gets into my account?',
    },
  },
  personal_info_request: {
    name: { vi: 'Hỏi thông tin cá nhân', en: 'Asks for personal information' },
    explanation: {
      vi: 'Người nhắn hỏi địa chỉ nhà, tên trường, lớp, số điện thoại, số căn cước hay giờ giấc đi lại của em.',
      en: 'The sender asks for your home address, school, class, phone number, ID number or daily routine.',
    },
    question: {
      vi: 'Người này cần biết nhà, trường của em để làm gì?',
      en: 'Why does this person need to know where I live or go to school?',
    },
  },
  photo_request: {
    name: { vi: 'Xin ảnh, video riêng tư', en: 'Asks for private photos or video' },
    explanation: {
      vi: 'Người nhắn xin ảnh, video cơ thể em, rủ bật webcam, hoặc hứa "chỉ mình anh xem thôi".',
      en: 'The sender asks for photos or videos of your body, wants you on webcam, or promises "only I will see it".',
    },
    question: {
      vi: 'Một người thật sự tôn trọng em có xin những bức ảnh như thế này không?',
      en: 'Would someone who truly respects me ask for pictures like this?',
    },
  },
  flattery_trust: {
    name: { vi: 'Khen ngợi, tạo lòng tin quá mức', en: 'Flattery and false closeness' },
    explanation: {
      vi: 'Người nhắn khen quá lời, nói "chỉ anh hiểu em", "em đặc biệt lắm" để em tin họ hơn tin gia đình.',
      en: 'The sender over-praises you and says things like "only I understand you" or "you\'re so special" so you trust them more than your family.',
    },
    question: {
      vi: 'Người này quen em bao lâu mà đã nói hiểu em hơn bố mẹ?',
      en: 'How long have they known me, to say they understand me better than my parents?',
    },
  },
  gift_offer: {
    name: { vi: 'Tặng quà', en: 'Offers gifts' },
    explanation: {
      vi: 'Người nhắn tặng thẻ game, Robux, kim cương, tiền hay điện thoại, thường kèm một yêu cầu sau đó.',
      en: 'The sender offers game cards, Robux, diamonds, money or a phone, usually with a request that comes later.',
    },
    question: {
      vi: 'Món quà này có đi kèm điều kiện gì không?',
      en: 'Does this gift come with strings attached?',
    },
  },
  too_good_to_be_true: {
    name: { vi: 'Hứa hẹn quá tốt', en: 'Too good to be true' },
    explanation: {
      vi: 'Lương cao, quà lớn, giá rẻ bất thường hay lãi cao mà gần như không phải làm gì.',
      en: 'High pay, big prizes, unusually low prices or high returns for almost no effort.',
    },
    question: {
      vi: 'Nếu chuyện này tốt đến thế, tại sao họ lại chọn một người lạ như em?',
      en: 'If this is so good, why would they pick a stranger like me?',
    },
  },
  move_private: {
    name: { vi: 'Rủ chuyển sang chat riêng', en: 'Moves to a private chat' },
    explanation: {
      vi: 'Người nhắn rủ em chuyển sang Zalo, Telegram, nhóm kín hoặc ứng dụng tự xóa tin nhắn.',
      en: 'The sender wants you to move to Zalo, Telegram, a closed group or an app that deletes messages.',
    },
    question: {
      vi: 'Tại sao họ không muốn nói chuyện ở nơi người khác có thể thấy?',
      en: 'Why don\'t they want to talk where others can see?',
    },
  },
  meet_offline: {
    name: { vi: 'Rủ gặp ngoài đời', en: 'Asks to meet in person' },
    explanation: {
      vi: 'Người quen trên mạng rủ em gặp mặt, đón em, hoặc hẹn em đến một nơi nào đó.',
      en: 'Someone you know only online asks to meet you, pick you up or have you come somewhere.',
    },
    question: {
      vi: 'Bố mẹ em có biết và đi cùng em không?',
      en: 'Do my parents know about this, and will they come with me?',
    },
  },
  age_probe: {
    name: { vi: 'Dò hỏi tuổi, hoàn cảnh', en: 'Probes age and home situation' },
    explanation: {
      vi: 'Người nhắn hỏi em bao nhiêu tuổi, có hay ở nhà một mình không, bố mẹ có xem điện thoại của em không.',
      en: 'The sender asks how old you are, whether you are often home alone, or whether your parents check your phone.',
    },
    question: {
      vi: 'Tại sao họ muốn biết khi nào em ở nhà một mình?',
      en: 'Why do they want to know when I am home alone?',
    },
  },
  blackmail: {
    name: { vi: 'Tống tiền, uy hiếp', en: 'Blackmail' },
    explanation: {
      vi: 'Người nhắn dọa tung ảnh, kể bí mật, hoặc làm hại em hay gia đình nếu em không làm theo.',
      en: 'The sender threatens to share pictures, reveal secrets, or hurt you or your family unless you do what they say.',
    },
    question: {
      vi: 'Làm theo lời họ có làm họ dừng lại không, hay họ sẽ đòi thêm?',
      en: 'Would doing what they say make them stop, or would they ask for more?',
    },
  },
  self_harm_incitement: {
    name: { vi: 'Xúi giục tự hại', en: 'Urging self-harm' },
    explanation: {
      vi: 'Người nhắn thách, ra lệnh hoặc cổ vũ em làm đau bản thân.',
      en: 'The sender dares, orders or cheers you on to hurt yourself.',
    },
    question: {
      vi: 'Một người bạn thật có bao giờ muốn em bị đau không?',
      en: 'Would a real friend ever want me to get hurt?',
    },
  },
  self_harm_statement: {
    name: { vi: 'Nói về ý định tự hại', en: 'Talk of self-harm' },
    explanation: {
      vi: 'Ai đó nói không muốn sống, muốn biến mất, định làm đau bản thân hoặc nói lời tạm biệt.',
      en: 'Someone says they do not want to live, want to disappear, plan to hurt themselves or are saying goodbye.',
    },
    question: {
      vi: 'Mình có thể báo ngay cho người lớn nào để giúp bạn ấy, hoặc giúp chính mình?',
      en: 'Which adult can I tell right now to help my friend, or to help me?',
    },
  },
  substance_offer: {
    name: { vi: 'Mời dùng chất lạ', en: 'Offers substances' },
    explanation: {
      vi: 'Người nhắn mời em dùng thuốc lá điện tử, pod, bóng cười, "kẹo", nước hay viên thuốc lạ.',
      en: 'The sender offers e-cigarettes, pods, laughing gas, "candy", drinks or unknown pills.',
    },
    question: {
      vi: 'Nếu nó vô hại thật, sao họ phải giấu bố mẹ, thầy cô?',
      en: 'If it is really harmless, why hide it from parents and teachers?',
    },
  },
  suspicious_link: {
    name: { vi: 'Đường link đáng ngờ', en: 'Suspicious link' },
    explanation: {
      vi: 'Link có tên miền lạ, viết gần giống tên ngân hàng hay nhãn hàng, là link rút gọn hoặc chỉ là một dãy số.',
      en: 'The link has an odd domain, a near-copy of a bank or brand name, is shortened, or is just a string of numbers.',
    },
    question: {
      vi: 'Tên miền này có đúng là trang chính thức không, hay chỉ trông giống?',
      en: 'Is this really the official site, or does it just look like it?',
    },
  },
  suspicious_phone: {
    name: { vi: 'Số điện thoại đáng ngờ', en: 'Suspicious phone number' },
    explanation: {
      vi: 'Số lạ, số nước ngoài, số đã bị báo cáo lừa đảo, hoặc "số mới" tự nhận là người quen.',
      en: 'An unknown or foreign number, one already reported as a scam, or a "new number" claiming to be someone you know.',
    },
    question: {
      vi: 'Mình đã gọi lại số cũ của người đó để kiểm tra chưa?',
      en: 'Have I called the person back on their old number to check?',
    },
  },
};
