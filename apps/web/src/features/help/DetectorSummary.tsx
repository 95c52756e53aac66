import { analyze, RISKS, SCHEMES, type AnalysisResult } from '@kmm/detector';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cachedIndicatorSet } from '../indicators/index.js';
import './help-locales.js';
import { useLocalized } from './use-localized.js';

/**
 * Runs the detector on this device over the story and the pasted chat, with the confirmed
 * indicators cached here. Null when there is nothing to check yet.
 */
export function analyzeReport(narrative: string, conversation: string): AnalysisResult | null {
  const text = [narrative, conversation].filter((s) => s.trim() !== '').join('\n\n');
  if (text === '') return null;
  return analyze({ text }, { indicators: cachedIndicatorSet() });
}

/** The analysis of what is being typed, computed when the browser has time (typing stays smooth). */
export function useReportAnalysis(narrative: string, conversation: string): AnalysisResult | null {
  const n = useDeferredValue(narrative);
  const c = useDeferredValue(conversation);
  return useMemo(() => analyzeReport(n, c), [n, c]);
}

/** Shows the child what the check found, so nothing is sent they have not seen. */
export function DetectorSummary({ analysis }: { analysis: AnalysisResult | null }) {
  const { t } = useTranslation('help');
  const l = useLocalized();
  if (!analysis) return null;
  const found = analysis.risk !== 'safe' || analysis.schemes.length > 0 || (analysis.indicators?.length ?? 0) > 0;
  return (
    <section className={`help-detector help-detector-${analysis.risk}`} aria-labelledby="report-detector-title" aria-live="polite">
      <h2 id="report-detector-title">{t('report.detector.title')}</h2>
      {found ? (
        <>
          <p>
            <strong>{t('report.detector.risk', { risk: l(RISKS[analysis.risk].name) })}</strong>
          </p>
          {analysis.schemes.length > 0 && (
            <p>
              {t('report.detector.schemes')} {analysis.schemes.map((s) => l(SCHEMES[s.id].name)).join(', ')}
            </p>
          )}
          {(analysis.indicators?.length ?? 0) > 0 && <p>{t('report.detector.reported')}</p>}
        </>
      ) : (
        <p>{t('report.detector.none')}</p>
      )}
      <p className="hint">{t('report.detector.note')}</p>
    </section>
  );
}
