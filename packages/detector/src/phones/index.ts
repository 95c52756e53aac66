/**
 * Phone numbers: find them in a message, or check one on its own; normalise to E.164 and
 * explain foreign, paid, impossible and official numbers.
 */
export { checkPhone } from './check-phone.js';
export { extractPhones } from './extract-phones.js';
export type { PhoneCheckOptions } from './phone-check-options.js';
export { PHONE_REASON_IDS } from './phone-finding.js';
export type {
  PhoneCountry,
  PhoneFinding,
  PhoneKind,
  PhoneReason,
  PhoneReasonHit,
  PhoneVerdict,
} from './phone-finding.js';
export { PHONE_REASONS } from './phone-reasons.js';
export { SERVICE_NUMBERS } from './service-numbers.js';
export type { ServiceNumber } from './service-numbers.js';
