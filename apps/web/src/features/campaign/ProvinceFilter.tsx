import { useTranslation } from 'react-i18next';
import type { Province } from '../../api/api-types.js';

/**
 * A list's province filter: every province and "all" (`allLabel`) for national staff; for a
 * provincial organiser (`own`) only their own, with a note saying why.
 */
export function ProvinceFilter(props: { id: string; label: string; allLabel: string; provinces: Province[]; own: string | null; value: string; onChange(value: string): void }) {
  const { t } = useTranslation('campaign');
  const { id, own } = props;
  return (
    <div>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={own ?? props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={own ? `${id}-own` : undefined}>
        {!own && <option value="">{props.allLabel}</option>}
        {props.provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {own && (
        <p id={`${id}-own`} className="campaign-hint">
          {t('lists.ownProvince')}
        </p>
      )}
    </div>
  );
}
