import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignListsApi } from '../../api/api-client.js';
import type { Province, SchoolLevel } from '../../api/api-types.js';
import { Field } from '../../ui/Field.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { CsvLink } from './CsvLink.js';
import { ListFilters, SearchFilter, SelectFilter } from './ListFilters.js';
import { ListPager } from './ListPager.js';
import { ListStatus } from './ListStatus.js';
import { ProvinceFilter } from './ProvinceFilter.js';
import { formatNumber } from './campaign-format.js';
import { checkSchool } from './list-forms.js';
import { LIST_PAGE_SIZE } from './list-paging.js';
import { useAddForm } from './use-add-form.js';
import { useDebounced } from './use-debounced.js';
import { useListPage } from './use-list-page.js';
import { useScopedProvinces } from './use-scoped-provinces.js';

const LEVELS: readonly SchoolLevel[] = ['tieu_hoc', 'thcs', 'thpt', 'dai_hoc', 'khac'];

/** `/chien-dich/truong-hoc`: the schools of the organiser's scope, searchable and paged, and a form to add one. */
export function SchoolsPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="schools-title">
      <Schools />
    </CampaignFrame>
  );
}

function Schools() {
  const { t } = useTranslation('campaign');
  const { provinces, own } = useScopedProvinces();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const [provinceId, setProvinceId] = useState('');
  const [level, setLevel] = useState<SchoolLevel | ''>('');
  const load = useCallback(
    (offset: number) => campaignListsApi.schools({ q, provinceId: own ?? provinceId, level, limit: LIST_PAGE_SIZE, offset }),
    [q, provinceId, level, own],
  );
  const list = useListPage(load);
  const names = new Map(provinces.map((p) => [p.id, p.name]));
  const items = list.page?.items ?? [];

  return (
    <>
      <h1 id="schools-title">{t('schools.title')}</h1>
      <p className="campaign-lead">{t('schools.lead')}</p>
      <CsvLink list="schools" what={t('schools.csvWhat')} />

      <ListFilters>
        <SearchFilter id="schools-q" label={t('schools.search')} value={query} onChange={setQuery} />
        <ProvinceFilter
          id="schools-province"
          label={t('schools.province')}
          allLabel={t('schools.allProvinces')}
          provinces={provinces}
          own={own}
          value={provinceId}
          onChange={setProvinceId}
        />
        <SelectFilter
          id="schools-level"
          label={t('schools.level')}
          allLabel={t('schools.allLevels')}
          options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          value={level}
          onChange={(value) => setLevel(value as SchoolLevel | '')}
        />
      </ListFilters>

      <ListStatus loading={list.loading} error={list.error} empty={!list.loading && items.length === 0} emptyText={t('schools.empty')} onRetry={list.reload} />
      {items.length > 0 && (
        <table className="campaign-table" aria-busy={list.loading}>
          <caption>{t('schools.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schools.name')}</th>
              <th scope="col">{t('schools.code')}</th>
              <th scope="col">{t('schools.level')}</th>
              <th scope="col">{t('schools.province')}</th>
              <th scope="col" className="num">
                {t('schools.trainingsHeld')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td data-label={t('schools.code')}>{s.code}</td>
                <td data-label={t('schools.level')}>{t(`levels.${s.level}`)}</td>
                <td data-label={t('schools.province')}>{names.get(s.provinceId) ?? s.provinceId}</td>
                <td data-label={t('schools.trainingsHeld')} className="num">
                  {formatNumber(s.trainingsHeld)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.page && <ListPager label={t('schools.pager')} offset={list.offset} limit={LIST_PAGE_SIZE} total={list.page.total} noun={t('schools.noun')} onPage={list.setOffset} />}

      <AddSchool provinces={provinces} own={own} onSaved={list.reload} />
    </>
  );
}

type SchoolField = 'code' | 'name' | 'level' | 'provinceId' | 'address';

function AddSchool({ provinces, own, onSaved }: { provinces: Province[]; own: string | null; onSaved(): void }) {
  const { t } = useTranslation('campaign');
  const empty = { code: '', name: '', level: '' as SchoolLevel | '', provinceId: own ?? '', address: '' };
  const [form, setForm] = useState(empty);
  const set = (field: SchoolField) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const { messages, error, busy, saved, submit } = useAddForm({
    section: 'schools',
    idPrefix: 'school',
    check: () => checkSchool(form),
    save: async (school) => {
      const counts = await campaignListsApi.saveSchool(school);
      setForm({ ...empty, provinceId: form.provinceId });
      onSaved();
      const { name, code } = school;
      return counts.inserted > 0 ? t('schools.added', { name }) : t('schools.updated', { name, code });
    },
  });

  return (
    <section className="card campaign-add" aria-labelledby="school-add-title">
      <h2 id="school-add-title">{t('schools.addTitle')}</h2>
      <p className="campaign-hint">{t('schools.addLead')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <Field id="school-code" label={t('schools.code')} error={messages.code}>
          {(control) => <input {...control} value={form.code} maxLength={40} autoComplete="off" onChange={set('code')} />}
        </Field>
        <Field id="school-name" label={t('schools.name')} error={messages.name}>
          {(control) => <input {...control} value={form.name} maxLength={200} autoComplete="off" onChange={set('name')} />}
        </Field>
        <Field id="school-level" label={t('schools.level')} error={messages.level}>
          {(control) => (
            <select {...control} value={form.level} onChange={set('level')}>
              <option value="">—</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="school-provinceId" label={t('schools.province')} error={messages.provinceId}>
          {(control) => (
            <select {...control} value={form.provinceId} onChange={set('provinceId')}>
              {!own && <option value="">—</option>}
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="school-address" label={t('schools.address')} error={messages.address}>
          {(control) => <input {...control} value={form.address} maxLength={300} onChange={set('address')} />}
        </Field>
        <FormSubmit error={error} busy={busy} label={t('schools.submit')} busyLabel={t('lists.saving')} />
        {saved && (
          <p role="status" className="alert alert-info">
            {saved}
          </p>
        )}
      </form>
    </section>
  );
}
