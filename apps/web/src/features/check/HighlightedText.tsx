import { useTranslation } from 'react-i18next';
import { segmentText, type LabelledSpan } from './segment-text.js';

/**
 * The text as pasted, with the evidence of each red flag in a `<mark>`. Overlapping spans
 * become one mark; right after each mark, hidden text names its red flags for screen readers.
 */
export function HighlightedText({ text, spans, nameOf }: { text: string; spans: readonly LabelledSpan[]; nameOf: (label: string) => string }) {
  const { t } = useTranslation('check');
  return (
    <p className="check-highlighted-text">
      {segmentText(text, spans).map((segment) => {
        if (segment.labels.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const names = segment.labels.map(nameOf).join(', ');
        return (
          <span key={segment.start}>
            <mark className="check-evidence" title={names}>
              {segment.text}
            </mark>
            <span className="visually-hidden"> {t('result.markLabel', { names })}</span>
          </span>
        );
      })}
    </p>
  );
}
