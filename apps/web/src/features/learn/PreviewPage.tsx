import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChatPlayer } from './chat/ChatPlayer.js';
import { LazyDebrief } from './debrief/LazyDebrief.js';
import { compileInk, globalTag, globalTagValues, type CompileResult } from './preview/compile-ink.js';
import type { InkIssue } from './preview/ink-errors.js';

// The content guide's template: it passes the validator, so authors start from a valid story.
const SAMPLE = `# title: Trúng thưởng điện thoại?
# title_en: Won a phone?
# band: primary
# strand: scams
# scheme: prize_scam
# contact: Shop Quà Tặng 24h
# platform: messenger
# minutes: 3

-> start

=== start ===
Em đang xem video thì có tin nhắn từ một trang lạ. # from: system
Chúc mừng em trúng một chiếc điện thoại mới! # from: them # delay: 1200 # flag: too_good_to_be_true
* [Hỏi cách nhận quà] Làm sao để nhận quà vậy? # from: me
  -> fee
* [Đưa mẹ xem] Mẹ ơi, có người nhắn con trúng điện thoại. # from: me
  -> ask_mum

=== fee ===
Em chỉ cần chuyển 50.000đ phí ship là có quà. # from: them # delay: 1000 # flag: money_request # flag: deposit_first
* [Xin tiền để chuyển] Để mình xin tiền rồi chuyển nha. # from: me
  -> hurry
* [Hỏi mẹ trước] Mẹ ơi, họ đòi phí ship trước. # from: me
  -> ask_mum

=== hurry ===
Nhanh lên, 5 phút nữa là mất quà đó! # from: them # delay: 800 # flag: urgency
* [Chuyển luôn] Mình chuyển rồi nè. # from: me
  -> ending_lost_money
* [Dừng lại, kể với mẹ] Mẹ ơi, con suýt chuyển tiền cho người lạ. # from: me
  -> ending_told

=== ask_mum ===
Mẹ: "Trúng thưởng mà phải trả tiền trước là lừa đảo đấy con." # from: system
* [Chụp màn hình] Con chụp màn hình lại nhé mẹ. # from: me
  -> report
* [Bỏ qua tin nhắn] Con không trả lời nữa. # from: me
  -> report

=== report ===
Mẹ chỉ em cách chặn và báo cáo trang đó. # from: system
* [Kể cho cô giáo] Mai con kể cho cô và các bạn nữa. # from: me
  -> ending_told
* [Chặn luôn] Con chặn rồi mẹ ạ. # from: me
  -> ending_told

=== ending_told ===
Em không mất tiền và đã kể với người lớn. Em an toàn. # from: system # outcome: safe
Quà "trúng thưởng" mà đòi phí trước là dấu hiệu lừa đảo. # debrief
Kể với bố mẹ, thầy cô là việc làm đúng và dũng cảm. # debrief
-> END

=== ending_lost_money ===
Em mất 50.000đ và không nhận được quà nào. # from: system # outcome: unsafe
Đây không phải lỗi của em. Em không một mình. # debrief
Hãy kể ngay với bố mẹ hoặc thầy cô; gọi 111 (miễn phí) nếu cần giúp. # debrief
-> END
`;

/** `/hoc/xem-truoc`: authors paste ink, compile it in the browser and play it in the chat UI. */
export function PreviewPage() {
  const { t } = useTranslation('learn');
  const [source, setSource] = useState(SAMPLE);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CompileResult | null>(null);
  const [runs, setRuns] = useState(0);
  const [loadError, setLoadError] = useState(false);

  async function compile(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setLoadError(false);
    try {
      setResult(await compileInk(source));
      setRuns((n) => n + 1);
    } catch {
      setLoadError(true);
    } finally {
      setBusy(false);
    }
  }

  const errors = result?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = result?.issues.filter((i) => i.severity === 'warning') ?? [];
  const tags = result?.globalTags ?? [];
  const contact = globalTag(tags, 'contact') ?? t('preview.contact');
  const platform = globalTag(tags, 'platform') ?? 'zalo';

  return (
    <div className="learn-page preview-page">
      <p className="breadcrumb">
        <Link to="/hoc">{t('backHome')}</Link>
      </p>
      <h1>{t('preview.title')}</h1>
      <p className="lead">{t('preview.lead')}</p>
      <form className="form" onSubmit={compile}>
        <label htmlFor="ink-source">{t('preview.source')}</label>
        <textarea
          id="ink-source"
          className="ink-source"
          rows={14}
          spellCheck={false}
          lang="vi"
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('preview.compiling') : t('preview.compile')}
        </button>
      </form>
      <div aria-live="polite">
        {loadError && (
          <p role="alert" className="alert alert-error">
            {t('preview.loadFailed')}
          </p>
        )}
        {errors.length > 0 && <IssueList title={t('preview.errors')} issues={errors} className="alert alert-error ink-issues" />}
        {warnings.length > 0 && <IssueList title={t('preview.warnings')} issues={warnings} className="ink-issues ink-warnings" />}
        {result?.storyJson && <p className="promise">{t('preview.ok')}</p>}
      </div>
      {result?.storyJson && (
        <ChatPlayer
          key={runs}
          storyJson={result.storyJson}
          contact={contact}
          platform={platform}
          renderEnding={(transcript, restart) => (
            <LazyDebrief transcript={transcript} contact={contact} schemes={globalTagValues(tags, 'scheme')} onPlayAgain={restart} />
          )}
        />
      )}
    </div>
  );
}

/** Compiler messages, each with its line when known. */
function IssueList({ title, issues, className }: { title: string; issues: InkIssue[]; className: string }) {
  const { t } = useTranslation('learn');
  return (
    <div className={className}>
      <h2>{title}</h2>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.line !== undefined && <strong>{t('preview.line', { line: issue.line })}: </strong>}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
