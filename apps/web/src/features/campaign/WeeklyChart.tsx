import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignWeekPoint } from '../../api/api-types.js';
import { formatNumber, shortDate } from './campaign-format.js';

const W = 320;
const H = 140;
const PAD = { top: 8, right: 4, bottom: 20, left: 4 };

/** Participants per week as a small SVG bar chart, with the same figures in a visually hidden table. */
export function WeeklyChart({ weeks }: { weeks: readonly CampaignWeekPoint[] }) {
  const { t } = useTranslation('campaign');
  const captionId = useId();
  if (weeks.length === 0) return <p>{t('dashboard.noWeeks')}</p>;
  const max = Math.max(1, ...weeks.map((w) => w.participants));
  const slot = (W - PAD.left - PAD.right) / weeks.length;
  const barWidth = Math.max(1, slot * 0.75);
  const plotH = H - PAD.top - PAD.bottom;
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  return (
    <figure className="campaign-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('dashboard.chartLabel', { first: shortDate(first.week), last: shortDate(last.week), max: formatNumber(max) })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="campaign-chart-axis" />
        {weeks.map((w, i) => {
          const h = (w.participants / max) * plotH;
          return (
            <rect
              key={w.week}
              x={PAD.left + i * slot + (slot - barWidth) / 2}
              y={H - PAD.bottom - h}
              width={barWidth}
              height={h}
              className="campaign-chart-bar"
            />
          );
        })}
        <text x={PAD.left} y={H - 4} className="campaign-chart-label">
          {shortDate(first.week)}
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="campaign-chart-label">
          {shortDate(last.week)}
        </text>
      </svg>
      <figcaption id={captionId}>{t('dashboard.weeklyCaption')}</figcaption>
      <div className="visually-hidden">
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.week')}</th>
              <th scope="col">{t('dashboard.trainingsHeld')}</th>
              <th scope="col">{t('dashboard.participantsCol')}</th>
              <th scope="col">{t('dashboard.pledgesCol')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{shortDate(w.week)}</th>
                <td>{formatNumber(w.trainingsHeld)}</td>
                <td>{formatNumber(w.participants)}</td>
                <td>{formatNumber(w.pledges)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
