import { useTranslation } from 'react-i18next';

/**
 * The two numbers a child can always call from a result: 113 (police) and 111 (the child
 * protection hotline). In an emergency they come first and say "call now".
 */
export function CallButtons({ urgent = false }: { urgent?: boolean }) {
  const { t } = useTranslation('check');
  return (
    <div className={urgent ? 'check-result-calls check-result-calls-urgent' : 'check-result-calls'}>
      <p className="check-result-calls-text">{urgent ? t('result.callNow') : t('result.callAnytime')}</p>
      <div className="call-buttons">
        <a className="button button-call button-call-police" href="tel:113">
          {t('result.call113')}
        </a>
        <a className="button button-call" href="tel:111">
          {t('result.call111')}
        </a>
      </div>
    </div>
  );
}
