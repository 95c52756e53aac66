/** Languages the API answers in; Vietnamese first. */
export type Lang = 'vi' | 'en';

/** Every error message the API can send, by code. */
export const MESSAGES = {
  not_found: { vi: 'Không tìm thấy địa chỉ này.', en: 'This address was not found.' },
  invalid_json: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  validation: {
    vi: 'Một số thông tin chưa hợp lệ, vui lòng kiểm tra lại.',
    en: 'Some fields are not valid; please check them.',
  },
  body_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  unsupported_media_type: {
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  rate_limited: {
    vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  unauthenticated: { vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện việc này.', en: 'You are not allowed to do this.' },
  csrf: {
    vi: 'Phiên làm việc đã hết hạn, vui lòng tải lại trang.',
    en: 'Your session has expired; please reload the page.',
  },
  invalid_credentials: {
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'The email or password is not correct.',
  },
  account_locked: {
    vi: 'Tài khoản tạm bị khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'This account is locked for a while after too many wrong passwords. Try again in {minutes} minutes.',
  },
  email_taken: { vi: 'Email này đã được dùng.', en: 'This email is already in use.' },
  unknown_province: {
    vi: 'Không tìm thấy tỉnh/thành này. Vui lòng chọn trong danh sách 34 tỉnh/thành.',
    en: 'Unknown province. Please choose one of the 34 provinces.',
  },
  already_pledged: {
    vi: 'Thiết bị này đã cam kết rồi. Cảm ơn em!',
    en: 'This device has already taken the pledge. Thank you!',
  },
  track_incomplete: {
    vi: 'Em chưa hoàn thành hết lộ trình này, còn thiếu: {missing}.',
    en: 'This track is not finished yet; still missing: {missing}.',
  },
  certificate_not_found: {
    vi: 'Không tìm thấy chứng nhận với mã này.',
    en: 'No certificate has this code.',
  },
  campaign_not_found: { vi: 'Không tìm thấy chiến dịch.', en: 'Campaign not found.' },
  school_not_found: { vi: 'Không tìm thấy trường học.', en: 'School not found.' },
  expert_not_found: { vi: 'Không tìm thấy chuyên gia.', en: 'Expert not found.' },
  training_not_found: { vi: 'Không tìm thấy buổi tập huấn.', en: 'Training not found.' },
  event_not_found: { vi: 'Không tìm thấy sự kiện.', en: 'Event not found.' },
  import_not_found: { vi: 'Không tìm thấy lượt nhập dữ liệu.', en: 'Import not found.' },
  out_of_province: {
    vi: 'Bạn chỉ được làm việc với dữ liệu thuộc tỉnh/thành của mình.',
    en: 'You may only work with data of your own province.',
  },
  expert_double_booked: {
    vi: 'Chuyên gia {name} đã có buổi khác trùng thời gian ({start} – {end}). Vui lòng chọn giờ khác hoặc chuyên gia khác.',
    en: 'Expert {name} already has another session at that time ({start} – {end}). Choose another time or expert.',
  },
  training_status: {
    vi: 'Buổi tập huấn đang ở trạng thái "{status}", không thể thực hiện thao tác này.',
    en: 'The training is "{status}"; this action is not possible now.',
  },
  training_not_assigned: {
    vi: 'Chỉ chuyên gia được phân công mới ghi nhận được kết quả buổi này.',
    en: 'Only an expert assigned to this training can record it.',
  },
  ticket_not_found: { vi: 'Không tìm thấy vé với mã này cho sự kiện.', en: 'No ticket with this code for this event.' },
  ticket_used: { vi: 'Vé đã được sử dụng.', en: 'This ticket has already been used.' },
  end_date_before_start: { vi: 'Ngày kết thúc không được trước ngày bắt đầu.', en: 'The end date cannot be before the start date.' },
  end_time_before_start: { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end time must be after the start time.' },
  hashtag_invalid: {
    vi: 'Hashtag chỉ gồm chữ, số và dấu gạch dưới, và mỗi hashtag chỉ nhập một lần.',
    en: 'A hashtag has only letters, digits and underscores, and each hashtag is entered once.',
  },
  event_ended: { vi: 'Sự kiện đã diễn ra nên không nhận đăng ký nữa.', en: 'This event has already taken place, so registration is closed.' },
  import_unreadable: {
    vi: 'Không đọc được tệp. Vui lòng dùng tệp CSV (UTF-8) hoặc Excel (.xlsx) theo mẫu.',
    en: 'The file could not be read. Please use a CSV (UTF-8) or Excel (.xlsx) file following the template.',
  },
  unknown_scheme: {
    vi: 'Không có loại thủ đoạn "{scheme}". Hãy chọn trong danh sách, hoặc chọn "Không rõ".',
    en: 'There is no scheme "{scheme}". Choose one from the list, or "unknown".',
  },
  contact_consent_required: {
    vi: 'Em cần đồng ý cho chuyên gia liên hệ thì mới để lại cách liên lạc được.',
    en: 'To leave contact details, please agree that a counsellor may contact you.',
  },
  too_many_files: {
    vi: 'Chỉ gửi được tối đa {max} ảnh chụp màn hình.',
    en: 'You can send at most {max} screenshots.',
  },
  file_too_large: {
    vi: 'Mỗi ảnh chỉ được tối đa {max} MB. Hãy chụp lại hoặc cắt bớt ảnh.',
    en: 'Each image may be at most {max} MB. Please crop or retake it.',
  },
  invalid_image: {
    vi: 'Tệp gửi lên không phải ảnh PNG hoặc JPEG hợp lệ.',
    en: 'The file is not a valid PNG or JPEG image.',
  },
  report_access_denied: {
    vi: 'Mã hồ sơ hoặc mã PIN không đúng. Em kiểm tra lại nhé.',
    en: 'The case code or PIN is not correct. Please check them.',
  },
  idempotency_key_reused: {
    vi: 'Lần gửi này trùng mã với một báo cáo khác đã gửi trước đó. Em bấm gửi thêm lần nữa nhé, nội dung em viết vẫn còn nguyên.',
    en: 'This send reuses the key of an earlier, different report. Please press send once more; what you wrote is still here.',
  },
  report_locked: {
    vi: 'Mã PIN bị nhập sai nhiều lần nên hồ sơ tạm khóa. Em thử lại sau {minutes} phút nhé. Nếu đang gặp nguy hiểm, hãy gọi 111 hoặc 113.',
    en: 'Too many wrong PINs, so this case is locked for now. Try again in {minutes} minutes. In danger? Call 111 or 113.',
  },
  case_not_found: { vi: 'Không tìm thấy hồ sơ này.', en: 'This case was not found.' },
  case_already_assigned: {
    vi: 'Hồ sơ này đã có chuyên gia khác nhận.',
    en: 'Another counsellor has already taken this case.',
  },
  unknown_expert: {
    vi: 'Không tìm thấy chuyên gia tư vấn này.',
    en: 'There is no counsellor with this id.',
  },
  expert_unavailable: {
    vi: 'Tài khoản của tư vấn viên này đang tạm khóa nên chưa nhận được hồ sơ. Hãy chọn một đồng nghiệp khác.',
    en: "This counsellor's account is locked for now, so they cannot take the case. Please choose another colleague.",
  },
  invalid_transition: {
    vi: 'Không thể chuyển hồ sơ từ trạng thái "{from}" sang "{to}".',
    en: 'A case cannot move from "{from}" to "{to}".',
  },
  referral_needs_consent: {
    vi: 'Cần có sự đồng ý của người báo cáo, hoặc lý do khẩn cấp, để chuyển hồ sơ.',
    en: "A referral needs the reporter's consent, or an emergency reason.",
  },
  indicator_invalid: {
    vi: 'Giá trị này không phải {kind} hợp lệ.',
    en: 'This is not a valid {kind}.',
  },
  indicator_exists: { vi: 'Dấu hiệu này đã được đề xuất.', en: 'This indicator has already been proposed.' },
  indicator_not_found: { vi: 'Không tìm thấy dấu hiệu này.', en: 'This indicator was not found.' },
  indicator_same_counsellor: {
    vi: 'Một chuyên gia khác phải xác nhận dấu hiệu do bạn đề xuất.',
    en: 'Another counsellor must review an indicator you proposed.',
  },
  indicator_already_decided: {
    vi: 'Dấu hiệu này đã được xác nhận hoặc từ chối.',
    en: 'This indicator has already been confirmed or rejected.',
  },
  internal: {
    vi: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.',
    en: 'Something went wrong on the server. Please try again later.',
  },
  unavailable: {
    vi: 'Máy chủ đang tạm dừng, vui lòng thử lại sau.',
    en: 'The server is shutting down; please try again shortly.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof MESSAGES;

/** Whether `code` names one of the messages above (refinements name theirs as strings). */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

/** The message for `code` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(code: MessageCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Picks `en` only when the client prefers English over Vietnamese; Vietnamese otherwise. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.startsWith('vi') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'vi';
}
