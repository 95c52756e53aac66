import type { Band } from '@kmm/content';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/api-client.js';
import { Field } from '../../../ui/Field.js';
import { FormSubmit } from '../../../ui/FormSubmit.js';

interface Issued {
  code: string;
  url: string;
  filename: string;
}

/**
 * Asks the name as it should be printed, asks the server for the certificate (a PDF), offers
 * it as a download, and shows its code and public verification link.
 */
export function CertificateForm({ band, completed }: { band: Band; completed: readonly string[] }) {
  const { t } = useTranslation('learn');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const readyHeading = useRef<HTMLHeadingElement>(null);
  const downloadLink = useRef<HTMLAnchorElement>(null);

  const started = useRef<string | null>(null);

  // Start the download straight away (once); the link stays for a second try. The blob URL
  // lives as long as the page, so that link keeps working.
  useEffect(() => {
    if (!issued || started.current === issued.url) return;
    started.current = issued.url;
    readyHeading.current?.focus();
    downloadLink.current?.click();
  }, [issued]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const printed = name.trim().replace(/\s+/g, ' ');
    setNameMissing(!printed);
    setError(null);
    if (!printed) return;
    setBusy(true);
    try {
      const { code, pdf } = await api.createCertificate({ name: printed, band, completed: [...completed] });
      setIssued({ code, url: URL.createObjectURL(pdf), filename: `chung-nhan-${code}.pdf` });
    } catch (e) {
      setError(t('certificate.failed', { message: e instanceof ApiError ? e.message : '' }));
    } finally {
      setBusy(false);
    }
  }

  if (issued) {
    const verifyPath = `/xac-minh/${encodeURIComponent(issued.code)}`;
    return (
      <div className="certificate-ready">
        <h3 tabIndex={-1} ref={readyHeading}>
          {t('certificate.ready')}
        </h3>
        <a className="button button-primary" href={issued.url} download={issued.filename} ref={downloadLink}>
          {t('certificate.download')}
        </a>
        <p className="certificate-code">{t('certificate.code', { code: issued.code })}</p>
        <p>
          {t('certificate.verifyLink')} <Link to={verifyPath}>{`${window.location.origin}${verifyPath}`}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="form certificate-form" onSubmit={submit} noValidate>
      <h3>{t('certificate.title')}</h3>
      <p>{t('certificate.intro')}</p>
      {/* Announced as it appears: it comes with the submit, and focus stays on the button. */}
      <Field id="certificate-name" label={t('certificate.name')} hint={t('certificate.nameHint')} error={nameMissing && t('certificate.nameRequired')} alert>
        {(control) => (
          <input {...control} name="name" autoComplete="name" maxLength={80} value={name} placeholder={t('certificate.nameHint')} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <FormSubmit error={error} busy={busy} label={t('certificate.submit')} busyLabel={t('certificate.submitting')} />
    </form>
  );
}
