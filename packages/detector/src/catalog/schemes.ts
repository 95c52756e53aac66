import type { SchemeId } from '../types.js';
import type { SchemeInfo } from './catalog-types.js';

/**
 * Names, explanations and advice for every scheme of the taxonomy.
 *
 * Rules for authors: Vietnamese first, natural and short. The child is "em"; parent steps
 * are plain imperatives (or "anh/chị") and quote what to say to the child with "con".
 * Concrete verbs; never blame or frighten the child. Vietnamese names are exactly those of
 * docs/taxonomy.md. Advice step ids are `<scheme>.<child|parent>.<slug>` and never change
 * once shipped.
 */
export const SCHEMES: Record<SchemeId, SchemeInfo> = {
  online_kidnapping: {
    name: { vi: 'Bắt cóc online', en: 'Online kidnapping' },
    explanation: {
      vi: 'Kẻ xấu giả làm công an, viện kiểm sát hay tòa án, dọa em dính vào một vụ án, bắt em giữ bí mật với bố mẹ và tự đi đến một nơi lạ, rồi tống tiền gia đình em.',
      en: 'Criminals pretend to be the police, a prosecutor or a court, say you are mixed up in a crime, make you keep it secret from your parents and go somewhere alone, then demand money from your family.',
    },
    childAdvice: [
      {
        id: 'online_kidnapping.child.hang_up',
        text: {
          vi: 'Tắt máy ngay, kể cả khi đang gọi video. Công an thật không bao giờ làm việc qua video call hay Zalo.',
          en: 'Hang up now, even in the middle of a video call. Real police never work by video call or Zalo.',
        },
      },
      {
        id: 'online_kidnapping.child.call_parents',
        text: {
          vi: 'Gọi ngay cho bố mẹ hoặc một người lớn em tin. Công an thật không bao giờ bắt em giữ bí mật với bố mẹ.',
          en: 'Call your parents or an adult you trust right away. Real police never ask you to keep anything secret from your parents.',
        },
      },
      {
        id: 'online_kidnapping.child.stay_put',
        text: {
          vi: 'Không đi đâu một mình, không thuê phòng khách sạn hay nhà nghỉ, không tắt định vị. Công an thật không bao giờ ra lệnh cho em làm vậy.',
          en: 'Do not go anywhere alone, do not rent a hotel or guest-house room, and do not turn off your location. Real police never order you to do that.',
        },
      },
      {
        id: 'online_kidnapping.child.no_money',
        text: {
          vi: 'Không chuyển tiền, không đọc mã OTP. Công an thật không bao giờ đòi tiền "để chứng minh trong sạch" hay bắt chuyển vào "tài khoản an toàn".',
          en: 'Do not send money or read out any OTP code. Real police never ask for money "to prove your innocence" or into a "safe account".',
        },
      },
      {
        id: 'online_kidnapping.child.call_113',
        text: {
          vi: 'Nếu em đang ở một mình ở nơi lạ hoặc thấy sợ, gọi 113 ngay. Đây không phải lỗi của em. Em không một mình.',
          en: 'If you are alone somewhere unfamiliar or you feel scared, call 113 now. This is not your fault. You are not alone.',
        },
        helpLine: '113',
      },
    ],
    parentAdvice: [
      {
        id: 'online_kidnapping.parent.reach_child',
        text: {
          vi: 'Gọi ngay cho con bằng số quen thuộc. Nếu không liên lạc được, hoặc con đang ở một nơi lạ, gọi 113 ngay.',
          en: "Call your child on the number you know. If you cannot reach them, or they are somewhere unfamiliar, call 113 at once.",
        },
        helpLine: '113',
      },
      {
        id: 'online_kidnapping.parent.no_transfer',
        text: {
          vi: 'Không chuyển tiền cho bất kỳ ai tự xưng là công an, viện kiểm sát hay tòa án qua điện thoại. Cơ quan thật mời làm việc bằng giấy mời tại trụ sở, không qua video call.',
          en: 'Do not send money to anyone who claims on the phone to be the police, a prosecutor or a court. Real agencies summon people in writing to their office, never by video call.',
        },
      },
      {
        id: 'online_kidnapping.parent.verify',
        text: {
          vi: 'Tự tìm số của công an phường, xã nơi mình ở hoặc đến trụ sở gần nhất để kiểm tra. Không gọi lại số kẻ gian đưa.',
          en: 'Look up the number of your local police station yourself, or go there in person, to check. Do not call back the number the caller gave.',
        },
      },
      {
        id: 'online_kidnapping.parent.bank',
        text: {
          vi: 'Nếu đã chuyển tiền, gọi ngay tổng đài ngân hàng để yêu cầu phong tỏa giao dịch, rồi trình báo công an. Giữ lại mọi tin nhắn, số điện thoại, số tài khoản.',
          en: "If money has been sent, call the bank's hotline at once to ask them to freeze the transfer, then report to the police. Keep every message, phone number and account number.",
        },
      },
      {
        id: 'online_kidnapping.parent.no_blame',
        text: {
          vi: 'Ôm con, không trách mắng. Hãy nói: "Đây không phải lỗi của con. Con không một mình." Kẻ gian rất giỏi dọa nạt cả người lớn.',
          en: 'Hug your child and do not scold. Say: "This is not your fault. You are not alone." These criminals are skilled at scaring adults too.',
        },
      },
    ],
  },

  authority_impersonation: {
    name: { vi: 'Giả danh cơ quan chức năng', en: 'Impersonating the authorities' },
    explanation: {
      vi: 'Kẻ gian giả làm công an, tòa án, cơ quan thuế, bưu điện hay cán bộ "cập nhật VNeID", gửi giấy triệu tập, "lệnh bắt" hoặc giấy phạt giả để dọa và bắt chuyển tiền.',
      en: 'Scammers pose as the police, a court, the tax office, the post office or officials "updating VNeID", and send fake summonses, "arrest warrants" or fines to scare you into paying.',
    },
    childAdvice: [
      {
        id: 'authority_impersonation.child.stop_reply',
        text: {
          vi: 'Ngừng trả lời. Không bấm link, không cài ứng dụng họ gửi.',
          en: 'Stop replying. Do not tap their links or install any app they send.',
        },
      },
      {
        id: 'authority_impersonation.child.no_codes',
        text: {
          vi: 'Không đọc số căn cước, mã OTP hay mật khẩu cho ai qua điện thoại hay tin nhắn.',
          en: 'Do not give your ID number, OTP codes or passwords to anyone by phone or message.',
        },
      },
      {
        id: 'authority_impersonation.child.no_money',
        text: {
          vi: 'Không chuyển tiền. Cơ quan thật không bao giờ bắt chuyển tiền vào "tài khoản an toàn".',
          en: 'Do not send money. Real authorities never ask you to move money into a "safe account".',
        },
      },
      {
        id: 'authority_impersonation.child.tell_adult',
        text: {
          vi: 'Chụp màn hình, ghi lại số điện thoại, rồi đưa bố mẹ hoặc thầy cô xem.',
          en: 'Take screenshots, note the phone number, and show them to your parents or a teacher.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'authority_impersonation.parent.verify',
        text: {
          vi: 'Không gọi vào số trong tin nhắn. Tự tìm số chính thức của cơ quan đó hoặc đến trụ sở gần nhất để hỏi.',
          en: 'Do not call the number in the message. Look up the official number of that agency yourself, or go to its nearest office and ask.',
        },
      },
      {
        id: 'authority_impersonation.parent.vneid',
        text: {
          vi: 'VNeID chỉ cập nhật trong ứng dụng chính thức hoặc tại công an phường, xã; không qua link lạ hay cuộc gọi.',
          en: 'VNeID is only updated in the official app or at the local police station, never through a strange link or a phone call.',
        },
      },
      {
        id: 'authority_impersonation.parent.report_156',
        text: {
          vi: 'Báo số điện thoại lừa đảo qua 156 (gọi hoặc nhắn tin miễn phí).',
          en: 'Report the scam phone number to 156 (free call or text).',
        },
        helpLine: '156',
      },
      {
        id: 'authority_impersonation.parent.bank',
        text: {
          vi: 'Nếu lỡ chuyển tiền, gọi ngay ngân hàng để yêu cầu phong tỏa giao dịch và trình báo công an.',
          en: 'If money was sent, call the bank at once to ask them to freeze the transfer, and report to the police.',
        },
      },
    ],
  },

  grooming: {
    name: { vi: 'Dụ dỗ, làm quen có ý đồ xấu', en: 'Grooming (befriending with bad intent)' },
    explanation: {
      vi: 'Một người lạ trên mạng khen ngợi, tặng quà và nói chỉ họ mới hiểu em, để dần kéo em xa bố mẹ, xin ảnh riêng tư hoặc rủ em gặp mặt.',
      en: 'A stranger online flatters you, gives you gifts and says only they understand you, to slowly pull you away from your parents, get private photos or get you to meet up.',
    },
    childAdvice: [
      {
        id: 'grooming.child.stop_chat',
        text: {
          vi: 'Ngừng trò chuyện. Em không cần giải thích hay xin lỗi ai cả.',
          en: 'Stop chatting. You do not owe anyone an explanation or an apology.',
        },
      },
      {
        id: 'grooming.child.no_photos',
        text: {
          vi: 'Không gửi ảnh, video, không bật webcam, không cho biết địa chỉ nhà hay tên trường.',
          en: 'Do not send photos or videos, do not turn on your webcam, and do not share your home address or school.',
        },
      },
      {
        id: 'grooming.child.no_meet',
        text: {
          vi: 'Không đi gặp người quen trên mạng một mình. Nếu họ cứ rủ gặp, nói ngay với người lớn.',
          en: 'Never go to meet someone from the internet alone. If they keep asking to meet, tell an adult straight away.',
        },
      },
      {
        id: 'grooming.child.evidence_block',
        text: {
          vi: 'Chụp màn hình tin nhắn, rồi chặn và báo cáo tài khoản đó trên ứng dụng.',
          en: 'Screenshot the messages, then block and report the account on the app.',
        },
      },
      {
        id: 'grooming.child.tell_adult',
        text: {
          vi: 'Kể với bố mẹ, thầy cô hoặc gọi 111 (miễn phí, 24/7). Đây không phải lỗi của em. Em không một mình.',
          en: 'Tell your parents or a teacher, or call 111 (free, 24/7). This is not your fault. You are not alone.',
        },
        helpLine: '111',
      },
    ],
    parentAdvice: [
      {
        id: 'grooming.parent.listen',
        text: {
          vi: 'Lắng nghe hết, không trách, không tịch thu điện thoại ngay. Con đã rất dũng cảm khi kể.',
          en: 'Listen to the end, without blame, and do not take the phone away on the spot. Your child was brave to tell you.',
        },
      },
      {
        id: 'grooming.parent.evidence',
        text: {
          vi: 'Lưu bằng chứng: tên tài khoản, link trang cá nhân, ảnh chụp màn hình, thời gian. Không tự đối chất với kẻ đó.',
          en: 'Keep evidence: the account name, profile link, screenshots and times. Do not confront the person yourself.',
        },
      },
      {
        id: 'grooming.parent.call_111',
        text: {
          vi: 'Báo cáo tài khoản trên nền tảng và gọi 111 để được tư vấn cách hỗ trợ con.',
          en: 'Report the account on the platform and call 111 for advice on how to support your child.',
        },
        helpLine: '111',
      },
      {
        id: 'grooming.parent.call_113',
        text: {
          vi: 'Gọi 113 nếu kẻ đó đã hẹn gặp con, biết nơi con ở hoặc đang đe dọa.',
          en: 'Call 113 if the person has arranged to meet your child, knows where they live, or is making threats.',
        },
        helpLine: '113',
      },
      {
        id: 'grooming.parent.safe_secrets',
        text: {
          vi: 'Nói với con về "bí mật không an toàn": người lớn tốt không bao giờ bắt trẻ giấu bố mẹ.',
          en: 'Talk with your child about "unsafe secrets": a good adult never asks a child to hide things from their parents.',
        },
      },
    ],
  },

  sextortion: {
    name: { vi: 'Tống tiền bằng hình ảnh nhạy cảm', en: 'Sextortion (blackmail with intimate images)' },
    explanation: {
      vi: 'Kẻ xấu dọa tung ảnh hoặc video nhạy cảm của em nếu em không gửi tiền hoặc gửi thêm ảnh.',
      en: 'Someone threatens to share intimate photos or videos of you unless you send money or more pictures.',
    },
    childAdvice: [
      {
        id: 'sextortion.child.dont_pay',
        text: {
          vi: 'Không trả tiền, không nạp thẻ. Trả tiền không làm họ dừng lại, họ sẽ đòi thêm.',
          en: 'Do not pay and do not send card codes. Paying does not make them stop; they will ask for more.',
        },
      },
      {
        id: 'sextortion.child.stop_sending',
        text: {
          vi: 'Không gửi thêm ảnh hay video nào nữa, và ngừng trả lời.',
          en: 'Do not send any more photos or videos, and stop replying.',
        },
      },
      {
        id: 'sextortion.child.keep_evidence',
        text: {
          vi: 'Không xóa đoạn chat: chụp màn hình tin nhắn và tên tài khoản. Không chuyển tiếp ảnh cho bất kỳ ai.',
          en: 'Do not delete the chat: screenshot the messages and the account name. Never forward the images to anyone.',
        },
      },
      {
        id: 'sextortion.child.block_report',
        text: {
          vi: 'Sau khi chụp màn hình, chặn và báo cáo tài khoản đó trên ứng dụng.',
          en: 'After taking screenshots, block and report the account on the app.',
        },
      },
      {
        id: 'sextortion.child.tell_adult',
        text: {
          vi: 'Nói ngay với một người lớn em tin, hoặc gọi 111. Đây không phải lỗi của em. Em không một mình.',
          en: 'Tell an adult you trust right now, or call 111. This is not your fault. You are not alone.',
        },
        helpLine: '111',
      },
    ],
    parentAdvice: [
      {
        id: 'sextortion.parent.no_blame',
        text: {
          vi: 'Không trách mắng. Hãy nói: "Đây không phải lỗi của con. Con không một mình." Kẻ tống tiền mới là người có lỗi.',
          en: 'Do not scold. Say: "This is not your fault. You are not alone." The blackmailer is the one in the wrong.',
        },
      },
      {
        id: 'sextortion.parent.dont_pay',
        text: {
          vi: 'Không trả tiền thay con. Trả tiền thường khiến kẻ xấu đòi thêm.',
          en: 'Do not pay on your child\'s behalf. Paying usually makes them demand more.',
        },
      },
      {
        id: 'sextortion.parent.evidence',
        text: {
          vi: 'Giữ bằng chứng: ảnh chụp màn hình đoạn chat, tên tài khoản, giao dịch. Không lưu thêm và không chuyển tiếp hình ảnh nhạy cảm của con.',
          en: "Keep evidence: screenshots of the chat, the account name, any payments. Do not save extra copies of, or forward, your child's intimate images.",
        },
      },
      {
        id: 'sextortion.parent.call_111',
        text: {
          vi: 'Gọi 111 để được tư vấn; báo cáo tài khoản và yêu cầu nền tảng gỡ hình ảnh.',
          en: 'Call 111 for advice; report the account and ask the platform to take the images down.',
        },
        helpLine: '111',
      },
      {
        id: 'sextortion.parent.call_113',
        text: {
          vi: 'Trình báo công an; gọi 113 nếu kẻ xấu đặt hạn chót, dọa tìm đến con hoặc con đang hoảng loạn.',
          en: 'Report to the police; call 113 if the blackmailer sets a deadline, threatens to find your child, or your child is in panic.',
        },
        helpLine: '113',
      },
    ],
  },

  prize_scam: {
    name: { vi: 'Trúng thưởng, quà tặng giả', en: 'Fake prizes and gifts' },
    explanation: {
      vi: 'Tin nhắn báo em trúng thưởng, được quà, học bổng hay xu miễn phí, nhưng bắt nộp phí, đóng thuế hoặc đăng nhập trước mới nhận được.',
      en: 'A message says you have won a prize, a gift, a scholarship or free coins, but you must pay a fee or tax, or log in first, to get it.',
    },
    childAdvice: [
      {
        id: 'prize_scam.child.no_fee',
        text: {
          vi: 'Không nộp phí, không đóng "thuế" để nhận quà. Quà thật không bắt em trả tiền trước.',
          en: 'Do not pay a fee or "tax" to get a gift. Real gifts never make you pay first.',
        },
      },
      {
        id: 'prize_scam.child.no_login',
        text: {
          vi: 'Không bấm link và không đăng nhập tài khoản qua link trong tin nhắn.',
          en: 'Do not tap the link and do not log in to any account through a link in a message.',
        },
      },
      {
        id: 'prize_scam.child.ask_adult',
        text: {
          vi: 'Hỏi bố mẹ hoặc thầy cô trước khi trả lời. Em không tham gia thì không thể trúng thưởng.',
          en: 'Ask your parents or a teacher before you reply. You cannot win a contest you never entered.',
        },
      },
      {
        id: 'prize_scam.child.block_report',
        text: {
          vi: 'Chặn và báo cáo người gửi trên ứng dụng.',
          en: 'Block and report the sender on the app.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'prize_scam.parent.verify',
        text: {
          vi: 'Kiểm tra trên trang chính thức hoặc gọi tổng đài chính thức của đơn vị tổ chức; tra tên miền trên tinnhiemmang.vn.',
          en: "Check on the organiser's official website or hotline; look the domain up on tinnhiemmang.vn.",
        },
      },
      {
        id: 'prize_scam.parent.report_5656',
        text: {
          vi: 'Báo tin nhắn lừa đảo qua 5656.',
          en: 'Report the scam text to 5656.',
        },
        helpLine: '5656',
      },
      {
        id: 'prize_scam.parent.report_156',
        text: {
          vi: 'Báo cuộc gọi lừa đảo qua 156 (miễn phí).',
          en: 'Report scam calls to 156 (free).',
        },
        helpLine: '156',
      },
      {
        id: 'prize_scam.parent.rule',
        text: {
          vi: 'Dạy con một quy tắc dễ nhớ: phải trả tiền mới nhận được quà là lừa đảo.',
          en: 'Teach your child an easy rule: if you have to pay to get a gift, it is a scam.',
        },
      },
    ],
  },

  game_scam: {
    name: { vi: 'Lừa đảo trong game', en: 'Game scams' },
    explanation: {
      vi: 'Kẻ gian hứa cho kim cương, skin, Robux miễn phí, hoặc bán tài khoản, đổi thẻ nạp giá rẻ, nhưng thật ra để lấy mật khẩu game hay tiền của em.',
      en: 'Scammers promise free diamonds, skins or Robux, or sell accounts and cheap top-up cards, but really want your game password or your money.',
    },
    childAdvice: [
      {
        id: 'game_scam.child.no_login',
        text: {
          vi: 'Không đăng nhập tài khoản game qua link lạ hay trang "sự kiện" bên ngoài. Quà thật chỉ nhận trong game.',
          en: 'Do not log in to your game account through strange links or outside "event" pages. Real rewards come inside the game.',
        },
      },
      {
        id: 'game_scam.child.no_prepay',
        text: {
          vi: 'Không chuyển tiền hay gửi mã thẻ nạp trước cho người lạ để mua tài khoản, vật phẩm.',
          en: 'Do not send money or top-up card codes first to a stranger to buy an account or items.',
        },
      },
      {
        id: 'game_scam.child.no_password',
        text: {
          vi: 'Không cho ai mật khẩu hay mã OTP, kể cả bạn thân hay người xưng là "admin".',
          en: 'Never give anyone your password or OTP code, not even a close friend or someone calling themselves "admin".',
        },
      },
      {
        id: 'game_scam.child.block_report',
        text: {
          vi: 'Chụp màn hình, rồi chặn và báo cáo người đó trong game.',
          en: 'Take a screenshot, then block and report the player in the game.',
        },
      },
      {
        id: 'game_scam.child.tell_early',
        text: {
          vi: 'Nếu lỡ đưa mật khẩu hay tiền, nói ngay với bố mẹ. Nói sớm thì dễ lấy lại tài khoản hơn.',
          en: 'If you already gave a password or money, tell your parents now. The sooner you tell, the easier it is to get the account back.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'game_scam.parent.secure',
        text: {
          vi: 'Cùng con đổi mật khẩu, bật xác thực hai lớp và gỡ các liên kết lạ khỏi tài khoản game.',
          en: 'Change the password with your child, turn on two-step verification and remove unknown linked apps from the game account.',
        },
      },
      {
        id: 'game_scam.parent.talk',
        text: {
          vi: 'Hỏi con về game đang chơi với thái độ tò mò, không cấm đoán; thống nhất: mọi giao dịch đều hỏi bố mẹ trước.',
          en: 'Ask about the games your child plays with curiosity, not bans; agree that every purchase or trade is checked with you first.',
        },
      },
      {
        id: 'game_scam.parent.report',
        text: {
          vi: 'Báo cáo kẻ gian cho nhà phát hành game; tra trang web "sự kiện" trên tinnhiemmang.vn.',
          en: 'Report the scammer to the game publisher; look up the "event" website on tinnhiemmang.vn.',
        },
      },
      {
        id: 'game_scam.parent.card',
        text: {
          vi: 'Nếu đã gửi mã thẻ nạp, liên hệ ngay nhà phát hành thẻ để hỏi cách khóa thẻ.',
          en: 'If a top-up card code was sent, contact the card issuer at once and ask whether the card can be blocked.',
        },
      },
    ],
  },

  job_scam: {
    name: { vi: 'Việc nhẹ lương cao', en: '"Easy job, high pay" scams' },
    explanation: {
      vi: 'Người lạ mời làm việc đơn giản như bấm like, chốt đơn, làm cộng tác viên với lương rất cao, nhưng bắt đặt cọc hay nộp "phí kích hoạt" trước; có khi là dụ đi làm nước ngoài hoặc đi casting không có bố mẹ.',
      en: 'A stranger offers very high pay for simple tasks like liking posts, boosting orders or being a "collaborator", but asks for a deposit or "activation fee" first; sometimes it is a lure to work abroad or go to a casting without your parents.',
    },
    childAdvice: [
      {
        id: 'job_scam.child.no_deposit',
        text: {
          vi: 'Không nộp tiền cọc hay "phí kích hoạt". Việc thật trả lương cho em, không bắt em trả tiền.',
          en: 'Do not pay a deposit or "activation fee". A real job pays you; it never makes you pay.',
        },
      },
      {
        id: 'job_scam.child.no_travel',
        text: {
          vi: 'Không đi phỏng vấn, thử vai hay "đi làm nước ngoài" nếu không có bố mẹ đi cùng.',
          en: 'Do not go to an interview, a casting or a "job abroad" without a parent with you.',
        },
      },
      {
        id: 'job_scam.child.no_documents',
        text: {
          vi: 'Không gửi ảnh căn cước, số tài khoản ngân hàng hay mật khẩu cho người tuyển dụng trên mạng.',
          en: 'Do not send photos of your ID, bank account details or passwords to an online recruiter.',
        },
      },
      {
        id: 'job_scam.child.tell_adult',
        text: {
          vi: 'Kể với bố mẹ trước khi nhận bất kỳ việc gì trên mạng.',
          en: 'Talk to your parents before taking any job you found online.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'job_scam.parent.talk',
        text: {
          vi: 'Nhẹ nhàng hỏi con vì sao muốn kiếm tiền, không chê trách; cùng con tìm việc làm thêm an toàn, rõ ràng.',
          en: 'Ask why your child wants to earn money, without criticism; look for a safe, clear part-time job together.',
        },
      },
      {
        id: 'job_scam.parent.verify',
        text: {
          vi: 'Kiểm tra công ty: địa chỉ thật, mã số thuế, số điện thoại chính thức; tra tên miền trên tinnhiemmang.vn.',
          en: "Check the company: a real address, tax code and official phone number; look the domain up on tinnhiemmang.vn.",
        },
      },
      {
        id: 'job_scam.parent.abroad',
        text: {
          vi: 'Lời mời đi làm nước ngoài lương cao, lo hết vé máy bay có thể là mua bán người. Gọi 113 ngay nếu con đang bị đưa đi.',
          en: 'A well-paid job abroad with the flight paid for can be human trafficking. Call 113 at once if your child is being taken away.',
        },
        helpLine: '113',
      },
      {
        id: 'job_scam.parent.bank',
        text: {
          vi: 'Nếu đã chuyển tiền, gọi ngay ngân hàng để yêu cầu phong tỏa giao dịch và trình báo công an.',
          en: 'If money was sent, call the bank at once to ask them to freeze the transfer, and report to the police.',
        },
      },
    ],
  },

  account_takeover: {
    name: { vi: 'Chiếm đoạt tài khoản', en: 'Account takeover' },
    explanation: {
      vi: 'Kẻ gian xin mã OTP, mật khẩu, nhờ "bình chọn" qua link đăng nhập hoặc mượn tài khoản, để chiếm luôn tài khoản rồi lừa bạn bè của em.',
      en: 'Scammers ask for your OTP code or password, send "vote for me" login links or borrow your account, so they can take it over and trick your friends.',
    },
    childAdvice: [
      {
        id: 'account_takeover.child.no_otp',
        text: {
          vi: 'Không gửi mã OTP hay mật khẩu cho ai, kể cả bạn bè hay người xưng là nhân viên hỗ trợ.',
          en: 'Never send your OTP code or password to anyone, including friends or people who say they are support staff.',
        },
      },
      {
        id: 'account_takeover.child.no_link_login',
        text: {
          vi: 'Không đăng nhập qua link "bình chọn", "nhận quà" hay "cảnh báo bảo mật" gửi qua tin nhắn.',
          en: 'Do not log in through "vote", "claim your gift" or "security alert" links sent in messages.',
        },
      },
      {
        id: 'account_takeover.child.no_lending',
        text: {
          vi: 'Không cho mượn, cho thuê tài khoản mạng xã hội, game hay ngân hàng.',
          en: 'Do not lend or rent out your social media, game or bank accounts.',
        },
      },
      {
        id: 'account_takeover.child.tell_early',
        text: {
          vi: 'Nếu lỡ gửi mã, báo ngay bố mẹ để đổi mật khẩu, và nhắn bạn bè đừng tin tin nhắn từ tài khoản của em.',
          en: 'If you already sent a code, tell your parents now so you can change the password, and warn your friends not to trust messages from your account.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'account_takeover.parent.secure',
        text: {
          vi: 'Đổi mật khẩu, bật xác thực hai lớp, đăng xuất khỏi mọi thiết bị lạ.',
          en: 'Change the password, turn on two-step verification and sign out of every unknown device.',
        },
      },
      {
        id: 'account_takeover.parent.recover',
        text: {
          vi: 'Dùng trang khôi phục tài khoản chính thức của nền tảng; báo bạn bè, người thân biết tài khoản đã bị chiếm.',
          en: "Use the platform's official account recovery page; let friends and family know the account was taken over.",
        },
      },
      {
        id: 'account_takeover.parent.bank',
        text: {
          vi: 'Nếu là tài khoản ngân hàng hay ví điện tử, gọi ngay tổng đài ngân hàng, ví để khóa.',
          en: "If it is a bank account or e-wallet, call the bank's or wallet's hotline at once to lock it.",
        },
      },
      {
        id: 'account_takeover.parent.teach',
        text: {
          vi: 'Dạy con: mã OTP giống chìa khóa nhà, không đưa cho ai.',
          en: 'Teach your child: an OTP code is like a house key; never hand it to anyone.',
        },
      },
    ],
  },

  impersonation_contact: {
    name: { vi: 'Giả danh người quen', en: 'Impersonating someone you know' },
    explanation: {
      vi: 'Kẻ gian dùng số mới hoặc tài khoản bị hack của người thân, bạn bè, thầy cô để nhắn xin tiền, mã thẻ nạp, dặn giữ bí mật và "đừng gọi lại".',
      en: 'Scammers use a "new number" or a hacked account of a relative, friend or teacher to ask for money or card codes, tell you to keep it secret and "don\'t call back".',
    },
    childAdvice: [
      {
        id: 'impersonation_contact.child.call_back',
        text: {
          vi: 'Gọi lại cho người đó bằng số cũ em đã biết, hoặc hỏi trực tiếp, trước khi làm gì.',
          en: 'Call the person back on the old number you know, or ask them face to face, before doing anything.',
        },
      },
      {
        id: 'impersonation_contact.child.ask_question',
        text: {
          vi: 'Hỏi một điều chỉ người thật mới biết. Kẻ gian thường né tránh hoặc giục em.',
          en: 'Ask something only the real person would know. Scammers usually dodge the question or rush you.',
        },
      },
      {
        id: 'impersonation_contact.child.no_money',
        text: {
          vi: 'Không chuyển tiền, không gửi mã thẻ nạp hay mã OTP.',
          en: 'Do not send money, top-up card codes or OTP codes.',
        },
      },
      {
        id: 'impersonation_contact.child.tell_adult',
        text: {
          vi: 'Kể với bố mẹ và báo cho người bị giả danh biết.',
          en: 'Tell your parents, and let the person being impersonated know.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'impersonation_contact.parent.verify',
        text: {
          vi: 'Luôn xác minh bằng cuộc gọi thoại tới số cũ hoặc gặp trực tiếp; kẻ gian có thể giả giọng, giả mặt trong video ngắn.',
          en: 'Always check with a voice call to the old number or in person; scammers can fake voices and faces in short videos.',
        },
      },
      {
        id: 'impersonation_contact.parent.family_word',
        text: {
          vi: 'Cả nhà thống nhất một "mật khẩu gia đình" để hỏi khi có ai nhắn xin tiền gấp.',
          en: 'Agree on a family code word to ask for whenever someone urgently asks for money.',
        },
      },
      {
        id: 'impersonation_contact.parent.report_156',
        text: {
          vi: 'Báo số điện thoại giả danh qua 156; báo nền tảng để khóa tài khoản bị hack.',
          en: 'Report the impersonating number to 156; report the hacked account to the platform so it gets locked.',
        },
        helpLine: '156',
      },
      {
        id: 'impersonation_contact.parent.bank',
        text: {
          vi: 'Nếu đã chuyển tiền, gọi ngay ngân hàng để yêu cầu phong tỏa giao dịch và trình báo công an.',
          en: 'If money was sent, call the bank at once to ask them to freeze the transfer, and report to the police.',
        },
      },
    ],
  },

  family_emergency: {
    name: { vi: 'Báo tin người thân gặp nạn', en: 'Fake call that a relative is in trouble' },
    explanation: {
      vi: 'Người lạ gọi báo người thân của em bị tai nạn, đang cấp cứu hay bị công an giữ, rồi giục chuyển tiền gấp cho "bác sĩ" hoặc "cán bộ".',
      en: 'A stranger calls to say a relative had an accident, is in hospital or is held by the police, then pushes you to send money fast to a "doctor" or an "officer".',
    },
    childAdvice: [
      {
        id: 'family_emergency.child.no_money',
        text: {
          vi: 'Bình tĩnh. Không chuyển tiền và không cho biết thông tin gia đình.',
          en: 'Stay calm. Do not send money and do not give out information about your family.',
        },
      },
      {
        id: 'family_emergency.child.call_family',
        text: {
          vi: 'Tắt máy, gọi ngay cho chính người thân đó hoặc bố mẹ bằng số em đã biết.',
          en: 'Hang up and call that relative, or your parents, on the number you already know.',
        },
      },
      {
        id: 'family_emergency.child.ask_nearby',
        text: {
          vi: 'Nhờ một người lớn ở gần em (thầy cô, hàng xóm) giúp kiểm tra.',
          en: 'Ask an adult near you (a teacher, a neighbour) to help you check.',
        },
      },
      {
        id: 'family_emergency.child.save_number',
        text: {
          vi: 'Ghi lại số điện thoại đã gọi em và đưa bố mẹ xem.',
          en: 'Write down the number that called you and show it to your parents.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'family_emergency.parent.verify',
        text: {
          vi: 'Gọi trực tiếp người thân, trường học hoặc bệnh viện qua số chính thức. Bệnh viện thật không gọi người lạ đòi chuyển tiền vào tài khoản cá nhân.',
          en: 'Call the relative, the school or the hospital directly on official numbers. Real hospitals do not call strangers asking for money into a personal account.',
        },
      },
      {
        id: 'family_emergency.parent.teach',
        text: {
          vi: 'Dặn con: nếu ai báo tin bố mẹ gặp nạn, hãy gọi cho bố mẹ hoặc một người thân khác trước tiên.',
          en: 'Tell your child: if anyone says a parent is in trouble, call the parent or another relative first.',
        },
      },
      {
        id: 'family_emergency.parent.report_156',
        text: {
          vi: 'Báo số điện thoại lừa đảo qua 156 (gọi hoặc nhắn tin miễn phí).',
          en: 'Report the scam number to 156 (free call or text).',
        },
        helpLine: '156',
      },
      {
        id: 'family_emergency.parent.bank',
        text: {
          vi: 'Nếu đã chuyển tiền, gọi ngay ngân hàng để yêu cầu phong tỏa giao dịch và trình báo công an.',
          en: 'If money was sent, call the bank at once to ask them to freeze the transfer, and report to the police.',
        },
      },
    ],
  },

  phishing_link: {
    name: { vi: 'Đường link giả mạo', en: 'Fake (phishing) links' },
    explanation: {
      vi: 'Đường link trông giống trang của ngân hàng, ví điện tử, nhãn hàng hay cơ quan nhà nước nhưng là trang giả, lập ra để lấy mật khẩu, mã OTP hoặc tiền.',
      en: 'A link that looks like the site of a bank, an e-wallet, a brand or a government office, but is a fake made to steal passwords, OTP codes or money.',
    },
    childAdvice: [
      {
        id: 'phishing_link.child.no_click',
        text: {
          vi: 'Không bấm vào link lạ, nhất là link rút gọn hoặc có tên miền lạ.',
          en: 'Do not tap strange links, especially shortened links or ones with odd domain names.',
        },
      },
      {
        id: 'phishing_link.child.no_typing',
        text: {
          vi: 'Nếu lỡ mở, không nhập mật khẩu, mã OTP hay thông tin thẻ.',
          en: 'If you opened it, do not type any password, OTP code or card details.',
        },
      },
      {
        id: 'phishing_link.child.check',
        text: {
          vi: 'Nhờ người lớn kiểm tra link trên tinnhiemmang.vn.',
          en: 'Ask an adult to check the link on tinnhiemmang.vn.',
        },
      },
      {
        id: 'phishing_link.child.tell_early',
        text: {
          vi: 'Nếu lỡ nhập thông tin, báo ngay bố mẹ để đổi mật khẩu. Nói sớm giúp giữ được tài khoản.',
          en: 'If you already typed something in, tell your parents now so you can change the password. Telling early saves the account.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'phishing_link.parent.check_domain',
        text: {
          vi: 'Tra tên miền trên tinnhiemmang.vn, hoặc nhắn TCTM <tên miền> gửi 156 để kiểm tra độ tin cậy.',
          en: 'Look the domain up on tinnhiemmang.vn, or text TCTM <domain> to 156 to check its reputation.',
        },
        helpLine: '156',
      },
      {
        id: 'phishing_link.parent.official_app',
        text: {
          vi: 'Tự gõ địa chỉ trang chính thức hoặc dùng ứng dụng chính thức, thay vì bấm link trong tin nhắn.',
          en: 'Type the official address yourself or use the official app instead of tapping links in messages.',
        },
      },
      {
        id: 'phishing_link.parent.if_entered',
        text: {
          vi: 'Nếu đã nhập thông tin, đổi mật khẩu ngay và gọi ngân hàng để khóa thẻ, tài khoản.',
          en: 'If details were entered, change the password now and call the bank to lock the card or account.',
        },
      },
      {
        id: 'phishing_link.parent.report_5656',
        text: {
          vi: 'Báo tin nhắn chứa link lừa đảo qua 5656.',
          en: 'Report the text containing the scam link to 5656.',
        },
        helpLine: '5656',
      },
    ],
  },

  gambling_lure: {
    name: { vi: 'Cờ bạc, cá độ trá hình', en: 'Gambling in disguise' },
    explanation: {
      vi: 'Trang cá độ, tài xỉu, nổ hũ, bắn cá hay casino giả làm trò chơi hoặc khuyến mãi như "nạp đầu nhận 288k" để dụ em nạp tiền; càng chơi càng mất tiền.',
      en: 'Betting, "tài xỉu" dice, slot, fishing-game or casino sites dress up as games or promotions like "top up once, get 288k" to get you to pay in; the more you play, the more you lose.',
    },
    childAdvice: [
      {
        id: 'gambling_lure.child.no_deposit',
        text: {
          vi: 'Không nạp tiền, không đăng ký, dù được tặng tiền chơi thử.',
          en: 'Do not top up or sign up, even if they give you free credit to try.',
        },
      },
      {
        id: 'gambling_lure.child.leave_block',
        text: {
          vi: 'Rời nhóm, chặn tài khoản mời chào và báo cáo trên ứng dụng.',
          en: 'Leave the group, block the account inviting you and report it on the app.',
        },
      },
      {
        id: 'gambling_lure.child.no_borrow',
        text: {
          vi: 'Không vay tiền hay bán đồ để "gỡ". Những trò này được làm ra để người chơi thua.',
          en: 'Do not borrow money or sell things to "win it back". These games are built for players to lose.',
        },
      },
      {
        id: 'gambling_lure.child.tell_adult',
        text: {
          vi: 'Nếu em đã nạp tiền hoặc đang nợ ai vì chơi, hãy nói với bố mẹ hoặc thầy cô. Nói sớm thì dễ gỡ rối hơn.',
          en: 'If you have already paid in or owe someone because of it, tell your parents or a teacher. The sooner you tell, the easier it is to sort out.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'gambling_lure.parent.talk',
        text: {
          vi: 'Nói chuyện bình tĩnh: cờ bạc online được thiết kế để gây nghiện, con cần được giúp chứ không phải bị phạt.',
          en: 'Talk calmly: online gambling is designed to be addictive; your child needs help, not punishment.',
        },
      },
      {
        id: 'gambling_lure.parent.controls',
        text: {
          vi: 'Kiểm tra các khoản nạp tiền và thẻ ngân hàng liên kết; bật chặn trang web cờ bạc trên thiết bị.',
          en: 'Check top-ups and linked bank cards; turn on blocking of gambling sites on the device.',
        },
      },
      {
        id: 'gambling_lure.parent.report_5656',
        text: {
          vi: 'Báo tin nhắn quảng cáo cờ bạc qua 5656; báo trang web trên tinnhiemmang.vn.',
          en: 'Report gambling ad texts to 5656; report the website on tinnhiemmang.vn.',
        },
        helpLine: '5656',
      },
      {
        id: 'gambling_lure.parent.call_111',
        text: {
          vi: 'Nếu con đã vay nợ hoặc bị đe dọa đòi nợ, trình báo công an và gọi 111 để được tư vấn.',
          en: 'If your child has borrowed money or is being threatened over a debt, report to the police and call 111 for advice.',
        },
        helpLine: '111',
      },
    ],
  },

  loan_scam: {
    name: { vi: 'Vay tiền, tín dụng đen', en: 'Loan scams and loan sharks' },
    explanation: {
      vi: 'Lời mời vay tiền nhanh không cần giấy tờ, thuê hay mượn tài khoản ngân hàng, hoặc đòi phí trước khi giải ngân; sau đó là lãi rất cao và bị dọa đòi nợ.',
      en: 'Offers of instant loans with no paperwork, requests to rent or borrow your bank account, or fees before the money is paid out; then come huge interest and threatening debt collection.',
    },
    childAdvice: [
      {
        id: 'loan_scam.child.no_borrow',
        text: {
          vi: 'Không vay tiền qua ứng dụng hay người lạ trên mạng, và không nộp phí trước để được vay.',
          en: 'Do not borrow from apps or strangers online, and never pay a fee first to get a loan.',
        },
      },
      {
        id: 'loan_scam.child.no_account_rent',
        text: {
          vi: 'Không cho thuê, cho mượn hay bán tài khoản ngân hàng, căn cước. Kẻ xấu dùng chúng để lừa người khác và em có thể bị liên lụy.',
          en: 'Do not rent out, lend or sell your bank account or ID. Criminals use them to cheat others, and you could get dragged in.',
        },
      },
      {
        id: 'loan_scam.child.evidence',
        text: {
          vi: 'Nếu bị dọa đòi nợ, chụp màn hình tin nhắn và kể ngay với người lớn em tin.',
          en: 'If someone threatens you over a debt, screenshot the messages and tell an adult you trust right away.',
        },
      },
      {
        id: 'loan_scam.child.call_113',
        text: {
          vi: 'Nếu bị dọa tìm đến nhà, đến trường hay làm hại em, gọi 113.',
          en: 'If they threaten to come to your home or school or to hurt you, call 113.',
        },
        helpLine: '113',
      },
    ],
    parentAdvice: [
      {
        id: 'loan_scam.parent.talk',
        text: {
          vi: 'Hỏi con vì sao cần tiền, không la mắng; cùng con tìm cách trả nợ an toàn.',
          en: 'Ask your child why they needed money, without shouting; find a safe way to deal with the debt together.',
        },
      },
      {
        id: 'loan_scam.parent.police',
        text: {
          vi: 'Trình báo công an khi bị đe dọa hoặc bị gọi, nhắn tin quấy rối; giữ lại toàn bộ bằng chứng.',
          en: 'Report threats and harassing calls or messages to the police; keep all the evidence.',
        },
      },
      {
        id: 'loan_scam.parent.lock_account',
        text: {
          vi: 'Nếu con đã cho thuê tài khoản ngân hàng, đến ngân hàng khóa ngay và báo công an.',
          en: "If your child has rented out a bank account, go to the bank to lock it now and tell the police.",
        },
      },
      {
        id: 'loan_scam.parent.report_156',
        text: {
          vi: 'Báo số điện thoại quấy rối, lừa đảo qua 156.',
          en: 'Report harassing or scam numbers to 156.',
        },
        helpLine: '156',
      },
    ],
  },

  shopping_scam: {
    name: { vi: 'Lừa đảo mua bán online', en: 'Online shopping scams' },
    explanation: {
      vi: 'Người lạ "pass" vé concert, bán đồ idol, điện thoại hay quần áo giá rẻ, đòi chuyển cọc hoặc trả hết tiền trước rồi biến mất; hoặc giả shipper đòi phí giao hàng.',
      en: 'A stranger "passes on" concert tickets or sells idol merch, phones or clothes cheaply, asks for a deposit or full payment first, then disappears; or a fake courier asks for a delivery fee.',
    },
    childAdvice: [
      {
        id: 'shopping_scam.child.no_prepay',
        text: {
          vi: 'Không chuyển cọc hay trả trước cho người bán lạ trên mạng.',
          en: 'Do not pay a deposit or pay in advance to a seller you do not know online.',
        },
      },
      {
        id: 'shopping_scam.child.official',
        text: {
          vi: 'Mua vé, mua hàng qua kênh bán chính thức, hoặc nhờ bố mẹ mua cùng.',
          en: 'Buy tickets and goods through official sellers, or ask your parents to buy with you.',
        },
      },
      {
        id: 'shopping_scam.child.no_courier_fee',
        text: {
          vi: 'Không trả "phí giao hàng" hay bấm link của shipper lạ khi em không đặt hàng.',
          en: 'Do not pay a "delivery fee" or tap a link from an unknown courier when you did not order anything.',
        },
      },
      {
        id: 'shopping_scam.child.evidence',
        text: {
          vi: 'Nếu lỡ chuyển tiền, chụp màn hình đoạn chat và giao dịch, rồi báo ngay bố mẹ.',
          en: 'If you already paid, screenshot the chat and the payment, then tell your parents straight away.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'shopping_scam.parent.safe_channels',
        text: {
          vi: 'Ưu tiên kênh chính thức, sàn thương mại điện tử có bảo vệ người mua, hoặc nhận hàng rồi mới trả tiền.',
          en: 'Prefer official sellers, marketplaces with buyer protection, or paying on delivery after checking the goods.',
        },
      },
      {
        id: 'shopping_scam.parent.check_seller',
        text: {
          vi: 'Tra số tài khoản, số điện thoại người bán trên mạng trước khi chuyển tiền; tra trang web trên tinnhiemmang.vn.',
          en: "Search the seller's account number and phone number online before paying; look the website up on tinnhiemmang.vn.",
        },
      },
      {
        id: 'shopping_scam.parent.bank',
        text: {
          vi: 'Nếu đã chuyển tiền, gọi ngay ngân hàng để yêu cầu phong tỏa giao dịch và trình báo công an.',
          en: 'If money was sent, call the bank at once to ask them to freeze the transfer, and report to the police.',
        },
      },
      {
        id: 'shopping_scam.parent.report',
        text: {
          vi: 'Báo cáo tài khoản người bán trên nền tảng; báo tin nhắn giả shipper qua 5656.',
          en: "Report the seller's account on the platform; report fake courier texts to 5656.",
        },
        helpLine: '5656',
      },
    ],
  },

  substance_lure: {
    name: { vi: 'Dụ dỗ sử dụng chất cấm', en: 'Luring into drug use' },
    explanation: {
      vi: 'Có người mời em dùng thuốc lá điện tử, pod "thêm tí nước vui", bóng cười, "kẹo", nước uống hay viên thuốc lạ và nói là vô hại; thật ra chúng có thể chứa ma túy và rất nguy hiểm.',
      en: 'Someone offers you e-cigarettes, pods with "a little fun liquid", laughing gas, "candy", drinks or strange pills and says they are harmless; they can contain drugs and be very dangerous.',
    },
    childAdvice: [
      {
        id: 'substance_lure.child.say_no',
        text: {
          vi: 'Từ chối và rời đi. Em không cần giải thích, chỉ cần nói "Không, cảm ơn".',
          en: 'Say no and walk away. You do not need to explain; "No, thanks" is enough.',
        },
      },
      {
        id: 'substance_lure.child.nothing_unknown',
        text: {
          vi: 'Không ăn, uống, hút hay hít thứ gì người lạ đưa, kể cả khi họ nói đó là kẹo hay nước ngọt.',
          en: 'Do not eat, drink, smoke or inhale anything a stranger gives you, even if they say it is candy or a soft drink.',
        },
      },
      {
        id: 'substance_lure.child.tell_adult',
        text: {
          vi: 'Kể với bố mẹ hoặc thầy cô nếu có người mời chào, bán những thứ này gần trường.',
          en: 'Tell your parents or a teacher if someone is offering or selling these things near school.',
        },
      },
      {
        id: 'substance_lure.child.call_115',
        text: {
          vi: 'Nếu em hay bạn đã lỡ dùng và thấy chóng mặt, khó thở, co giật hay ngất, gọi 115 ngay.',
          en: 'If you or a friend took something and feel dizzy, cannot breathe well, have a fit or pass out, call 115 now.',
        },
        helpLine: '115',
      },
    ],
    parentAdvice: [
      {
        id: 'substance_lure.parent.talk',
        text: {
          vi: 'Hỏi chuyện bình tĩnh, không tra hỏi; khen con vì đã kể, và cùng con tập cách từ chối.',
          en: 'Talk calmly rather than interrogating; thank your child for telling you, and practise saying no together.',
        },
      },
      {
        id: 'substance_lure.parent.call_115',
        text: {
          vi: 'Nếu con đã dùng và có biểu hiện bất thường, gọi 115; giữ lại gói, chai hay pod còn lại để bác sĩ biết.',
          en: 'If your child took something and seems unwell, call 115; keep any packet, bottle or pod left so the doctors know what it was.',
        },
        helpLine: '115',
      },
      {
        id: 'substance_lure.parent.report',
        text: {
          vi: 'Báo nhà trường và công an địa phương về người mời chào, bán hàng gần trường.',
          en: 'Tell the school and the local police about anyone offering or selling these near the school.',
        },
      },
      {
        id: 'substance_lure.parent.signs',
        text: {
          vi: 'Để ý đồ vật lạ như pod, bóng bay, gói bột, và thay đổi về giấc ngủ, tâm trạng của con.',
          en: "Watch for unusual items like pods, balloons or powder packets, and changes in your child's sleep or mood.",
        },
      },
    ],
  },

  self_harm_risk: {
    name: { vi: 'Nguy cơ tự hại', en: 'Risk of self-harm' },
    explanation: {
      vi: 'Một người bạn, hoặc chính em, nói không muốn sống nữa, định làm đau bản thân hay nói lời tạm biệt; lúc này cần báo ngay một người lớn, không phải phán xét.',
      en: 'A friend, or you yourself, says they do not want to live, plan to hurt themselves or are saying goodbye; what is needed now is an adult\'s help, not judgement.',
    },
    childAdvice: [
      {
        id: 'self_harm_risk.child.be_kind',
        text: {
          vi: 'Tử tế và lắng nghe. Đừng chê bai hay nói "làm quá". Hãy nói: "Mình ở đây với bạn."',
          en: 'Be kind and listen. Do not mock or say "you\'re overreacting". Say: "I\'m here with you."',
        },
      },
      {
        id: 'self_harm_risk.child.tell_now',
        text: {
          vi: 'Báo ngay cho một người lớn em tin: bố mẹ, thầy cô. Đừng giữ bí mật chuyện này, kể cả khi bạn xin em giữ.',
          en: 'Tell an adult you trust right now: a parent or a teacher. Do not keep this secret, even if your friend asks you to.',
        },
      },
      {
        id: 'self_harm_risk.child.call_115',
        text: {
          vi: 'Nếu ai đó đã làm đau bản thân hoặc đã uống thuốc, gọi 115 ngay.',
          en: 'If someone has already hurt themselves or taken pills, call 115 now.',
        },
        helpLine: '115',
      },
      {
        id: 'self_harm_risk.child.call_111',
        text: {
          vi: 'Gọi 111 (miễn phí, 24/7) để được tư vấn, cho bạn ấy hoặc cho chính em.',
          en: 'Call 111 (free, 24/7) for advice, for your friend or for yourself.',
        },
        helpLine: '111',
      },
      {
        id: 'self_harm_risk.child.not_alone',
        text: {
          vi: 'Nếu chính em đang thấy như vậy: hãy nói với một người em tin ngay bây giờ. Em không một mình.',
          en: 'If you are the one feeling this way: talk to someone you trust right now. You are not alone.',
        },
      },
    ],
    parentAdvice: [
      {
        id: 'self_harm_risk.parent.listen',
        text: {
          vi: 'Bình tĩnh lắng nghe, không phán xét. Hỏi thẳng và nhẹ nhàng: "Con có đang nghĩ đến việc làm đau bản thân không?" Hỏi như vậy không khiến con nảy ra ý định.',
          en: 'Listen calmly, without judging. Ask gently and directly: "Are you thinking about hurting yourself?" Asking does not put the idea in their head.',
        },
      },
      {
        id: 'self_harm_risk.parent.stay_close',
        text: {
          vi: 'Không để con ở một mình khi có nguy cơ; cất xa thuốc, dao và dây.',
          en: 'Do not leave your child alone while the risk lasts; put medicines, knives and cords out of reach.',
        },
      },
      {
        id: 'self_harm_risk.parent.call_115',
        text: {
          vi: 'Gọi 115 ngay nếu con đã tự làm đau mình hoặc đã uống thuốc.',
          en: 'Call 115 at once if your child has hurt themselves or taken pills.',
        },
        helpLine: '115',
      },
      {
        id: 'self_harm_risk.parent.call_111',
        text: {
          vi: 'Gọi 111 để được tư vấn và kết nối với chuyên gia.',
          en: 'Call 111 for advice and to be connected with professionals.',
        },
        helpLine: '111',
      },
      {
        id: 'self_harm_risk.parent.follow_up',
        text: {
          vi: 'Đưa con đi gặp chuyên gia sức khỏe tâm thần và báo nhà trường để cùng theo dõi, hỗ trợ con.',
          en: 'Take your child to a mental health professional and let the school know so you can support them together.',
        },
      },
    ],
  },

  harmful_challenge: {
    name: { vi: 'Thử thách nguy hiểm, xúi giục tự hại', en: 'Dangerous challenges and incitement to self-harm' },
    explanation: {
      vi: 'Ai đó thách em làm những "nhiệm vụ" gây đau cho bản thân như tự siết cổ, nhảy từ trên cao hay uống thuốc, rồi dọa hại gia đình nếu em dừng lại.',
      en: 'Someone dares you to do "missions" that hurt you, like choking yourself, jumping from high places or taking pills, then threatens your family if you stop.',
    },
    childAdvice: [
      {
        id: 'harmful_challenge.child.stop',
        text: {
          vi: 'Dừng lại ngay. Em không phải làm bất kỳ thử thách nào. Lời dọa hại gia đình chỉ để ép em.',
          en: 'Stop now. You do not have to do any challenge. Threats against your family are only meant to pressure you.',
        },
      },
      {
        id: 'harmful_challenge.child.tell_now',
        text: {
          vi: 'Kể ngay với bố mẹ hoặc thầy cô và cho họ xem tin nhắn. Đây không phải lỗi của em. Em không một mình.',
          en: 'Tell your parents or a teacher right now and show them the messages. This is not your fault. You are not alone.',
        },
      },
      {
        id: 'harmful_challenge.child.evidence_block',
        text: {
          vi: 'Chụp màn hình, chặn và báo cáo tài khoản. Không chia sẻ video thử thách cho bạn khác.',
          en: 'Take screenshots, block and report the account. Do not share challenge videos with friends.',
        },
      },
      {
        id: 'harmful_challenge.child.call_115',
        text: {
          vi: 'Nếu em hoặc bạn đã bị thương hay đã uống thứ gì đó, gọi 115 ngay.',
          en: 'If you or a friend got hurt or took something, call 115 now.',
        },
        helpLine: '115',
      },
      {
        id: 'harmful_challenge.child.call_111',
        text: {
          vi: 'Gọi 111 (miễn phí, 24/7) nếu em thấy sợ hoặc cần người nói chuyện.',
          en: 'Call 111 (free, 24/7) if you feel scared or need someone to talk to.',
        },
        helpLine: '111',
      },
    ],
    parentAdvice: [
      {
        id: 'harmful_challenge.parent.calm',
        text: {
          vi: 'Giữ bình tĩnh, cảm ơn con vì đã kể; không trách con tò mò hay đã làm theo.',
          en: 'Stay calm and thank your child for telling you; do not blame them for being curious or for going along with it.',
        },
      },
      {
        id: 'harmful_challenge.parent.call_115',
        text: {
          vi: 'Gọi 115 ngay nếu con đã bị thương hoặc đã uống thuốc.',
          en: 'Call 115 at once if your child is hurt or has taken pills.',
        },
        helpLine: '115',
      },
      {
        id: 'harmful_challenge.parent.call_113',
        text: {
          vi: 'Lời dọa "biết nhà", "hại gia đình" thường chỉ để ép trẻ, nhưng hãy trình báo công an; gọi 113 nếu có nguy hiểm ngay.',
          en: 'Threats like "we know where you live" are usually just pressure, but report them to the police; call 113 if there is immediate danger.',
        },
        helpLine: '113',
      },
      {
        id: 'harmful_challenge.parent.report',
        text: {
          vi: 'Báo cáo tài khoản và nội dung trên nền tảng; báo nhà trường để cùng để ý các em khác.',
          en: 'Report the account and the content on the platform; tell the school so other children can be looked out for too.',
        },
      },
      {
        id: 'harmful_challenge.parent.call_111',
        text: {
          vi: 'Gọi 111 để được tư vấn cách nói chuyện và hỗ trợ con.',
          en: 'Call 111 for advice on how to talk with and support your child.',
        },
        helpLine: '111',
      },
    ],
  },
};
