import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The front door: the promise, the emergency numbers, and what real police never do. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="promise">{t('home.notYourFault')}</p>
      </section>

      <section className="card card-urgent" aria-labelledby="urgent-title">
        <h2 id="urgent-title">{t('home.urgentTitle')}</h2>
        <p>{t('home.urgentText')}</p>
        <div className="call-buttons">
          <a className="button button-call" href="tel:111">
            {t('home.call111')}
          </a>
          <a className="button button-call button-call-police" href="tel:113">
            {t('home.call113')}
          </a>
        </div>
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="never-title">
          <h2 id="never-title">{t('home.neverTitle')}</h2>
          <ul>
            <li>{t('home.never1')}</li>
            <li>{t('home.never2')}</li>
            <li>{t('home.never3')}</li>
            <li>{t('home.never4')}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="report-title">
          <h2 id="report-title">{t('home.reportTitle')}</h2>
          <ul>
            <li>{t('home.report156')}</li>
            <li>{t('home.report5656')}</li>
            <li>{t('home.reportWeb')}</li>
          </ul>
        </section>
      </div>

      <section className="card" aria-labelledby="campaign-title">
        <h2 id="campaign-title">{t('home.campaignTitle')}</h2>
        <p>{t('home.campaignText')}</p>
        <Link to="/so-lieu">{t('home.campaignLink')}</Link>
      </section>
    </>
  );
}
