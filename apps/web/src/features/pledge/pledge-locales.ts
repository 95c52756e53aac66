import i18next from 'i18next';

/**
 * Strings of the pledge page, in the i18next namespace `pledge`. Warm, in the child's own
 * voice ("em"), never frightening.
 */
export const pledgeVi = {
  title: 'Cam kết “Không một mình”',
  lead: 'Cùng hàng nghìn bạn trên khắp 34 tỉnh, thành, em hãy đọc và ký cam kết. Một lời hứa nhỏ với chính mình để an toàn hơn trên mạng.',
  pledgeTitle: 'Không một mình – Cùng nhau an toàn trực tuyến',
  points: {
    secret: 'Em sẽ không giữ bí mật khi ai đó trên mạng làm em sợ, bắt em giấu bố mẹ hay ép em làm điều em không muốn.',
    pause: 'Em sẽ dừng lại và hỏi người lớn em tin trước khi bấm link lạ, chuyển tiền hay đưa mật khẩu, mã OTP cho bất kỳ ai.',
    meet: 'Em sẽ không đi gặp riêng người chỉ quen trên mạng, và không gửi ảnh riêng tư của mình cho ai.',
    friends: 'Em sẽ tử tế với bạn bè trên mạng: không chia sẻ ảnh hay chuyện riêng của bạn, và giúp bạn tìm người lớn khi bạn gặp chuyện.',
    notAlone: 'Nếu có chuyện xảy ra, em nhớ rằng đó không phải lỗi của em. Em sẽ kể với bố mẹ, thầy cô hoặc gọi 111. Em không một mình.',
  },
  form: {
    title: 'Ký cam kết',
    privacy: 'Tên và trường không bắt buộc, em không cần ghi họ tên đầy đủ. Trang này chỉ hiện số lời cam kết theo tỉnh, thành, không hiện tên ai.',
    firstName: 'Tên của em (không bắt buộc)',
    firstNameHint: 'Chỉ tên gọi, ví dụ: Tuyết',
    school: 'Trường (không bắt buộc)',
    province: 'Tỉnh, thành phố',
    provincePlaceholder: 'Chọn tỉnh, thành phố',
    provinceRequired: 'Em hãy chọn tỉnh, thành phố nhé.',
    band: 'Em là',
    bandPlaceholder: 'Chọn nhóm',
    bandRequired: 'Em hãy chọn nhóm của mình nhé.',
    submit: 'Em xin cam kết',
    submitting: 'Đang gửi…',
    loadingProvinces: 'Đang tải danh sách tỉnh, thành…',
  },
  bands: {
    primary: 'Học sinh tiểu học',
    lower_secondary: 'Học sinh THCS',
    upper_secondary: 'Học sinh THPT',
    university: 'Sinh viên',
    parents: 'Phụ huynh, thầy cô',
  },
  thanks: 'Cảm ơn em đã cam kết! Em là một trong {{total}} người cùng nhau an toàn trực tuyến.',
  thanksProvince: '{{province}} đã có {{count}} lời cam kết.',
  already: 'Em đã cam kết rồi, cảm ơn em!',
  counter: {
    title: 'Những lời cam kết',
    total: 'lời cam kết trên cả nước',
    province: 'Tỉnh, thành phố',
    count: 'Số lời cam kết',
    none: 'Chưa có lời cam kết nào. Em hãy là người đầu tiên!',
    failed: 'Chưa tải được số lời cam kết.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const pledgeEn: Shape<typeof pledgeVi> = {
  title: 'The “Not alone” pledge',
  lead: 'Join thousands of young people across all 34 provinces: read and sign the pledge. A small promise to yourself to be safer online.',
  pledgeTitle: 'Not alone – Safe online together',
  points: {
    secret: 'I will not keep it secret when someone online scares me, asks me to hide things from my parents, or pushes me to do something I do not want to do.',
    pause: 'I will stop and ask an adult I trust before I click a strange link, send money, or give anyone a password or an OTP code.',
    meet: 'I will not go to meet someone I only know online on my own, and I will not send private photos of myself to anyone.',
    friends: 'I will be kind to my friends online: I will not share their photos or private stories, and I will help them find an adult when something is wrong.',
    notAlone: 'If something happens, I will remember it is not my fault. I will tell my parents or a teacher, or call 111. I am not alone.',
  },
  form: {
    title: 'Sign the pledge',
    privacy: 'Name and school are optional, and you do not need your full name. This page only shows how many pledges each province has, never anyone’s name.',
    firstName: 'Your first name (optional)',
    firstNameHint: 'Just what people call you, e.g. Tuyết',
    school: 'School (optional)',
    province: 'Province or city',
    provincePlaceholder: 'Choose a province or city',
    provinceRequired: 'Please choose your province or city.',
    band: 'I am',
    bandPlaceholder: 'Choose a group',
    bandRequired: 'Please choose your group.',
    submit: 'I make this pledge',
    submitting: 'Sending…',
    loadingProvinces: 'Loading provinces…',
  },
  bands: {
    primary: 'A primary school pupil',
    lower_secondary: 'A lower secondary student',
    upper_secondary: 'An upper secondary student',
    university: 'A university student',
    parents: 'A parent or teacher',
  },
  thanks: 'Thank you for your pledge! You are one of {{total}} people staying safe online together.',
  thanksProvince: '{{province}} now has {{count}} pledges.',
  already: 'You have already pledged — thank you!',
  counter: {
    title: 'Pledges so far',
    total: 'pledges across the country',
    province: 'Province or city',
    count: 'Pledges',
    none: 'No pledges yet. Be the first!',
    failed: 'The pledge count could not be loaded.',
  },
};

function register(): void {
  i18next.addResourceBundle('vi', 'pledge', pledgeVi, true, true);
  i18next.addResourceBundle('en', 'pledge', pledgeEn, true, true);
}

// The i18next store exists only once init() ran; this module may load before or after that.
if (i18next.isInitialized) register();
else i18next.on('initialized', register);
