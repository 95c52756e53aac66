/**
 * The people-facing catalog: Vietnamese-first names, explanations and advice for every
 * risk level, scheme and signal id of the taxonomy, and the help lines to call.
 */
export type {
  AdviceStep,
  HelpLine,
  HelpLineInfo,
  Localized,
  RiskInfo,
  SchemeInfo,
  SignalInfo,
} from './catalog-types.js';
export { GENERIC_ADVICE } from './generic-advice.js';
export { HELP_LINES, TRUSTED_WEBSITE_CHECK } from './help-lines.js';
export { RISKS } from './risks.js';
export { SCHEMES } from './schemes.js';
export { SIGNALS } from './signals.js';
