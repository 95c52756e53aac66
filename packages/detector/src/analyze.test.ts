import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { AnalysisResult, AnalyzeInput, SchemeId, SignalId } from './types.js';
import { RISK_LEVELS } from './types.js';

const schemeIds = (r: AnalysisResult): SchemeId[] => r.schemes.filter((s) => s.score >= 0.6).map((s) => s.id);
const evidenceOf = (r: AnalysisResult, id: SignalId): string[] =>
  r.signals.find((s) => s.id === id)?.evidence.map((e) => e.text) ?? [];
const atMost = (r: AnalysisResult, level: 'safe' | 'caution'): boolean =>
  RISK_LEVELS.indexOf(r.risk) <= RISK_LEVELS.indexOf(level);

/** Every evidence span indexes the input it came from, exactly. */
function expectExactEvidence(input: AnalyzeInput, r: AnalysisResult): void {
  for (const hit of r.signals) {
    for (const e of hit.evidence) {
      const source =
        typeof input === 'string' ? input
        : 'text' in input ? input.text
        : 'messages' in input ? (input.messages[e.message ?? -1]?.text ?? '')
        : 'url' in input ? input.url
        : input.phone;
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('analyze: warnings and everyday messages are not flagged', () => {
  it.each([
    ['a bank OTP notice', 'Mã OTP của bạn là 123456, không chia sẻ mã này cho bất kỳ ai'],
    ['a police awareness post', 'Công an TP cảnh báo: không cung cấp OTP, không chuyển tiền cho người tự xưng công an'],
    ['a school fee notice', 'Thông báo: Phụ huynh vui lòng nộp học phí tháng 9 trước ngày 15/9 qua chuyển khoản vào tài khoản của trường'],
    ['a birthday surprise', 'Bí mật nhé, đừng nói cho Lan biết tụi mình đang chuẩn bị sinh nhật bất ngờ, mình góp tiền mua quà tặng bạn ấy'],
    ['a bank warning in English', 'Your OTP is 482915. Never share this code with anyone, our staff will never ask for it.'],
    ['a lesson quoting scammers', 'Kẻ gian hay nói: "Đọc mã OTP cho anh", "Chuyển tiền để chứng minh trong sạch". Nghe thấy thì hãy kể với bố mẹ.'],
    ['friends chatting', 'Chiều nay đi đá bóng không, 5h ở sân trường nhé'],
  ])('%s is safe or at most caution', (_, text) => {
    const r = analyze(text);
    expect(atMost(r, 'caution')).toBe(true);
    expect(schemeIds(r)).toEqual([]);
  });

  it.each([
    ['money a parent already sent', 'Bố chuyển 500k vào thẻ của con rồi, tiền học bơi tháng này nhé'],
    ['a bank credit notice in English', 'Techcombank: Your account ending 6011 was credited 300,000 VND at 18:22 on 14/02. Description: DAD TRANSFER POCKET MONEY.'],
    ['a homework reminder with a deadline', 'Reminder: please submit your English homework before 9pm today, it is urgent.'],
  ])('%s is plainly safe', (_, text) => {
    expect(analyze(text).risk).toBe('safe');
  });

  it('a transfer asked for stays a request, also in English', () => {
    expect(evidenceOf(analyze('Chuyển 500k vào tài khoản này rồi gửi ảnh chụp bill cho chị'), 'money_request')).toEqual(['Chuyển 500k']);
    const english = analyze('URGENT: your daughter fainted during PE class and has been taken to the emergency room. The school nurse needs you to transfer 4,000,000 VND now.');
    expect(evidenceOf(english, 'money_request')).toEqual(['transfer 4,000,000 VND']);
    expect(schemeIds(english)).toContain('family_emergency');
  });

  it('an OTP notice and a police post are plainly safe', () => {
    expect(analyze('Mã OTP của bạn là 123456, không chia sẻ mã này cho bất kỳ ai').risk).toBe('safe');
    expect(analyze('Công an TP cảnh báo: không cung cấp OTP, không chuyển tiền cho người tự xưng công an').risk).toBe('safe');
  });
});

describe('analyze: schemes with their evidence', () => {
  const cases: [SchemeId, string, SignalId, string][] = [
    ['authority_impersonation', 'Tôi là cán bộ công an quận 3, em có liên quan đến vụ án rửa tiền, phải chuyển tiền vào tài khoản tạm giữ để xác minh.', 'authority_claim', 'Tôi là cán bộ công an'],
    ['grooming', 'Em xinh quá, anh thương em lắm. Gửi anh vài tấm ảnh nóng nhé, đừng kể với ai.', 'photo_request', 'Gửi anh vài tấm ảnh nóng'],
    ['sextortion', 'Nếu không chuyển 5 triệu tao sẽ tung clip của mày lên facebook cho cả trường xem', 'blackmail', 'Nếu không chuyển 5 triệu tao sẽ tung'],
    ['prize_scam', 'Chúc mừng bạn đã trúng thưởng iPhone 15! Vui lòng nộp phí nhận thưởng 500k để nhận quà.', 'too_good_to_be_true', 'trúng thưởng'],
    ['game_scam', 'Nhận 10.000 kim cương Free Fire miễn phí, chỉ cần gửi tài khoản và mật khẩu game cho ad', 'credential_request', 'gửi tài khoản và mật khẩu'],
    ['job_scam', 'Tuyển CTV làm nhiệm vụ online, lương 500k/ngày, chỉ cần đóng phí kích hoạt 200k trước', 'deposit_first', 'phí kích hoạt'],
    ['account_takeover', 'Bạn ơi mình nhầm số, bạn đọc giúp mình mã OTP vừa gửi về máy bạn nhé', 'credential_request', 'đọc giúp mình mã OTP'],
    ['impersonation_contact', 'Cô đây, cô đổi số mới rồi. Cháu chuyển giúp cô 2 triệu vào tài khoản này, đừng gọi lại nhé cô đang họp', 'money_request', 'chuyển giúp cô 2 triệu'],
    ['family_emergency', 'Con chị bị tai nạn đang cấp cứu ở bệnh viện, chị chuyển ngay 20 triệu tiền mổ cho bác sĩ', 'money_request', 'chuyển ngay 20 triệu'],
    ['gambling_lure', 'Game nổ hũ đổi thưởng uy tín, nạp đầu nhận 288k, tặng thêm 100% tiền nạp', 'too_good_to_be_true', 'nạp đầu nhận 288k'],
    ['loan_scam', 'Vay tiền online không cần thế chấp, giải ngân 5 phút, chỉ cần đóng phí hồ sơ trước', 'deposit_first', 'phí hồ sơ'],
    ['shopping_scam', 'Pass vé concert BLACKPINK giá gốc, chuyển khoản cọc trước 50% mình giữ vé cho', 'deposit_first', 'cọc trước'],
    ['substance_lure', 'Thử pod này đi, thêm tí nước vui phê lắm, không nghiện đâu', 'substance_offer', 'Thử pod'],
    ['self_harm_risk', 'Tớ không muốn sống nữa, chắc tớ sẽ kết thúc tất cả tối nay', 'self_harm_statement', 'không muốn sống nữa'],
    ['harmful_challenge', 'Thử thách hôm nay: nín thở đến ngất rồi quay clip gửi nhóm, ai không làm thì gia đình sẽ gặp nguy hiểm', 'self_harm_incitement', 'Thử thách hôm nay: nín thở đến ngất'],
    ['online_kidnapping', 'Cán bộ công an yêu cầu em thuê phòng khách sạn một mình, tắt định vị và không được nói với bố mẹ vì em liên quan đường dây ma túy', 'isolation', 'tắt định vị'],
  ];
  it.each(cases)('%s', (scheme, text, signal, evidence) => {
    const r = analyze(text);
    expect(schemeIds(r)).toContain(scheme);
    expect(evidenceOf(r, signal)).toContain(evidence);
    expect(['danger', 'emergency']).toContain(r.risk);
    expect(r.advice.length).toBeGreaterThan(0);
    expectExactEvidence(text, r);
  });

  it('phishing links come from the link checker', () => {
    const text = 'Tài khoản của bạn bị khóa, xác minh ngay tại vietcombank-xacminh.top';
    const r = analyze(text);
    expect(schemeIds(r)).toContain('phishing_link');
    expect(evidenceOf(r, 'suspicious_link')).toEqual(['vietcombank-xacminh.top']);
    expect(r.links[0]?.verdict).toBe('suspicious');
    expectExactEvidence(text, r);
  });
});

describe('analyze: sextortion, task-job and loan phrasings', () => {
  it.each([
    ['sextortion', 'Tao ghép mặt mày vào ảnh nóng rồi, muốn tao xóa thì chuyển 2 triệu', 'blackmail', 'muốn tao xóa thì chuyển'],
    ['sextortion', 'I recorded our video call. Pay or I will send it to your classmates.', 'blackmail', 'I recorded our video call'],
    ['job_scam', 'Em nạp thêm 2 triệu mới rút được tiền hoa hồng nhiệm vụ nhé', 'deposit_first', 'nạp thêm 2 triệu mới rút'],
    ['loan_scam', 'vay 5tr không cần gặp mặt, không cần bố mẹ ký', 'too_good_to_be_true', 'không cần bố mẹ ký'],
  ] as [SchemeId, string, SignalId, string][])('%s: %s', (scheme, text, signal, evidence) => {
    const r = analyze(text);
    expect(schemeIds(r)).toContain(scheme);
    expect(evidenceOf(r, signal)).toContain(evidence);
    expectExactEvidence(text, r);
  });

  it.each([
    ['a family watching a match', 'Tối nay có trận bóng, cả nhà xem ở phòng khách nha'],
    ['a group photo posted', 'Mình đăng ảnh cả nhóm đi picnic lên Facebook rồi nhé'],
  ])('%s is safe', (_, text) => {
    expect(analyze(text).risk).toBe('safe');
  });

  it('a top-up just made is not a request', () => {
    expect(evidenceOf(analyze('ê tối nay leo rank không, t mới nạp thẻ 50k mua skin'), 'money_request')).toEqual([]);
  });
});

describe('analyze: variants', () => {
  it.each([
    ['no diacritics', 'Toi la can bo cong an, em lien quan vu an rua tien, khong duoc noi voi bo me'],
    ['teencode', 'a là cán bộ cônq an nè, e dính vụ rửa tiền r, ko dc nói vs bme nha'],
    ['obfuscated', 'T.ô.i l.à c.ô.n.g a.n, e.m l.i.ê.n q.u.a.n r.ử.a t.i.ề.n, k0 đ.ư.ợ.c n.ó.i v.ớ.i b.ố m.ẹ'],
    ['NFD', 'Tôi là công an, em liên quan vụ án rửa tiền, không được nói với bố mẹ'.normalize('NFD')],
  ])('%s still finds the trick', (_, text) => {
    const r = analyze(text);
    expect(['danger', 'emergency']).toContain(r.risk);
    expect(evidenceOf(r, 'accusation_threat').length).toBeGreaterThan(0);
    expectExactEvidence(text, r);
  });

  it('spaced and leet variants', () => {
    const r = analyze('Em đọc m4 0TP vừa gửi về máy cho anh nhé');
    expect(evidenceOf(r, 'credential_request')[0]).toContain('0TP');
    const spaced = analyze('Ai ép em thuê phòng một mình thì gọi 113. Em k h ô n g ổn, em m u ố n c h ế t');
    expect(spaced.risk).toBe('emergency');
  });
});

describe('analyze: emergencies', () => {
  it.each([
    ['summoned to a hotel room', 'Em thuê phòng khách sạn một mình, tắt định vị, không được nói với ai, công an đang điều tra em'],
    ['a self-harm dare', 'Thử thách level 5: cắt tay rồi chụp vết cắt gửi lên nhóm'],
    ['wanting to die', 'Mình mệt lắm rồi, mình không muốn sống nữa'],
    ['a sextortion deadline', 'Trong 2 giờ nữa không chuyển 3 triệu thì tao phát tán ảnh nóng của mày cho cả lớp'],
  ])('%s', (_, text) => {
    const r = analyze(text);
    expect(r.risk).toBe('emergency');
    expect(r.advice.some((a) => a.helpLine !== undefined)).toBe(true);
  });
});

describe('analyze: conversations', () => {
  it('attributes flags to the other party, not to the child', () => {
    const r = analyze({
      messages: [
        { from: 'me', text: 'Mẹ ơi con chuyển tiền học phí rồi nhé' },
        { from: 'them', text: 'Ok con' },
      ],
    });
    expect(r.signals).toEqual([]);
    expect(r.risk).toBe('safe');
  });

  it("counts the child's own self-harm statement", () => {
    const r = analyze({
      messages: [
        { from: 'them', text: 'Dạo này sao thế?' },
        { from: 'me', text: 'Tớ không muốn sống nữa' },
      ],
    });
    expect(r.risk).toBe('emergency');
    expect(r.signals.find((s) => s.id === 'self_harm_statement')?.evidence[0]).toMatchObject({ message: 1, text: 'không muốn sống nữa' });
  });

  it('names the grooming stage before any explicit request', () => {
    const input: AnalyzeInput = {
      messages: [
        { from: 'them', text: 'Em chơi game giỏi thật đấy' },
        { from: 'me', text: 'Dạ em cảm ơn' },
        { from: 'them', text: 'Em năm nay bao nhiêu tuổi rồi? Em xinh quá' },
      ],
    };
    const r = analyze(input);
    expect(RISK_LEVELS.indexOf(r.risk)).toBeGreaterThanOrEqual(RISK_LEVELS.indexOf('caution'));
    expect(r.stage).toBe('trust');
    expectExactEvidence(input, r);
  });

  it('follows grooming to secrecy, requests and a meeting', () => {
    const messages = [
      { from: 'them' as const, text: 'Anh thương em lắm, chỉ có anh hiểu em thôi' },
      { from: 'me' as const, text: 'hihi' },
      { from: 'them' as const, text: 'Chuyện của mình đừng kể với bố mẹ nhé, qua Telegram nói chuyện cho riêng tư' },
    ];
    const secrecy = analyze({ messages });
    expect(secrecy.stage).toBe('secrecy');
    expect(schemeIds(secrecy)).toContain('grooming');
    const meeting = analyze({ messages: [...messages, { from: 'them', text: 'Thứ 7 anh đến đón em đi chơi nhé, mình gặp nhau ở cổng công viên' }] });
    expect(meeting.stage).toBe('meeting');
    expect(meeting.risk).toBe('emergency');
  });

  it('splits a pasted chat and keeps offsets in the pasted text', () => {
    const text = '[20:15] Anh Tuấn: em ơi gửi anh ảnh nóng đi\nĐã xem\nBạn: em không gửi đâu, em sẽ kể với bố mẹ\n20:17 Anh Tuấn: đừng kể với ai nhé';
    const r = analyze(text);
    expect(evidenceOf(r, 'photo_request')).toEqual(['gửi anh ảnh nóng']);
    expect(evidenceOf(r, 'secrecy')).toEqual(['đừng kể với ai']);
    expectExactEvidence(text, r);
  });
});

describe('analyze: links, phones and indicators', () => {
  it('checks a URL or a phone number on its own', () => {
    expect(analyze({ url: 'http://vietcombank-xacminh.top/login' }).links[0]?.verdict).toBe('suspicious');
    expect(analyze({ phone: '0912 345 678' }).phones[0]?.e164).toBe('+84912345678');
  });

  it('turns reported indicators into evidence', () => {
    const text = 'Gọi ngay 0912 345 678 hoặc vào qua-tang-free.vn, nói "mã vận đơn bưu điện" để nhận';
    const r = analyze(text, {
      indicators: {
        phones: [{ value: '+84912345678', scheme: 'authority_impersonation' }],
        domains: [{ value: 'qua-tang-free.vn', scheme: 'prize_scam' }],
        phrases: [{ value: 'mã vận đơn bưu điện', scheme: 'authority_impersonation' }],
      },
    });
    expect(r.indicators?.map((i) => i.kind).sort()).toEqual(['domain', 'phone', 'phrase']);
    expect(evidenceOf(r, 'suspicious_phone')).toEqual(['0912 345 678']);
    expect(r.phones[0]?.reasons[0]?.id).toBe('reported');
    expect(schemeIds(r)).toContain('authority_impersonation');
    for (const match of r.indicators ?? []) for (const e of match.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('analyze: robustness', () => {
  it('never throws and always returns valid evidence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = analyze(text);
        expect(RISK_LEVELS).toContain(r.risk);
        expectExactEvidence(text, r);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    const text = 'Tôi là công an, em liên quan rửa tiền, chuyển tiền ngay';
    expect(analyze(text)).toEqual(analyze(text));
  });

  it('handles a 1 MB text and a 10,000-turn conversation', () => {
    const big = 'Chuyển tiền ngay cho anh, đừng nói với bố mẹ nhé 🎁 '.repeat(20_000);
    expect(analyze(big.slice(0, 1_000_000)).risk).not.toBe('safe');
    // A 1 MB text is analysed to its end, not cut short.
    const late = `${'Hôm nay trời đẹp, cả lớp đi tham quan bảo tàng. '.repeat(21_000)}Tôi là công an, em liên quan vụ rửa tiền`;
    const result = analyze(late);
    expect(late.length).toBeGreaterThan(1_000_000);
    expect(result.truncated).toBeUndefined();
    expect(result.signals.find((s) => s.id === 'authority_claim')?.evidence[0]?.start).toBeGreaterThan(1_000_000);
    const messages = Array.from({ length: 10_000 }, (_, i) => ({ from: i % 2 === 0 ? ('them' as const) : ('me' as const), text: `tin nhắn số ${i}` }));
    expect(analyze({ messages }).risk).toBe('safe');
  }, 60_000);

  it('resists inputs built to backtrack', () => {
    const inputs = [
      'a'.repeat(200_000),
      'gui '.repeat(50_000),
      'chuyen '.repeat(30_000) + 'x',
      'khong '.repeat(40_000),
      '. . . '.repeat(50_000),
      'c o n g '.repeat(30_000),
      '"'.repeat(100_000),
      'Bạn: a\n'.repeat(20_000),
      'em ban con anh cho '.repeat(50_000),
      'chuyen tien roi '.repeat(60_000),
      'vietcombank-xacminh.top 0912 345 678 '.repeat(20_000),
    ];
    for (const text of inputs) expect(RISK_LEVELS).toContain(analyze(text).risk);
  }, 60_000);
});
