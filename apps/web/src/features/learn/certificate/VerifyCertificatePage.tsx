import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../../../api/api-client.js';
import type { CertificateVerification } from '../../../api/api-types.js';

type Answer = { kind: 'valid'; certificate: CertificateVerification } | { kind: 'invalid' } | { kind: 'error'; message: string };
type State = { kind: 'loading' } | Answer;

/** `/xac-minh/:code`: anyone can check that a certificate was really issued. */
export function VerifyCertificatePage() {
  const { t, i18n } = useTranslation('learn');
  const { code = '' } = useParams();
  const [answer, setAnswer] = useState<{ code: string; answer: Answer } | null>(null);
  const state: State = answer?.code === code ? answer.answer : { kind: 'loading' };

  useEffect(() => {
    let live = true;
    const settle = (a: Answer) => live && setAnswer({ code, answer: a });
    api.certificate(code).then(
      (certificate) => settle(certificate.valid ? { kind: 'valid', certificate } : { kind: 'invalid' }),
      (e: unknown) => {
        if (e instanceof ApiError && (e.status === 404 || e.status === 400)) settle({ kind: 'invalid' });
        else settle({ kind: 'error', message: e instanceof ApiError ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [code]);

  const band = (id: string) => t(`bands.${id}`, { defaultValue: id });
  const date = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(i18n.language?.startsWith('en') ? 'en-GB' : 'vi-VN');
  };

  return (
    <section className="learn-page verify-page" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title')}</h1>
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t('verify.checking', { code })}</p>}
        {state.kind === 'valid' && (
          <div className="card verify-valid">
            <h2>
              <span aria-hidden="true">✓ </span>
              {t('verify.valid')}
            </h2>
            <dl className="verify-facts">
              <dt>{t('verify.name')}</dt>
              <dd>{state.certificate.name}</dd>
              <dt>{t('verify.band')}</dt>
              <dd>{band(state.certificate.band)}</dd>
              <dt>{t('verify.issuedAt')}</dt>
              <dd>{date(state.certificate.issuedAt)}</dd>
              <dt>{t('verify.code')}</dt>
              <dd className="certificate-code">{code}</dd>
            </dl>
          </div>
        )}
        {state.kind === 'invalid' && (
          <div className="card verify-invalid">
            <h2>{t('verify.invalid', { code })}</h2>
            <p>{t('verify.invalidHint')}</p>
          </div>
        )}
        {state.kind === 'error' && (
          <p role="alert" className="alert alert-error">
            {state.message}
          </p>
        )}
      </div>
    </section>
  );
}
