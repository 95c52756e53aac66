import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, campaignApi } from '../../api/api-client.js';
import type { ImportKind, ImportResult, ImportRowError } from '../../api/api-types.js';
import { CampaignFrame, STAFF } from './CampaignFrame.js';
import { formatNumber } from './campaign-format.js';
import { countCsvRows, IMPORT_KINDS, newImportId, previewCells, uploadType } from './import-file.js';

/** `/chien-dich/nhap-du-lieu`: preview a CSV/XLSX file with its row errors, then import it with progress. */
export function ImportsPage() {
  return (
    <CampaignFrame roles={STAFF} titleId="imports-title">
      <Imports />
    </CampaignFrame>
  );
}

function ErrorTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { t } = useTranslation('campaign');
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="campaign-import-errors">
        <thead>
          <tr>
            <th scope="col">{t('imports.line')}</th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${e.column}-${i}`}>
              <td>{e.line}</td>
              <td>{e.column}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Imports() {
  const { t } = useTranslation('campaign');
  const [kind, setKind] = useState<ImportKind>('schools');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [rowsRead, setRowsRead] = useState(0);
  // Rows in the file, when known (CSV): the progress bar's maximum; XLSX shows an indeterminate bar.
  const [totalRows, setTotalRows] = useState<number | null>(null);
  const poll = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  useEffect(() => () => clearInterval(poll.current), []);

  const reset = () => {
    setPreview(null);
    setResult(null);
    setError(null);
  };

  async function run(mode: 'preview' | 'commit') {
    if (!file) return;
    const type = uploadType(file.name);
    if (!type) {
      setError(t('imports.badType'));
      return;
    }
    setBusy(mode);
    setError(null);
    if (mode === 'commit') {
      setResult(null);
      setRowsRead(0);
      setTotalRows(type === 'text/csv' ? countCsvRows(await file.text()) : null);
    }
    const importId = mode === 'commit' ? newImportId() : undefined;
    if (importId) {
      poll.current = setInterval(() => {
        campaignApi.importRecord(importId).then(
          (r) => setRowsRead(r.rowsRead),
          () => undefined, // not started yet
        );
      }, 500);
    }
    try {
      const answer = await campaignApi.importFile(kind, mode, file, type, importId);
      if (mode === 'preview') setPreview(answer);
      else {
        setRowsRead(answer.rowsRead);
        setResult(answer);
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.failed'));
    } finally {
      clearInterval(poll.current);
      setBusy(null);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run('preview');
  };

  return (
    <>
      <h1 id="imports-title">{t('imports.title')}</h1>
      <p>{t('imports.lead')}</p>
      <form className="form campaign-import-form" onSubmit={onSubmit}>
        <fieldset>
          <legend>{t('imports.kind')}</legend>
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="campaign-radio">
              <input
                type="radio"
                name="import-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  reset();
                }}
              />{' '}
              {t(`imports.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <p className="campaign-hint" id="import-columns">
          {t('imports.columns', { columns: t(`imports.columnsOf.${kind}`) })}
        </p>
        <label htmlFor="import-file">{t('imports.file')}</label>
        <input
          id="import-file"
          type="file"
          aria-describedby="import-columns"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            reset();
          }}
        />
        <div className="campaign-actions">
          <button type="submit" className="button button-secondary" disabled={!file || busy !== null}>
            {t('imports.preview')}
          </button>
          <button type="button" className="button button-primary" disabled={!file || busy !== null} onClick={() => void run('commit')}>
            {t('imports.commit')}
          </button>
        </div>
      </form>

      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {busy === 'preview' && <p role="status">{t('imports.previewing')}</p>}

      {(busy === 'commit' || result) && (
        <div className="campaign-import-progress">
          <label htmlFor="import-progress">{t('imports.progress')}</label>
          <progress id="import-progress" max={1} {...(result ? { value: 1 } : totalRows ? { value: Math.min(1, rowsRead / totalRows) } : {})}>
            {t('imports.progressText', { rows: formatNumber(rowsRead) })}
          </progress>
          <p role="status">{result ? '' : t('imports.progressText', { rows: formatNumber(rowsRead) })}</p>
        </div>
      )}

      {result && (
        <section aria-labelledby="import-result-title" className="card">
          <h2 id="import-result-title">{t('imports.doneTitle')}</h2>
          <p role="status" className="campaign-import-summary">
            {t('imports.done', {
              rows: formatNumber(result.rowsRead),
              inserted: formatNumber(result.inserted),
              updated: formatNumber(result.updated),
              errors: formatNumber(result.errors),
            })}
          </p>
          {result.rowErrors.length > 0 ? (
            <>
              <h3>{t('imports.errorsTitle')}</h3>
              <ErrorTable errors={result.rowErrors} />
            </>
          ) : (
            <p>{t('imports.noErrors')}</p>
          )}
        </section>
      )}

      {preview && !result && (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('imports.previewTitle')}</h2>
          <p role="status">{t('imports.previewSummary', { rows: formatNumber(preview.rowsRead), errors: formatNumber(preview.errors) })}</p>
          {preview.rowErrors.length > 0 && (
            <>
              <h3>{t('imports.errorsTitle')}</h3>
              <ErrorTable errors={preview.rowErrors} />
            </>
          )}
          {preview.preview.length > 0 && (
            <div className="table-scroll" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('imports.line')}</th>
                    <th scope="col">{t('imports.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.preview.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td>{previewCells(row.value).join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
