import { HELP_LINES, TRUSTED_WEBSITE_CHECK } from '@kmm/detector';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkFinding, PhoneFinding } from './detector-types.js';
import { useLocalized } from './use-localized.js';

/** Brand ids are lower-case (`vietcombank`); show them capitalised until the index exports brand names. */
function brandName(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Details worth showing next to a reason: the ending, the shortener, the free host… */
const LINK_DETAILS: ReadonlySet<string> = new Set(['risky_tld', 'shortener', 'free_hosting', 'punycode', 'nonstandard_port', 'userinfo_trick']);

/** Every link found, with its verdict and, in plain words, why. */
export function LinkList({ links, single }: { links: readonly LinkFinding[]; single: boolean }) {
  const { t } = useTranslation('check');
  const titleId = useId();
  return (
    <section className="check-result-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{single ? t('links.titleSingle') : t('links.title')}</h3>
      <ul className="check-finding-list">
        {links.map((link) => (
          <li key={`${link.span.message ?? ''}:${link.span.start}`} className={`check-finding check-finding-${link.verdict}`}>
            <p className="check-finding-head">
              <span className="check-finding-badge">{t(`links.verdict.${link.verdict}`)}</span> <span className="check-finding-value">{link.url}</span>
            </p>
            {link.verdict === 'suspicious' && link.brand !== undefined && <p>{t('links.imitates', { brand: brandName(link.brand) })}</p>}
            {link.verdict === 'trusted' && <p>{t('links.trusted', { brand: brandName(link.brand ?? link.domain ?? link.host) })}</p>}
            {link.verdict === 'unknown' && <p>{t('links.unknown', { site: TRUSTED_WEBSITE_CHECK, domain: link.domain ?? link.host })}</p>}
            {link.reasons.length > 0 && (
              <ul className="check-reason-list">
                {link.reasons.map((reason) => (
                  <li key={reason.id}>
                    {t(`links.reasons.${reason.id}`, { defaultValue: t('links.otherReason') })}
                    {reason.detail !== undefined && LINK_DETAILS.has(reason.id) && (
                      <>
                        {' '}
                        (<span className="check-finding-value">{reason.id === 'risky_tld' ? `.${reason.detail}` : reason.detail}</span>)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every phone number found: what kind of number it is, its verdict and, in plain words, why. */
export function PhoneList({ phones, single }: { phones: readonly PhoneFinding[]; single: boolean }) {
  const { t, i18n } = useTranslation('check');
  const titleId = useId();
  const l = useLocalized();
  const english = i18n.language?.startsWith('en') ?? false;
  return (
    <section className="check-result-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{single ? t('phones.titleSingle') : t('phones.title')}</h3>
      <ul className="check-finding-list">
        {phones.map((phone) => {
          const helpLine = phone.display in HELP_LINES ? HELP_LINES[phone.display as keyof typeof HELP_LINES] : undefined;
          const digits = (s: string) => s.replace(/\D/g, '');
          const showDisplay = digits(phone.display) !== digits(phone.raw) && !phone.reasons.some((r) => r.id === 'old_11_digit_format');
          return (
            <li key={`${phone.span.message ?? ''}:${phone.span.start}`} className={`check-finding check-finding-${phone.verdict}`}>
              <p className="check-finding-head">
                <span className="check-finding-badge">{t(`phones.verdict.${phone.verdict}`)}</span> <span className="check-finding-value">{phone.raw}</span>
              </p>
              <ul className="check-phone-facts">
                <li>{t('phones.kindLabel', { kind: t(`phones.kind.${phone.kind}`) })}</li>
                {showDisplay && <li>{t('phones.display', { number: phone.display })}</li>}
                {phone.country !== undefined && <li>{t('phones.country', { country: english ? phone.country.en : phone.country.vi })}</li>}
                {phone.carrier !== undefined && <li>{t('phones.carrier', { carrier: phone.carrier })}</li>}
                {helpLine !== undefined && <li>{`${helpLine.number} — ${l(helpLine.name)}`}</li>}
              </ul>
              {phone.reasons.length === 0 && phone.verdict === 'ok' && <p>{t('phones.ok')}</p>}
              {phone.reasons.length > 0 && (
                <ul className="check-reason-list">
                  {phone.reasons.map((reason) => (
                    <li key={reason.id}>
                      {t(`phones.reasons.${reason.id}`, { defaultValue: t('phones.otherReason') })}
                      {reason.id === 'old_11_digit_format' && reason.detail !== undefined && ` ${t('phones.newNumber', { number: reason.detail })}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
