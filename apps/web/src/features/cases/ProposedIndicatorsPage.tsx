import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, helpApi } from '../../api/api-client.js';
import type { IndicatorView } from '../../api/api-types.js';
import { useSession } from '../auth/index.js';
import './cases-locales.js';
import { useSchemeName } from './InboxPage.js';

/**
 * `/hop-thu/dau-hieu` — "Dấu hiệu chờ xác nhận": indicators proposed from cases, which a
 * counsellor other than the proposer confirms (they then reach every browser's detector) or rejects.
 */
export function ProposedIndicatorsPage() {
  const { t, i18n } = useTranslation('cases');
  const { user } = useSession();
  const schemeName = useSchemeName();
  const [items, setItems] = useState<IndicatorView[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN';

  const load = useCallback(() => {
    helpApi.proposedIndicators().then(
      (r) => setItems(r.indicators),
      (e: unknown) => setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) }),
    );
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  async function decide(item: IndicatorView, decision: 'confirm' | 'reject') {
    setBusy(true);
    try {
      await (decision === 'confirm' ? helpApi.confirmIndicator(item.id) : helpApi.rejectIndicator(item.id));
      setMessage({ ok: true, text: t(decision === 'confirm' ? 'proposed.confirmed' : 'proposed.rejected', { value: item.value }) });
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cases-page">
      <p>
        <Link to="/hop-thu">← {t('case.back')}</Link>
      </p>
      <h1>{t('proposed.title')}</h1>
      <p className="lead">{t('proposed.lead')}</p>
      <p role={message && !message.ok ? 'alert' : 'status'} className={message ? (message.ok ? 'alert alert-info' : 'alert alert-error') : ''}>
        {message?.text ?? ''}
      </p>
      {!items && <p>{t('case.loading')}</p>}
      {items && items.length === 0 && <p>{t('proposed.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="indicator-list">
          {items.map((item) => {
            const own = item.proposedBy === user?.id;
            return (
              <li key={item.id} className="card">
                <p>
                  <strong>{t(`kinds.${item.kind}`)}:</strong> <span className="indicator-value">{item.value}</span>
                </p>
                <p>{schemeName(item.scheme)}</p>
                <p className="hint">
                  {t('proposed.proposedAt', {
                    time: new Date(item.proposedAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }),
                    who: own ? t('case.you') : t('case.colleague'),
                  })}
                </p>
                {own ? (
                  <p className="hint">{t('proposed.own')}</p>
                ) : (
                  <div className="case-buttons">
                    <button type="button" className="button button-primary" disabled={busy} aria-label={t('proposed.confirmLabel', { value: item.value })} onClick={() => void decide(item, 'confirm')}>
                      {t('proposed.confirm')}
                    </button>
                    <button type="button" className="button button-secondary" disabled={busy} aria-label={t('proposed.rejectLabel', { value: item.value })} onClick={() => void decide(item, 'reject')}>
                      {t('proposed.reject')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
