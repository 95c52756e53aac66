/**
 * The offline detector: normalise, find red flags, recognise schemes, explain and advise.
 * Pure TypeScript without I/O; runs unchanged in the browser and in Node.
 */
export { analyze } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export { parseChat } from './conversation/parse-chat.js';
export type { ParsedChat, ParsedMessage } from './conversation/parse-chat.js';
export { SchemeModel } from './model/scheme-model.js';
export type { FeatureContribution, ModelWeights, SchemeProbabilities } from './model/scheme-model.js';
export { normalize } from './normalize/normalize.js';
export type { NormalizedText } from './normalize/normalize.js';
export { toOriginalSpan } from './normalize/to-original-span.js';
export { GROOMING_STAGES, RISK_LEVELS, SCHEME_IDS, SIGNAL_IDS } from './types.js';
export type {
  Advice,
  AnalysisResult,
  AnalyzeInput,
  ChatMessage,
  GroomingStage,
  Indicator,
  IndicatorMatch,
  IndicatorSet,
  ModelExplanation,
  RiskLevel,
  SchemeId,
  SchemeScore,
  SignalHit,
  SignalId,
  Span,
} from './types.js';
export { GENERIC_ADVICE, HELP_LINES, RISKS, SCHEMES, SIGNALS, TRUSTED_WEBSITE_CHECK } from './catalog/index.js';
export type { AdviceStep, HelpLine, HelpLineInfo, Localized, RiskInfo, SchemeInfo, SignalInfo } from './catalog/index.js';
export { BRANDS, LINK_REASONS } from './links/index.js';
export type { Brand, BrandCategory, LinkFinding, LinkReason, LinkReasonHit, LinkVerdict } from './links/index.js';
export { checkPhone, PHONE_REASONS, SERVICE_NUMBERS } from './phones/index.js';
export type { PhoneFinding, PhoneKind, PhoneReason, PhoneReasonHit, PhoneVerdict, ServiceNumber } from './phones/index.js';
export { pdqDistance, pdqHash } from './pdq/pdq-hash.js';
export type { PdqResult } from './pdq/pdq-hash.js';
