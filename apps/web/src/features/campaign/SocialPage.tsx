import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, campaignListsApi } from '../../api/api-client.js';
import { Field } from '../../ui/Field.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import { useSession } from '../auth/index.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { CsvLink } from './CsvLink.js';
import { ListFilters, SelectFilter } from './ListFilters.js';
import { ListPager } from './ListPager.js';
import { ListStatus } from './ListStatus.js';
import { formatNumber } from './campaign-format.js';
import { checkInfluencer } from './list-forms.js';
import { LIST_PAGE_SIZE } from './list-paging.js';
import { useAddForm } from './use-add-form.js';
import { useListPage } from './use-list-page.js';

/** The hashtags the campaign tracks, as the server stores them. */
const HASHTAGS = ['#khongmotminh', '#01minh', '#conguochanoi'];
/** The platforms the campaign's posts come from (the filter matches the name exactly). */
const PLATFORMS = ['TikTok', 'Facebook', 'YouTube', 'Instagram', 'Zalo'];

const postDate = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * `/chien-dich/mang-xa-hoi`: influencers and the posts carrying the campaign's hashtags. Social
 * reach has no province, so a provincial organiser gets the dashboard's note instead of lists.
 */
export function SocialPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="social-title">
      <Social />
    </CampaignFrame>
  );
}

const nationalOnly = (error: unknown) => error instanceof ApiError && error.status === 403;

function Social() {
  const { t } = useTranslation('campaign');
  const { user } = useSession();
  const national = user!.role === 'admin' || user!.provinceId === null;
  const note = (
    <p className="alert alert-info">
      {t('social.nationalOnly')} {!national && t('social.nationalOnlyMore')}
    </p>
  );
  return (
    <>
      <h1 id="social-title">{t('social.title')}</h1>
      <p className="campaign-lead">{t('social.lead')}</p>
      {national ? (
        <>
          <Influencers note={note} />
          <Posts note={note} />
        </>
      ) : (
        note
      )}
    </>
  );
}

