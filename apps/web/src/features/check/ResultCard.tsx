import { RISKS, SCHEMES, SIGNALS, type SignalId } from '@kmm/detector';
import { useTranslation } from 'react-i18next';
import { AdviceSteps } from './AdviceSteps.js';
import { CallButtons } from './CallButtons.js';
import { ConversationView } from './ConversationView.js';
import { evidenceSpans } from './evidence.js';
import { LinkList, PhoneList } from './FindingLists.js';
import { HighlightedText } from './HighlightedText.js';
import { ReportedNote } from './ReportedNote.js';
import { RiskIcon } from './RiskIcon.js';
import type { CheckOutcome } from './run-check.js';
import { SignalList } from './SignalList.js';
import { StageNote } from './StageNote.js';
import { useLocalized } from './use-localized.js';

/**
 * The answer to one check: the risk in colour, icon and words; in an emergency the call
 * buttons right under it; the trick, the red flags in the text, links and numbers, and
 * numbered steps of what to do. `headingId` is focused by the page after each check.
 */
export function ResultCard({ outcome, headingId }: { outcome: CheckOutcome; headingId: string }) {
  const { t } = useTranslation('check');
  const l = useLocalized();
  const { result, kind } = outcome;
  const urgent = result.risk === 'emergency';
  const serious = urgent || result.risk === 'danger';
  const [top, ...others] = result.schemes;
  const nameOf = (label: string) => l(SIGNALS[label as SignalId].name);

  return (
    <section className={`check-result check-result-${result.risk}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="check-risk-banner">
        <RiskIcon risk={result.risk} />
        <span>
          <span className="visually-hidden">{t('result.headingPrefix')}</span>
          {l(RISKS[result.risk].name)}
        </span>
      </h2>
      {urgent && <CallButtons urgent />}
      <p className="check-risk-summary">{l(RISKS[result.risk].summary)}</p>
      {serious && <p className="promise">{t('result.notYourFault')}</p>}

      {top !== undefined && (
        <div className="check-scheme">
          <p className="check-scheme-label">{t('result.schemeTitle')}</p>
          <p className="check-scheme-name">{l(SCHEMES[top.id].name)}</p>
          <p>{l(SCHEMES[top.id].explanation)}</p>
          {others.length > 0 && <p className="muted">{t('result.alsoLike', { names: others.map((s) => l(SCHEMES[s.id].name)).join(', ') })}</p>}
        </div>
      )}
      {result.indicators !== undefined && result.indicators.length > 0 && <ReportedNote indicators={result.indicators} />}
      {result.stage !== undefined && <StageNote stage={result.stage} />}

      {kind === 'message' && result.signals.length > 0 && (
        <section className="check-result-section" aria-labelledby={`${headingId}-text`}>
          <h3 id={`${headingId}-text`}>{t('result.textTitle')}</h3>
          <HighlightedText text={outcome.input} spans={evidenceSpans(result.signals)} nameOf={nameOf} />
        </section>
      )}
      {kind === 'conversation' && outcome.turns !== undefined && (
        <ConversationView turns={outcome.turns} signals={result.signals} nameOf={nameOf} />
      )}
      {result.signals.length > 0 && <SignalList signals={result.signals} quote={kind === 'message' || kind === 'conversation'} />}
      {result.links.length > 0 && <LinkList links={result.links} single={kind === 'link'} />}
      {result.phones.length > 0 && <PhoneList phones={result.phones} single={kind === 'phone'} />}

      <AdviceSteps advice={result.advice} />
      {!urgent && <CallButtons />}
    </section>
  );
}
