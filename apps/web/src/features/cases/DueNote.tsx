import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../api/api-types.js';
import { dueState, roundSpan } from './case-rules.js';
import './cases-locales.js';

/** The response target and where the case stands against it; a breach is highlighted. */
export function DueNote({ item, now }: { item: CaseSummary; now: number }) {
  const { t, i18n } = useTranslation('cases');
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN';
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });
  const span = (ms: number) => {
    const { unit, count } = roundSpan(ms);
    return t(`due.${unit}`, { count });
  };
  const state = dueState(item, now);
  const breached = item.breached || (state.kind === 'open' && state.overdue);
  let text: string;
  if (state.kind === 'answered') text = state.late ? t('due.answeredLate', { time: time(item.firstResponseAt!), due: time(item.dueAt) }) : t('due.answered', { time: time(item.firstResponseAt!) });
  else if (state.overdue) text = t('due.overdue', { late: span(state.lateMs), time: time(item.dueAt) });
  else text = t('due.dueIn', { time: time(item.dueAt), left: span(state.leftMs) });
  return (
    <p className={breached ? 'case-due case-due-breached' : 'case-due'}>
      {breached && <strong className="case-breach-tag">⚠ {t('due.breached')}: </strong>}
      {text} · {t(`target.${item.urgency}`)}
    </p>
  );
}
