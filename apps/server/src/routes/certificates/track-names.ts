import type { Band } from '@kmm/content';

/** How a band's track is named on a certificate. */
export const TRACK_NAMES: Record<Band, string> = {
  primary: 'Tiểu học (6–10 tuổi)',
  lower_secondary: 'Trung học cơ sở (11–14 tuổi)',
  upper_secondary: 'Trung học phổ thông (15–18 tuổi)',
  university: 'Sinh viên (18–22 tuổi)',
  parents: 'Phụ huynh',
};
