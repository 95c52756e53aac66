import { selectAdvice } from './advice/select-advice.js';
import { groomingStage } from './conversation/grooming-stage.js';
import { parseChat } from './conversation/parse-chat.js';
import { matchPhrases } from './indicators/match-phrases.js';
import { checkUrl } from './links/index.js';
import type { LinkFinding } from './links/index.js';
import { linkExtractor } from './links/link-extractor.js';
import type { LinkExtractor } from './links/link-extractor.js';
import { checkPhone } from './phones/index.js';
import type { PhoneFinding } from './phones/index.js';
import { phoneExtractor } from './phones/phone-extractor.js';
import type { PhoneExtractor } from './phones/phone-extractor.js';
import { DEFAULT_MODEL } from './model/default-model.js';
import type { SchemeModel } from './model/scheme-model.js';
import { normalize } from './normalize/normalize.js';
import { combineScores } from './schemes/combine-scores.js';
import { decideRisk } from './schemes/decide-risk.js';
import { ruleScores } from './schemes/scheme-rules.js';
import { applyTextContext } from './signals/apply-text-context.js';
import type { CueId } from './signals/cue-rules.js';
import { findSignals } from './signals/find-signals.js';
import type { SignalMatch } from './signals/find-signals.js';
import type {
  AnalysisResult,
  AnalyzeInput,
  Indicator,
  IndicatorMatch,
  IndicatorSet,
  ModelExplanation,
  SignalHit,
  SignalId,
  Span,
} from './types.js';
import { SIGNAL_IDS } from './types.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Indicators confirmed by counsellors; a match becomes evidence. Default: none. */
  indicators?: IndicatorSet;
  /** Also report the model features behind the top scheme (`result.explanation`). Default: false. */
  explain?: boolean;
  /** The scheme model to use. Default: the bundled model trained from the corpus. */
  model?: SchemeModel;
}

/**
 * Safety cap: a text (or each message) is checked on its first 4,000,000 characters, which
 * bounds memory for absurd inputs; `result.truncated` says when this happened. Everything
 * below it — a 1 MB paste included — is analysed in full, in time linear in its length.
 */
const MAX_TEXT = 4_000_000;

/** One piece of text to scan: a whole input, or one turn of a conversation. */
interface Unit {
  text: string;
  from: 'them' | 'me';
  /** Added to every offset: where `text` starts in the input it came from. */
  offset: number;
  /** Index in `messages` for a conversation input. */
  message?: number;
}

/**
 * The reader's own words are not red flags against them, except one: a child saying they
 * want to die needs help whoever typed it.
 */
const OWN_SIGNALS: ReadonlySet<SignalId> = new Set(['self_harm_statement']);

function unitsOf(input: AnalyzeInput): { units: Unit[]; conversation: boolean } {
  if (typeof input === 'string' || 'text' in input) {
    const full = typeof input === 'string' ? input : String(input.text ?? '');
    const text = full.length > MAX_TEXT ? full.slice(0, MAX_TEXT) : full;
    const chat = parseChat(text);
    return {
      units: chat.messages.map((m) => ({ text: m.text, from: m.from, offset: m.start })),
      conversation: chat.speakers.length > 0,
    };
  }
  if ('messages' in input) {
    return {
      units: input.messages.map((m, i) => ({ text: String(m.text ?? '').slice(0, MAX_TEXT), from: m.from === 'me' ? 'me' : 'them', offset: 0, message: i })),
      conversation: true,
    };
  }
  return { units: [], conversation: false };
}

/**
 * Cheap gates before the link and phone scanners: a link has a dot (or a de-fanged "[.]",
 * "(.)", " dot ") between letters or digits; a phone number has at least three digits.
 */
const MAY_HAVE_LINK = /[a-z0-9][.。．｡][a-z]{2}|\d\.\d{1,3}\.\d|\[\.\]|\(\.\)|\{\.\}|\bdot\b|:\/\/|www/i;
const MAY_HAVE_PHONE = /\d\D{0,3}\d\D{0,3}\d/;

function isTruncated(input: AnalyzeInput): boolean {
  if (typeof input === 'string') return input.length > MAX_TEXT;
  if ('text' in input) return String(input.text ?? '').length > MAX_TEXT;
  if ('messages' in input) return input.messages.some((m) => String(m.text ?? '').length > MAX_TEXT);
  return false;
}

