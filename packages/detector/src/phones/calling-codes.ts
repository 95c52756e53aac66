import type { PhoneCountry } from './phone-finding.js';

/**
 * Calling codes of the countries scam calls to Vietnam most often come from (scam centres
 * in neighbouring countries, spoofed Western numbers) and of common destinations.
 */
const COUNTRIES: Readonly<Record<string, { vi: string; en: string }>> = {
  '1': { vi: 'Mỹ hoặc Canada', en: 'United States or Canada' },
  '7': { vi: 'Nga hoặc Kazakhstan', en: 'Russia or Kazakhstan' },
  '33': { vi: 'Pháp', en: 'France' },
  '44': { vi: 'Anh', en: 'United Kingdom' },
  '49': { vi: 'Đức', en: 'Germany' },
  '60': { vi: 'Malaysia', en: 'Malaysia' },
  '61': { vi: 'Úc', en: 'Australia' },
  '62': { vi: 'Indonesia', en: 'Indonesia' },
  '63': { vi: 'Philippines', en: 'Philippines' },
  '65': { vi: 'Singapore', en: 'Singapore' },
  '66': { vi: 'Thái Lan', en: 'Thailand' },
  '81': { vi: 'Nhật Bản', en: 'Japan' },
  '82': { vi: 'Hàn Quốc', en: 'South Korea' },
  '86': { vi: 'Trung Quốc', en: 'China' },
  '91': { vi: 'Ấn Độ', en: 'India' },
  '92': { vi: 'Pakistan', en: 'Pakistan' },
  '95': { vi: 'Myanmar', en: 'Myanmar' },
  '234': { vi: 'Nigeria', en: 'Nigeria' },
  '852': { vi: 'Hồng Kông', en: 'Hong Kong' },
  '853': { vi: 'Ma Cao', en: 'Macau' },
  '855': { vi: 'Campuchia', en: 'Cambodia' },
  '856': { vi: 'Lào', en: 'Laos' },
  '886': { vi: 'Đài Loan', en: 'Taiwan' },
  '971': { vi: 'Các Tiểu vương quốc Ả Rập Thống nhất', en: 'United Arab Emirates' },
};

/** The known country of an international number given as digits after the `+`. */
export function findCountry(digits: string): PhoneCountry | undefined {
  for (const length of [3, 2, 1]) {
    const code = digits.slice(0, length);
    const names = COUNTRIES[code];
    if (names) return { callingCode: `+${code}`, ...names };
  }
  return undefined;
}