function Influencers({ note }: { note: ReactNode }) {
  const { t } = useTranslation('campaign');
  const load = useCallback((offset: number) => campaignListsApi.influencers({ limit: LIST_PAGE_SIZE, offset }), []);
  const list = useListPage(load);
  const items = list.page?.items ?? [];
  return (
    <section aria-labelledby="influencers-title">
      <h2 id="influencers-title">{t('social.influencersTitle')}</h2>
      <CsvLink list="influencers" what={t('social.influencersCsv')} />
      {nationalOnly(list.error) ? (
        note
      ) : (
        <ListStatus loading={list.loading} error={list.error} empty={!list.loading && items.length === 0} emptyText={t('social.influencersEmpty')} onRetry={list.reload} />
      )}
      {items.length > 0 && (
        <table className="campaign-table" aria-busy={list.loading}>
          <caption>{t('social.influencersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('social.name')}</th>
              <th scope="col">{t('social.platforms')}</th>
              <th scope="col" className="num">
                {t('social.followers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.id}>
                <th scope="row">{x.name}</th>
                <td data-label={t('social.platforms')}>{x.platforms.join(', ')}</td>
                <td data-label={t('social.followers')} className="num">
                  {formatNumber(x.followers)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.page && (
        <ListPager label={t('social.influencersPager')} offset={list.offset} limit={LIST_PAGE_SIZE} total={list.page.total} noun={t('social.influencersNoun')} onPage={list.setOffset} />
      )}
      <AddInfluencer onSaved={list.reload} />
    </section>
  );
}

type InfluencerField = 'name' | 'platforms' | 'followers';

function AddInfluencer({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation('campaign');
  const empty = { name: '', platforms: '', followers: '' };
  const [form, setForm] = useState(empty);
  const set = (field: InfluencerField) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const { messages, error, busy, saved, submit } = useAddForm({
    section: 'social',
    idPrefix: 'influencer',
    check: () => checkInfluencer(form),
    save: async (influencer) => {
      await campaignListsApi.addInfluencer(influencer);
      setForm(empty);
      onSaved();
      return t('social.added', { name: influencer.name });
    },
  });

  return (
    <div className="card campaign-add">
      <h3 id="influencer-add-title">{t('social.addTitle')}</h3>
      <form className="form" noValidate aria-labelledby="influencer-add-title" onSubmit={submit}>
        <Field id="influencer-name" label={t('social.name')} error={messages.name}>
          {(control) => <input {...control} value={form.name} maxLength={200} autoComplete="off" onChange={set('name')} />}
        </Field>
        <Field id="influencer-platforms" label={t('social.platformsField')} error={messages.platforms}>
          {(control) => <input {...control} value={form.platforms} onChange={set('platforms')} />}
        </Field>
        <Field id="influencer-followers" label={t('social.followersField')} error={messages.followers}>
          {(control) => <input {...control} inputMode="numeric" value={form.followers} onChange={set('followers')} />}
        </Field>
        <FormSubmit error={error} busy={busy} label={t('social.submit')} busyLabel={t('lists.saving')} />
        {saved && (
          <p role="status" className="alert alert-info">
            {saved}
          </p>
        )}
      </form>
    </div>
  );
}

function Posts({ note }: { note: ReactNode }) {
  const { t } = useTranslation('campaign');
  const [hashtag, setHashtag] = useState('');
  const [platform, setPlatform] = useState('');
  const load = useCallback((offset: number) => campaignListsApi.posts({ hashtag, platform, limit: LIST_PAGE_SIZE, offset }), [hashtag, platform]);
  const list = useListPage(load);
  const items = list.page?.items ?? [];
  return (
    <section aria-labelledby="posts-title">
      <h2 id="posts-title">{t('social.postsTitle')}</h2>
      <CsvLink list="posts" what={t('social.postsCsv')} />
      <ListFilters>
        <SelectFilter
          id="posts-hashtag"
          label={t('social.hashtag')}
          allLabel={t('social.allHashtags')}
          options={HASHTAGS.map((h) => ({ value: h, label: h }))}
          value={hashtag}
          onChange={setHashtag}
        />
        <SelectFilter
          id="posts-platform"
          label={t('social.platform')}
          allLabel={t('social.allPlatforms')}
          options={PLATFORMS.map((p) => ({ value: p, label: p }))}
          value={platform}
          onChange={setPlatform}
        />
      </ListFilters>
      {nationalOnly(list.error) ? (
        note
      ) : (
        <ListStatus loading={list.loading} error={list.error} empty={!list.loading && items.length === 0} emptyText={t('social.postsEmpty')} onRetry={list.reload} />
      )}
      {items.length > 0 && (
        <table className="campaign-table" aria-busy={list.loading}>
          <caption>{t('social.postsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('social.author')}</th>
              <th scope="col">{t('social.platform')}</th>
              <th scope="col">{t('social.hashtag')}</th>
              <th scope="col" className="num">
                {t('social.views')}
              </th>
              <th scope="col" className="num">
                {t('social.likes')}
              </th>
              <th scope="col" className="num">
                {t('social.shares')}
              </th>
              <th scope="col" className="num">
                {t('social.comments')}
              </th>
              <th scope="col">{t('social.date')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={p.url} target="_blank" rel="noopener noreferrer">
                    {p.author}
                  </a>
                </th>
                <td data-label={t('social.platform')}>{p.platform}</td>
                <td data-label={t('social.hashtag')}>{p.hashtags.join(' ')}</td>
                <td data-label={t('social.views')} className="num">
                  {formatNumber(p.views)}
                </td>
                <td data-label={t('social.likes')} className="num">
                  {formatNumber(p.likes)}
                </td>
                <td data-label={t('social.shares')} className="num">
                  {formatNumber(p.shares)}
                </td>
                <td data-label={t('social.comments')} className="num">
                  {formatNumber(p.comments)}
                </td>
                <td data-label={t('social.date')}>
                  <time dateTime={p.postedAt}>{postDate.format(new Date(p.postedAt))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.page && <ListPager label={t('social.postsPager')} offset={list.offset} limit={LIST_PAGE_SIZE} total={list.page.total} noun={t('social.postsNoun')} onPage={list.setOffset} />}
    </section>
  );
}