/** A link or phone number given on its own: offsets are already those of the input. */
const WHOLE: Unit = { text: '', from: 'them', offset: 0 };

/** Records that a reported indicator was found (the checker says which entry matched). */
function addIndicator(
  out: IndicatorMatch[],
  kind: IndicatorMatch['kind'],
  indicators: readonly Indicator[] | undefined,
  entry: string,
  span: Span,
): void {
  const indicator = indicators?.find((i) => i.value === entry);
  if (indicator === undefined) return;
  const existing = out.find((m) => m.kind === kind && m.value === indicator.value);
  if (existing === undefined) out.push({ kind, value: indicator.value, scheme: indicator.scheme, evidence: [span] });
  else existing.evidence.push(span);
}

/** True when an earlier one of `matches` is of the same signal over the same words as `matches[m]`. */
function repeats(matches: readonly SignalMatch[], m: number): boolean {
  const match = matches[m];
  for (let k = 0; k < m; k++) {
    const other = matches[k];
    if (other?.id === match?.id && other?.span.start === match?.span.start && other?.span.end === match?.span.end) return true;
  }
  return false;
}

/** True when a unit's offsets are already those of the input: its findings are kept as they are. */
const inPlace = (unit: Unit): boolean => unit.offset === 0 && unit.message === undefined;

function place(span: Span, unit: Unit): Span {
  if (inPlace(unit)) return span;
  const out: Span = { start: span.start + unit.offset, end: span.end + unit.offset, text: span.text };
  if (unit.message !== undefined) out.message = unit.message;
  return out;
}

/**
 * What the scan of one input has found so far: red-flag evidence, links, numbers and reported
 * indicators. A class rather than closures inside `analyze`, so nothing is made per call
 * beyond the collections themselves.
 */
class Findings {
  readonly evidence = new Map<SignalId, Span[]>();
  /** Evidence found inside quotation marks (a Set: cheaper to make than a WeakSet, and it lives as long). */
  readonly quoted = new Set<Span>();
  readonly links: LinkFinding[] = [];
  readonly phones: PhoneFinding[] = [];
  readonly indicatorMatches: IndicatorMatch[] = [];

  constructor(private readonly indicators: IndicatorSet | undefined) {}

  /**
   * Adds the phrase signals found in one unit. Two rules of one signal can match the same
   * words (there are two isolation rules): such a match counts once. Units do not overlap,
   * so only the matches of the same unit can repeat one another.
   */
  addMatches(matches: readonly SignalMatch[], unit: Unit): void {
    for (let m = 0; m < matches.length; m++) {
      const match = matches[m];
      if (match === undefined || repeats(matches, m)) continue;
      this.addEvidence(match.id, place(match.span, unit), match.quoted);
    }
  }

  private addEvidence(id: SignalId, span: Span, isQuoted: boolean): void {
    const list = this.evidence.get(id);
    if (list === undefined) this.evidence.set(id, [span]);
    else list.push(span);
    if (isQuoted) this.quoted.add(span);
  }

  addLink(link: LinkFinding, unit: Unit): void {
    const placed = inPlace(unit) ? link : { ...link, span: place(link.span, unit) };
    this.links.push(placed);
    if (unit.from === 'them' && placed.verdict === 'suspicious') this.addEvidence('suspicious_link', placed.span, false);
    const reported = link.reasons.find((r) => r.id === 'reported')?.detail;
    if (reported !== undefined) addIndicator(this.indicatorMatches, 'domain', this.indicators?.domains, reported, placed.span);
  }

  addPhone(phone: PhoneFinding, unit: Unit): void {
    const placed = inPlace(unit) ? phone : { ...phone, span: place(phone.span, unit) };
    this.phones.push(placed);
    if (unit.from === 'them' && placed.verdict === 'suspicious') this.addEvidence('suspicious_phone', placed.span, false);
    const reported = phone.reasons.find((r) => r.id === 'reported')?.detail;
    if (reported !== undefined) addIndicator(this.indicatorMatches, 'phone', this.indicators?.phones, reported, placed.span);
  }
}

