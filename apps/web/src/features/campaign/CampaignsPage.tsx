import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignApi } from '../../api/api-client.js';
import type { Campaign } from '../../api/api-types.js';
import { Field } from '../../ui/Field.js';
import { errorMessage, serverFieldErrors, type FieldMessages } from '../../ui/form-errors.js';
import { FormSubmit } from '../../ui/FormSubmit.js';
import { useSession } from '../auth/index.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatDay, formatNumber, todayInVietnam } from './campaign-format.js';
import {
  campaignForm,
  campaignStatus,
  canEditCampaigns,
  COUNT_FIELDS,
  formFieldOf,
  oneYearFrom,
  parseCount,
  validateCampaignForm,
  type CampaignForm,
  type CountField,
} from './campaign-targets-form.js';

/** `/chien-dich/chien-dich`: the campaigns with their windows; national staff create and edit them and their targets. */
export function CampaignsPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="campaigns-title">
      <Campaigns />
    </CampaignFrame>
  );
}

/** The campaign being edited (null: a new one) and the form it starts from. */
interface Editing {
  campaign: Campaign | null;
  form: CampaignForm;
}

function Campaigns() {
  const { t } = useTranslation('campaign');
  const { user } = useSession();
  const canEdit = canEditCampaigns(user!);
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const today = todayInVietnam();

  const load = useCallback(() => {
    campaignApi.campaigns().then(setCampaigns, (e: unknown) => setError(errorMessage(e, t('common.failed'))));
  }, [t]);
  useEffect(load, [load]);

  // The form closes on save: focus moves to the confirmation instead of getting lost.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function startNew() {
    setNotice(null);
    try {
      const { targets } = await campaignApi.campaignDefaults();
      setEditing({ campaign: null, form: { ...campaignForm({ targets }), startDate: today, endDate: oneYearFrom(today) } });
    } catch (e) {
      setError(errorMessage(e, t('common.failed')));
    }
  }

  function saved(campaign: Campaign, created: boolean) {
    setEditing(null);
    setNotice(t(created ? 'campaigns.created' : 'campaigns.saved', { name: campaign.name }));
    load();
  }

  return (
    <>
      <h1 id="campaigns-title">{t('campaigns.title')}</h1>
      <p className="campaign-lead">{t('campaigns.lead')}</p>
      {!canEdit && <p className="alert alert-info">{t('campaigns.readOnly')}</p>}
      {canEdit && !editing && (
        <button type="button" className="button button-primary" onClick={() => void startNew()}>
          {t('campaigns.create')}
        </button>
      )}
      {notice && (
        <p ref={noticeRef} role="status" tabIndex={-1} className="alert alert-info">
          {notice}
        </p>
      )}
      {editing && (
        <CampaignEditor
          key={editing.campaign?.id ?? 'new'}
          campaign={editing.campaign}
          initial={editing.form}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {!campaigns && !error && <p role="status">{t('common.loading')}</p>}
      {campaigns && (
        <>
          <h2>{t('campaigns.listTitle')}</h2>
          {campaigns.length === 0 && <p>{t('campaigns.none')}</p>}
          <ul className="campaign-trainings campaign-campaigns">
            {campaigns.map((c) => {
              const status = campaignStatus(c, today);
              return (
                <li key={c.id} className="card" data-status={status}>
                  <h3>{c.name}</h3>
                  <p>
                    {t('campaigns.period', { start: formatDay(c.startDate), end: formatDay(c.endDate) })} ·{' '}
                    <span className="campaign-status">{t(`campaigns.status.${status}`)}</span>
                  </p>
                  <div className="campaign-actions">
                    <Link className="button button-secondary" to={`/chien-dich?campaignId=${encodeURIComponent(c.id)}`} aria-label={t('campaigns.viewLabel', { name: c.name })}>
                      {t('campaigns.view')}
                    </Link>
                    {canEdit && (
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('campaigns.editLabel', { name: c.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing({ campaign: c, form: campaignForm(c) });
                        }}
                      >
                        {t('campaigns.edit')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** A text box of the editor with its label and, when refused, the reason right under it. */
function TextBox(props: {
  id: string;
  label: string;
  value: string;
  problem: string | undefined;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  numeric?: boolean;
  hintId?: string;
}) {
  const { t } = useTranslation('campaign');
  const { problem, numeric } = props;
  return (
    // `form` stacks the label, the input and the reason as the page's other forms do.
    <div className="form">
      <Field id={props.id} label={props.label} describedBy={props.hintId} error={problem?.startsWith('errors.') ? t(`campaigns.${problem}`) : problem}>
        {(control) => (
          <input
            {...control}
            type={props.type ?? 'text'}
            value={props.value}
            {...(numeric && {
              inputMode: 'numeric' as const,
              autoComplete: 'off',
              // "100000" becomes "100.000" once typed, so the organiser can read back what they entered.
              onBlur: () => {
                const value = parseCount(props.value);
                if (value !== null) props.onChange(formatNumber(value));
              },
            })}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )}
      </Field>
    </div>
  );
}

const inputId = (field: string) => `campaign-${field.replaceAll('.', '-')}`;
const SIMPLE_COUNTS = COUNT_FIELDS.filter((f) => !f.startsWith('participants.'));
const PARTICIPANT_COUNTS = COUNT_FIELDS.filter((f) => f.startsWith('participants.'));

/**
 * The create/edit form: name, window, every target and the hashtag rows. Problems are checked
 * here first (with the reason under each field); the server's own field errors land on the same
 * fields, and its message is shown above the submit button.
 */
function CampaignEditor({
  campaign,
  initial,
  onSaved,
  onCancel,
}: {
  campaign: Campaign | null;
  initial: CampaignForm;
  onSaved: (campaign: Campaign, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('campaign');
  const [form, setForm] = useState(initial);
  // Field id → a locale key (`errors.…`, from this form's checks) or the server's own message.
  const [problems, setProblems] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What to focus after the next render: an element id, or the first refused field. A new object each time, so asking twice works.
  const [focus, setFocus] = useState<{ target: string }>({ target: 'campaign-editor-title' });
  const nextKey = useRef(Math.max(0, ...initial.hashtags.map((r) => r.key)) + 1);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const { target } = focus;
    (target === 'invalid' ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : document.getElementById(target))?.focus();
  }, [focus]);

  function edit(field: string, change: (f: CampaignForm) => CampaignForm) {
    setForm(change);
    setProblems(({ [field]: _fixed, ...rest }) => rest);
  }
  const setCount = (field: CountField) => (value: string) => edit(`targets.${field}`, (f) => ({ ...f, counts: { ...f.counts, [field]: value } }));
  const setRow = (key: number, part: 'tag' | 'target') => (value: string) =>
    edit(`hashtags.${key}.${part}`, (f) => ({ ...f, hashtags: f.hashtags.map((r) => (r.key === key ? { ...r, [part]: value } : r)) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validateCampaignForm(form);
    if (checked.problems) {
      setProblems(Object.fromEntries(Object.entries(checked.problems).map(([field, problem]) => [field, `errors.${problem}`])));
      setError(t('campaigns.invalid'));
      setFocus({ target: 'invalid' });
      return;
    }
    setBusy(true);
    setError(null);
    setProblems({});
    try {
      const saved = campaign ? await campaignApi.updateCampaign(campaign.id, checked.input) : await campaignApi.createCampaign(checked.input);
      onSaved(saved, campaign === null);
    } catch (err) {
      setBusy(false);
      setError(errorMessage(err, t('common.failed')));
      const fromServer = serverFieldErrors(err, (field) => formFieldOf(field, form));
      setProblems(fromServer);
      if (Object.keys(fromServer).length > 0) setFocus({ target: 'invalid' });
    }
  }

  const countBoxes = (fields: readonly CountField[]) => (
    <div className="grid-2">
      {fields.map((field) => (
        <TextBox
          key={field}
          id={inputId(`targets.${field}`)}
          numeric
          hintId="campaign-targets-hint"
          label={t(`campaigns.targets.${field}`)}
          value={form.counts[field]}
          problem={problems[`targets.${field}`]}
          onChange={setCount(field)}
        />
      ))}
    </div>
  );

  const title = campaign ? t('campaigns.editTitle', { name: campaign.name }) : t('campaigns.newTitle');
  return (
    <form ref={formRef} className="form card campaign-editor" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="campaign-editor-title">
      <h2 id="campaign-editor-title" tabIndex={-1}>
        {title}
      </h2>
      <TextBox id="campaign-name" label={t('campaigns.name')} value={form.name} problem={problems.name} onChange={(v) => edit('name', (f) => ({ ...f, name: v }))} />
      <div className="grid-2">
        <TextBox
          id="campaign-start"
          type="date"
          label={t('campaigns.start')}
          value={form.startDate}
          problem={problems.startDate}
          onChange={(v) => edit('startDate', (f) => ({ ...f, startDate: v }))}
        />
        <TextBox
          id="campaign-end"
          type="date"
          label={t('campaigns.end')}
          value={form.endDate}
          problem={problems.endDate}
          onChange={(v) => edit('endDate', (f) => ({ ...f, endDate: v }))}
        />
      </div>

      <fieldset>
        <legend>{t('campaigns.targetsTitle')}</legend>
        <p id="campaign-targets-hint" className="campaign-hint">
          {t('campaigns.targetsHint')}
        </p>
        {countBoxes(SIMPLE_COUNTS)}
        <fieldset>
          <legend>{t('campaigns.participantsTitle')}</legend>
          {countBoxes(PARTICIPANT_COUNTS)}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t('campaigns.hashtagsTitle')}</legend>
        <p className="campaign-hint">{t('campaigns.hashtagsHint')}</p>
        {form.hashtags.length === 0 && <p>{t('campaigns.noHashtags')}</p>}
        {form.hashtags.map((row, i) => (
          <div key={row.key} className="campaign-hashtag-row">
            <div className="grid-2">
              <TextBox
                id={`campaign-hashtag-${row.key}`}
                label={t('campaigns.hashtag', { n: i + 1 })}
                value={row.tag}
                problem={problems[`hashtags.${row.key}.tag`]}
                onChange={setRow(row.key, 'tag')}
              />
              <TextBox
                id={`campaign-hashtag-${row.key}-target`}
                numeric
                label={t('campaigns.hashtagTarget', { n: i + 1 })}
                value={row.target}
                problem={problems[`hashtags.${row.key}.target`]}
                onChange={setRow(row.key, 'target')}
              />
            </div>
            <div>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  edit(`hashtags.${row.key}.tag`, (f) => ({ ...f, hashtags: f.hashtags.filter((r) => r.key !== row.key) }));
                  setFocus({ target: 'campaign-add-hashtag' });
                }}
              >
                {t('campaigns.removeHashtag', { n: i + 1 })}
              </button>
            </div>
          </div>
        ))}
        <div>
          <button
            id="campaign-add-hashtag"
            type="button"
            className="button button-secondary"
            onClick={() => {
              const key = nextKey.current++;
              setForm((f) => ({ ...f, hashtags: [...f.hashtags, { key, tag: '', target: '' }] }));
              setFocus({ target: `campaign-hashtag-${key}` });
            }}
          >
            {t('campaigns.addHashtag')}
          </button>
        </div>
      </fieldset>

      <FormSubmit error={error} busy={busy} label={campaign ? t('campaigns.save') : t('campaigns.create')} busyLabel={t('campaigns.saving')} />
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('campaigns.cancel')}
      </button>
    </form>
  );
}
