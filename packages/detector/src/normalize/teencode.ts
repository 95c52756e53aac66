/**
 * Vietnamese chat abbreviations ("teencode"), expanded on the folded (diacritic-less) form so
 * that "ko chuyen dc" and "không chuyển được" meet. Keys are whole words; no value contains a
 * key, so expanding twice changes nothing.
 */
export const TEENCODE: ReadonlyMap<string, string> = new Map([
  ['ko', 'khong'], ['k0', 'khong'], ['kh', 'khong'], ['hok', 'khong'], ['khum', 'khong'],
  ['hem', 'khong'], ['kg', 'khong'], ['khg', 'khong'], ['hk', 'khong'], ['hog', 'khong'],
  ['kp', 'khong phai'], ['dk', 'duoc'], ['dzc', 'duoc'], ['mk', 'minh'], ['mik', 'minh'],
  ['mjk', 'minh'], ['bn', 'ban'], ['stk', 'so tai khoan'], ['tk', 'tai khoan'],
  ['ck', 'chuyen khoan'], ['sdt', 'so dien thoai'], ['dt', 'dien thoai'], ['dc', 'duoc'], ['ib', 'nhan tin'],
  ['inb', 'nhan tin'], ['ibx', 'nhan tin'], ['nt', 'nhan tin'], ['ns', 'noi'], ['bt', 'biet'],
  ['bik', 'biet'], ['bh', 'bao gio'], ['trc', 'truoc'], ['cx', 'cung'], ['cug', 'cung'],
  ['lm', 'lam'], ['nhiu', 'nhieu'], ['iu', 'yeu'], ['thik', 'thich'], ['ntn', 'nhu the nao'],
  ['ny', 'nguoi yeu'], ['bme', 'bo me'], ['ctv', 'cong tac vien'], ['dag', 'dang'],
  ['dg', 'dang'], ['tl', 'tra loi'], ['nch', 'noi chuyen'], ['nv', 'nhiem vu'], ['hnay', 'hom nay'],
  ['hqua', 'hom qua'], ['nyc', 'nguoi yeu cu'], ['cmnd', 'chung minh nhan dan'],
  ['cccd', 'can cuoc cong dan'], ['mxh', 'mang xa hoi'], ['kb', 'ket ban'],
]);

/**
 * Abbreviations that are also English words or letters ("a" is an article, "rep", "bit", "ms"):
 * expanded only when the text does not read as English.
 */
export const TEENCODE_VI: ReadonlyMap<string, string> = new Map([
  ['e', 'em'], ['a', 'anh'], ['c', 'chi'], ['k', 'khong'], ['j', 'gi'], ['z', 'vay'],
  ['r', 'roi'], ['b', 'ban'], ['mh', 'minh'], ['ng', 'nguoi'], ['mn', 'moi nguoi'],
  ['vs', 'voi'], ['rep', 'tra loi'], ['bit', 'biet'], ['ms', 'moi'], ['bm', 'bo me'],
  ['gd', 'gia dinh'], ['sn', 'sinh nhat'], ['nc', 'noi chuyen'],
]);

/** Frequent Vietnamese words (folded) that tell the text is Vietnamese. */
export const VI_WORDS: ReadonlySet<string> = new Set(
  ('khong duoc minh ban em anh chi oi nhe nha roi cua la cho voi gi vay di lam biet nguoi ' +
    'tien chuyen khoan tai so dien thoai nhan tin tra loi noi bao gio truoc cung moi ' +
    'thi ma nay dau sao nao nhu yeu thich hom qua toi tao chung ta vao ra ' +
    'dang se da co hay rat lai mot hai ba bon nam muoi tram nghin trieu').split(' '),
);

/** Frequent English words that tell the text is English (none is also a folded Vietnamese word). */
export const EN_WORDS: ReadonlySet<string> = new Set(
  ('the you your and is of for we i this that it will are have with in at please from our ' +
    'not dont if or was what how just get send click now here they she his her by all about ' +
    'would should could has had been them us its were which when who there their').split(' '),
);
