import type { CheckKind } from './run-check.js';

/** A sample a first-time visitor can try; `labelKey` names it under `check:examples`. */
export interface CheckExample {
  labelKey: string;
  value: string;
}

/**
 * Realistic scam samples in Vietnamese, as children receive them. Every number, account and
 * domain is made up; none belongs to a real person or site.
 */
export const EXAMPLES: Record<CheckKind, readonly CheckExample[]> = {
  message: [
    {
      labelKey: 'kidnapping',
      value:
        'Tôi là cán bộ Công an quận Cầu Giấy. Em đang liên quan đến một vụ rửa tiền và ma túy. Em không được nói với bố mẹ, phải giữ bí mật tuyệt đối. Ngay tối nay em tự thuê một phòng khách sạn, tắt định vị và giữ máy gọi video với tôi.',
    },
    {
      labelKey: 'prize',
      value:
        'Chúc mừng em đã trúng thưởng iPhone 16 từ chương trình tri ân khách hàng! Để nhận quà, em chuyển trước 500.000đ phí vận chuyển vào tài khoản 1023456789 và bấm vào http://qua-tang-tri-an.top/nhan-qua',
    },
    {
      labelKey: 'game',
      value:
        'Shop tặng 5000 kim cương Free Fire miễn phí, chỉ cần đăng nhập tài khoản game tại ff-sukien-kimcuong.xyz rồi gửi mã OTP cho admin nhé',
    },
  ],
  conversation: [
    {
      labelKey: 'grooming',
      value: [
        'Anh Tuấn: Em dễ thương ghê, anh chưa gặp ai hiểu anh như em',
        'Bạn: dạ em cảm ơn anh',
        'Anh Tuấn: Em mấy tuổi rồi? Ở nhà có ai không?',
        'Bạn: em 13 tuổi, bố mẹ đi làm rồi',
        'Anh Tuấn: Mình chuyển qua Telegram nói chuyện nhé, đừng kể với ai. Gửi anh mấy tấm ảnh riêng đi, anh tặng em thẻ game 500k',
        'Anh Tuấn: Cuối tuần anh đón em đi chơi nha, đừng nói bố mẹ',
      ].join('\n'),
    },
    {
      labelKey: 'job',
      value: [
        'Chị Mai: Chào em, chị bên tuyển dụng, em muốn kiếm thêm 300-500k mỗi ngày không? Việc nhẹ lương cao, chỉ cần thả tim video TikTok thôi',
        'Bạn: thật ạ? em làm được không chị',
        'Chị Mai: Được em, nhưng em nạp trước 200k phí kích hoạt tài khoản nhiệm vụ nhé, làm xong hoàn lại cả gốc lẫn lãi',
        'Chị Mai: Nhanh lên em, hôm nay là ngày cuối nhận CTV',
      ].join('\n'),
    },
    {
      labelKey: 'otp',
      value: [
        '[20:15] Nam lớp 8B: Ê, tớ bị hack nick, đây là nick phụ. Cậu cho tớ mượn mã OTP vừa gửi về điện thoại cậu nhé',
        '[20:16] Bạn: mã gì cơ',
        '[20:16] Nam lớp 8B: Gấp lắm, đừng hỏi nhiều, đọc mã 6 số cho tớ đi',
      ].join('\n'),
    },
  ],
  link: [
    { labelKey: 'bank', value: 'http://vietc0mbank-xacthuc.top/dang-nhap' },
    { labelKey: 'robux', value: 'https://robux-mienphi.web.app' },
    { labelKey: 'short', value: 'bit.ly/qua-tang-2025' },
  ],
  phone: [
    { labelKey: 'foreign', value: '+855 23 456 789' },
    { labelKey: 'premium', value: '1900 6868 99' },
    { labelKey: 'old', value: '0166 234 5678' },
  ],
};
