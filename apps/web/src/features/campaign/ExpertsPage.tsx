import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignListsApi } from '../../api/api-client.js';
import type { ExpertTopic, Province } from '../../api/api-types.js';
import { Field } from '../../ui/Field.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { CsvLink } from './CsvLink.js';
import { ListFilters, SearchFilter, SelectFilter } from './ListFilters.js';
import { ListPager } from './ListPager.js';
import { ListStatus } from './ListStatus.js';
import { ProvinceFilter } from './ProvinceFilter.js';
import { checkExpert } from './list-forms.js';
import { LIST_PAGE_SIZE } from './list-paging.js';
import { useAddForm } from './use-add-form.js';
import { useDebounced } from './use-debounced.js';
import { useListPage } from './use-list-page.js';
import { useScopedProvinces } from './use-scoped-provinces.js';

/** `/chien-dich/chuyen-gia`: trainers and counsellors by province and topic, and a form to add one. */
export function ExpertsPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="experts-title">
      <Experts />
    </CampaignFrame>
  );
}

function Experts() {
  const { t } = useTranslation('campaign');
  const { provinces, all, own } = useScopedProvinces();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const [provinceId, setProvinceId] = useState('');
  const [topic, setTopic] = useState('');
  const [topics, setTopics] = useState<ExpertTopic[]>([]);
  const [saves, setSaves] = useState(0);
  const load = useCallback(
    (offset: number) => campaignListsApi.experts({ q, provinceId: own ?? provinceId, topic, limit: LIST_PAGE_SIZE, offset }),
    [q, provinceId, topic, own],
  );
  const list = useListPage(load);
  useEffect(() => {
    // Asked again after each save, which may bring a new topic. Without it, search and province still work.
    campaignListsApi.expertTopics().then(
      (r) => setTopics(r.topics),
      () => setTopics([]),
    );
  }, [saves]);
  const names = new Map(all.map((p) => [p.id, p.name]));
  const items = list.page?.items ?? [];

  return (
    <>
      <h1 id="experts-title">{t('experts.title')}</h1>
      <p className="campaign-lead">{t('experts.lead')}</p>
      <CsvLink list="experts" what={t('experts.csvWhat')} />

      <ListFilters>
        <SearchFilter id="experts-q" label={t('experts.search')} value={query} onChange={setQuery} />
        <ProvinceFilter
          id="experts-province"
          label={t('experts.province')}
          allLabel={t('experts.allProvinces')}
          provinces={provinces}
          own={own}
          value={provinceId}
          onChange={setProvinceId}
        />
        <SelectFilter
          id="experts-topic"
          label={t('experts.topic')}
          allLabel={t('experts.allTopics')}
          options={topics.map((x) => ({ value: x.topic, label: t('experts.topicOption', { topic: x.topic, count: x.experts }) }))}
          value={topic}
          onChange={setTopic}
        />
      </ListFilters>

      <ListStatus loading={list.loading} error={list.error} empty={!list.loading && items.length === 0} emptyText={t('experts.empty')} onRetry={list.reload} />
      {items.length > 0 && (
        <table className="campaign-table" aria-busy={list.loading}>
          <caption>{t('experts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('experts.name')}</th>
              <th scope="col">{t('experts.email')}</th>
              <th scope="col">{t('experts.provinces')}</th>
              <th scope="col">{t('experts.topics')}</th>
              <th scope="col">{t('experts.availability')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.id}>
                <th scope="row">{x.name}</th>
                <td data-label={t('experts.email')}>{x.email ?? '—'}</td>
                <td data-label={t('experts.provinces')}>
                  {x.provinces.map((id, i) => (i === 0 ? t('experts.home', { name: names.get(id) ?? id }) : (names.get(id) ?? id))).join(', ')}
                </td>
                <td data-label={t('experts.topics')}>{x.topics.length > 0 ? x.topics.join('; ') : '—'}</td>
                <td data-label={t('experts.availability')}>{x.availability ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.page && <ListPager label={t('experts.pager')} offset={list.offset} limit={LIST_PAGE_SIZE} total={list.page.total} noun={t('experts.noun')} onPage={list.setOffset} />}

      <AddExpert
        provinces={provinces}
        allProvinces={all}
        own={own}
        onSaved={() => {
          list.reload();
          setSaves((n) => n + 1);
        }}
      />
    </>
  );
}

/** `allProvinces`: the other provinces an expert covers may lie outside a provincial organiser's own (their home province is what scopes them). */
function AddExpert({ provinces, allProvinces, own, onSaved }: { provinces: Province[]; allProvinces: Province[]; own: string | null; onSaved(): void }) {
  const { t } = useTranslation('campaign');
  const empty = { name: '', email: '', home: own ?? '', others: [] as string[], topics: '', availability: '' };
  const [form, setForm] = useState(empty);
  const set = (field: 'name' | 'email' | 'home' | 'topics' | 'availability') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const { messages, error, busy, saved, submit } = useAddForm({
    section: 'experts',
    idPrefix: 'expert',
    check: () => checkExpert({ ...form, provinces: form.home ? [form.home, ...form.others.filter((p) => p !== form.home)] : [] }),
    save: async (expert) => {
      const counts = await campaignListsApi.saveExpert(expert);
      setForm({ ...empty, home: form.home });
      onSaved();
      return counts.inserted > 0 ? t('experts.added', { name: expert.name }) : t('experts.updated', { name: expert.name });
    },
  });

  return (
    <section className="card campaign-add" aria-labelledby="expert-add-title">
      <h2 id="expert-add-title">{t('experts.addTitle')}</h2>
      <p className="campaign-hint">{t('experts.addLead')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <Field id="expert-name" label={t('experts.name')} error={messages.name}>
          {(control) => <input {...control} value={form.name} maxLength={120} autoComplete="off" onChange={set('name')} />}
        </Field>
        <Field id="expert-email" label={t('experts.emailField')} error={messages.email}>
          {(control) => <input {...control} type="email" value={form.email} maxLength={200} autoComplete="off" onChange={set('email')} />}
        </Field>
        <Field id="expert-provinces" label={t('experts.homeProvince')} error={messages.provinces}>
          {(control) => (
            <select {...control} value={form.home} onChange={set('home')}>
              {!own && <option value="">—</option>}
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <details className="campaign-other-provinces">
          <summary>{t('experts.otherProvinces')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('experts.otherProvinces')}</legend>
            {allProvinces
              .filter((p) => p.id !== form.home)
              .map((p) => (
                <label key={p.id} className="campaign-radio">
                  <input
                    type="checkbox"
                    checked={form.others.includes(p.id)}
                    onChange={(e) => setForm((f) => ({ ...f, others: e.target.checked ? [...f.others, p.id] : f.others.filter((id) => id !== p.id) }))}
                  />{' '}
                  {p.name}
                </label>
              ))}
          </fieldset>
        </details>
        <Field id="expert-topics" label={t('experts.topicsField')} error={messages.topics}>
          {(control) => <input {...control} value={form.topics} onChange={set('topics')} />}
        </Field>
        <Field id="expert-availability" label={t('experts.availabilityField')} error={messages.availability}>
          {(control) => <input {...control} value={form.availability} maxLength={300} onChange={set('availability')} />}
        </Field>
        <FormSubmit error={error} busy={busy} label={t('experts.submit')} busyLabel={t('lists.saving')} />
        {saved && (
          <p role="status" className="alert alert-info">
            {saved}
          </p>
        )}
      </form>
    </section>
  );
}
