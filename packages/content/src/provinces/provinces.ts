/**
 * Vietnam's 34 provincial-level units since 12 June 2025 (Resolution 202/2025/QH15): 6
 * centrally-run cities and 28 provinces. `formerNames` keeps the 63 pre-merger names so
 * older addresses and data sets still map to the right unit.
 */
export interface Province {
  /** Stable slug id, e.g. `ha-noi`. */
  id: string;
  /** Official Vietnamese name. */
  name: string;
  /** Name without diacritics, for English text and search. */
  nameAscii: string;
  kind: 'city' | 'province';
  /** Units merged into this one (the unit's own former name included when it changed). */
  formerNames: string[];
}

export const PROVINCES: readonly Province[] = [
  { id: 'ha-noi', name: 'Hà Nội', nameAscii: 'Ha Noi', kind: 'city', formerNames: ['Hà Nội'] },
  { id: 'hue', name: 'Huế', nameAscii: 'Hue', kind: 'city', formerNames: ['Thừa Thiên Huế'] },
  { id: 'hai-phong', name: 'Hải Phòng', nameAscii: 'Hai Phong', kind: 'city', formerNames: ['Hải Phòng', 'Hải Dương'] },
  { id: 'da-nang', name: 'Đà Nẵng', nameAscii: 'Da Nang', kind: 'city', formerNames: ['Đà Nẵng', 'Quảng Nam'] },
  {
    id: 'ho-chi-minh',
    name: 'TP. Hồ Chí Minh',
    nameAscii: 'Ho Chi Minh City',
    kind: 'city',
    formerNames: ['TP. Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu'],
  },
  { id: 'can-tho', name: 'Cần Thơ', nameAscii: 'Can Tho', kind: 'city', formerNames: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { id: 'lai-chau', name: 'Lai Châu', nameAscii: 'Lai Chau', kind: 'province', formerNames: ['Lai Châu'] },
  { id: 'dien-bien', name: 'Điện Biên', nameAscii: 'Dien Bien', kind: 'province', formerNames: ['Điện Biên'] },
  { id: 'son-la', name: 'Sơn La', nameAscii: 'Son La', kind: 'province', formerNames: ['Sơn La'] },
  { id: 'lang-son', name: 'Lạng Sơn', nameAscii: 'Lang Son', kind: 'province', formerNames: ['Lạng Sơn'] },
  { id: 'quang-ninh', name: 'Quảng Ninh', nameAscii: 'Quang Ninh', kind: 'province', formerNames: ['Quảng Ninh'] },
  { id: 'thanh-hoa', name: 'Thanh Hóa', nameAscii: 'Thanh Hoa', kind: 'province', formerNames: ['Thanh Hóa'] },
  { id: 'nghe-an', name: 'Nghệ An', nameAscii: 'Nghe An', kind: 'province', formerNames: ['Nghệ An'] },
  { id: 'ha-tinh', name: 'Hà Tĩnh', nameAscii: 'Ha Tinh', kind: 'province', formerNames: ['Hà Tĩnh'] },
  { id: 'cao-bang', name: 'Cao Bằng', nameAscii: 'Cao Bang', kind: 'province', formerNames: ['Cao Bằng'] },
  { id: 'tuyen-quang', name: 'Tuyên Quang', nameAscii: 'Tuyen Quang', kind: 'province', formerNames: ['Tuyên Quang', 'Hà Giang'] },
  { id: 'lao-cai', name: 'Lào Cai', nameAscii: 'Lao Cai', kind: 'province', formerNames: ['Lào Cai', 'Yên Bái'] },
  { id: 'thai-nguyen', name: 'Thái Nguyên', nameAscii: 'Thai Nguyen', kind: 'province', formerNames: ['Thái Nguyên', 'Bắc Kạn'] },
  { id: 'phu-tho', name: 'Phú Thọ', nameAscii: 'Phu Tho', kind: 'province', formerNames: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { id: 'bac-ninh', name: 'Bắc Ninh', nameAscii: 'Bac Ninh', kind: 'province', formerNames: ['Bắc Ninh', 'Bắc Giang'] },
  { id: 'hung-yen', name: 'Hưng Yên', nameAscii: 'Hung Yen', kind: 'province', formerNames: ['Hưng Yên', 'Thái Bình'] },
  { id: 'ninh-binh', name: 'Ninh Bình', nameAscii: 'Ninh Binh', kind: 'province', formerNames: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { id: 'quang-tri', name: 'Quảng Trị', nameAscii: 'Quang Tri', kind: 'province', formerNames: ['Quảng Trị', 'Quảng Bình'] },
  { id: 'quang-ngai', name: 'Quảng Ngãi', nameAscii: 'Quang Ngai', kind: 'province', formerNames: ['Quảng Ngãi', 'Kon Tum'] },
  { id: 'gia-lai', name: 'Gia Lai', nameAscii: 'Gia Lai', kind: 'province', formerNames: ['Gia Lai', 'Bình Định'] },
  { id: 'khanh-hoa', name: 'Khánh Hòa', nameAscii: 'Khanh Hoa', kind: 'province', formerNames: ['Khánh Hòa', 'Ninh Thuận'] },
  { id: 'lam-dong', name: 'Lâm Đồng', nameAscii: 'Lam Dong', kind: 'province', formerNames: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { id: 'dak-lak', name: 'Đắk Lắk', nameAscii: 'Dak Lak', kind: 'province', formerNames: ['Đắk Lắk', 'Phú Yên'] },
  { id: 'dong-nai', name: 'Đồng Nai', nameAscii: 'Dong Nai', kind: 'province', formerNames: ['Đồng Nai', 'Bình Phước'] },
  { id: 'tay-ninh', name: 'Tây Ninh', nameAscii: 'Tay Ninh', kind: 'province', formerNames: ['Tây Ninh', 'Long An'] },
  { id: 'vinh-long', name: 'Vĩnh Long', nameAscii: 'Vinh Long', kind: 'province', formerNames: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { id: 'dong-thap', name: 'Đồng Tháp', nameAscii: 'Dong Thap', kind: 'province', formerNames: ['Đồng Tháp', 'Tiền Giang'] },
  { id: 'ca-mau', name: 'Cà Mau', nameAscii: 'Ca Mau', kind: 'province', formerNames: ['Cà Mau', 'Bạc Liêu'] },
  { id: 'an-giang', name: 'An Giang', nameAscii: 'An Giang', kind: 'province', formerNames: ['An Giang', 'Kiên Giang'] },
];