/**
 * Checks a message, a conversation, a link or a phone number for scams, grooming and other
 * manipulation, offline and deterministically.
 *
 * Every signal carries evidence whose `start`/`end` index the original input (for a
 * conversation, `messages[message].text`) and whose `text` is that exact slice.
 *
 * @example
 * const result = analyze('Chúc mừng bạn trúng thưởng iPhone, nộp phí nhận thưởng 500k nhé');
 * result.risk // 'danger'
 * result.schemes[0]?.id // 'prize_scam'
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): AnalysisResult {
  const { units, conversation } = unitsOf(input);
  const found = new Findings(options.indicators);
  const cues = new Set<CueId>();
  const theirText: string[] = [];

  // Without reported indicators the checkers prepare no (empty) look-up at all.
  const reportedDomains = options.indicators?.domains;
  const reportedPhones = options.indicators?.phones;
  const domainOptions = reportedDomains === undefined ? {} : { reported: reportedDomains.map((i) => i.value) };
  const phoneOptions = reportedPhones === undefined ? {} : { reported: reportedPhones.map((i) => i.value) };
  if (typeof input === 'object' && 'url' in input) found.addLink(checkUrl(String(input.url), domainOptions), WHOLE);
  if (typeof input === 'object' && 'phone' in input) found.addPhone(checkPhone(String(input.phone), phoneOptions), WHOLE);

  // One extractor each for all turns, made when a turn first needs it: reported lists are
  // prepared once, repeated links and numbers judged once.
  let extractLinks: LinkExtractor | undefined;
  let extractPhones: PhoneExtractor | undefined;
  const phrases = options.indicators?.phrases ?? [];
  for (const unit of units) {
    if (MAY_HAVE_LINK.test(unit.text)) {
      extractLinks ??= linkExtractor(domainOptions);
      for (const link of extractLinks(unit.text)) found.addLink(link, unit);
    }
    if (MAY_HAVE_PHONE.test(unit.text)) {
      extractPhones ??= phoneExtractor(phoneOptions);
      for (const phone of extractPhones(unit.text)) found.addPhone(phone, unit);
    }
    const n = normalize(unit.text);
    const matches = findSignals(n, cues, unit.from === 'them' ? undefined : OWN_SIGNALS);
    found.addMatches(matches, unit);
    if (unit.from === 'them') {
      theirText.push(n.folded);
      if (phrases.length === 0) continue;
      for (const hit of matchPhrases(n, phrases)) {
        found.indicatorMatches.push({ kind: 'phrase', value: hit.indicator.value, scheme: hit.indicator.scheme, evidence: [place(hit.span, unit)] });
      }
    }
  }
  const { evidence, quoted, links, phones, indicatorMatches } = found;

  const signals = applyTextContext(evidence, cues, quoted);
  const present = new Set(signals.keys());
  const rules = ruleScores({ signals: present, cues });
  for (const match of indicatorMatches) rules.set(match.scheme, Math.max(rules.get(match.scheme) ?? 0, 0.9));
  const folded = theirText.join(' ');
  const schemeModel = options.model ?? DEFAULT_MODEL;
  const model = schemeModel.score(folded);
  const schemes = combineScores(rules, model, {
    hasSignals: present.size > 0 || indicatorMatches.length > 0,
    warning: cues.has('awareness') || cues.has('verdict') || cues.has('bank_notice'),
  });
  const risk = decideRisk(present, schemes);
  const top = schemes[0];

  const hits: SignalHit[] = [];
  for (const id of SIGNAL_IDS) {
    const spans = signals.get(id);
    if (spans !== undefined && spans.length > 0) hits.push({ id, evidence: spans });
  }
  const result: AnalysisResult = {
    risk,
    schemes,
    signals: hits,
    links,
    phones,
    advice: selectAdvice(risk, schemes),
  };
  const stage = groomingStage(present);
  if (stage !== undefined && (conversation || schemes.some((s) => s.id === 'grooming'))) result.stage = stage;
  if (indicatorMatches.length > 0) result.indicators = indicatorMatches;
  if (isTruncated(input)) result.truncated = true;
  if (options.explain === true && top !== undefined) {
    const explanation: ModelExplanation = { scheme: top.id, features: schemeModel.explain(folded, top.id) };
    result.explanation = explanation;
  }
  return result;
}
