import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list's filter bar: a search landmark whose fields apply as they change (no submit). */
export function ListFilters({ children }: { children: ReactNode }) {
  const { t } = useTranslation('campaign');
  return (
    <form className="campaign-filters" role="search" aria-label={t('lists.filters')} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

/** The free-text search of a list. */
export function SearchFilter(props: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="search" value={props.value} maxLength={100} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/** One choice among `options`, or all of them (`allLabel`, the empty value). */
export function SelectFilter(props: {
  id: string;
  label: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
}) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
