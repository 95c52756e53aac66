/**
 * Bait words (Vietnamese without diacritics, and English) that scam hosts are built from:
 * free gifts, top-ups, "verify your account", lucky spins, loans, jobs, gambling.
 */
export const LURE_WORDS: readonly string[] = [
  // gifts, prizes, events
  'quatang', 'tangqua', 'nhanqua', 'nhanthuong', 'trungthuong', 'trungqua', 'phanthuong',
  'sukien', 'vongquay', 'quayso', 'mienphi', 'trian', 'khuyenmai', 'uudai', 'lixi',
  'giftcode', 'gift', 'free', 'bonus', 'reward', 'prize', 'winner', 'giveaway', 'claim',
  'promo', 'event', 'sale', 'deal',
  // game top-ups
  'nap', 'napthe', 'naptien', 'napkc', 'kimcuong', 'diamond', 'topup', 'skin', 'thecao',
  // account and security bait
  'xacminh', 'xacthuc', 'xacnhan', 'hotro', 'dangnhap', 'baomat', 'capnhat', 'taikhoan',
  'kichhoat', 'mokhoa', 'khoataikhoan', 'canhbao', 'hethong', 'cskh', 'login', 'signin',
  'verify', 'verification', 'secure', 'security', 'account', 'update', 'support', 'unlock',
  'recovery', 'confirm', 'otp', 'wallet',
  // money back, fines, bills
  'hoantien', 'hoanphi', 'phatnguoi', 'hoadon', 'tracuu', 'refund',
  // loans and jobs
  'vay', 'vaytien', 'vayonline', 'giaingan', 'tuyendung', 'vieclam', 'congviec', 'ctv',
  // gambling
  'taixiu', 'nohu', 'banca', 'xoso', 'casino', 'cado', 'bet',
];

/**
 * Words that, next to a brand name, only dress it up ("vietcombank-vn", "myvcb",
 * "momo-app"). Together with {@link LURE_WORDS} they make a brand look-alike strong.
 */
export const BRAND_AFFIXES: readonly string[] = [
  'vn', 'vietnam', 'online', 'app', 'web', 'my', 'official', 'help', 'service', 'services',
  'care', 'center', 'id', 'bank', 'banking', 'pay', 'card', 'shop', 'store', 'vip', 'pro',
  'mobile', 'digital', 'group', 'new', 'net', 'portal', 'global', 'info', 'sales', 'deals',
  'gifts', 'events', 'chinhthuc',
];

/**
 * The first lure word in a host label (accents already folded): a whole hyphen-separated
 * token, the start or end of a 4+ letter run, or anywhere for words of 6+ letters.
 */
export function findLureWord(label: string): string | undefined {
  const tokens = label.split('-');
  const compact = tokens.join('');
  return LURE_WORDS.find(
    (word) =>
      tokens.includes(word) ||
      (word.length >= 4 && (compact.startsWith(word) || compact.endsWith(word))) ||
      (word.length >= 6 && compact.includes(word)),
  );
}
