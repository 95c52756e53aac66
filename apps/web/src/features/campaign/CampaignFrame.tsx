import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import type { Role } from '../../api/api-types.js';
import { useSession } from '../auth/index.js';
import './campaign-locales.js';

export const STAFF: readonly Role[] = ['organizer', 'admin'];

/**
 * A campaign page: shown to the roles listed, with the campaign's own links for staff
 * (others get a sign-in link or a short explanation).
 */
export function CampaignFrame({ roles, titleId, children }: { roles: readonly Role[]; titleId: string; children: ReactNode }) {
  const { t } = useTranslation('campaign');
  const { user } = useSession();
  if (user === undefined) return <p role="status">{t('common.loading')}</p>;
  if (user === null || !roles.includes(user.role))
    return (
      <div className="card">
        <p>{t('common.noAccess')}</p>
        {user === null && (
          <Link className="button button-primary" to="/dang-nhap">
            {t('common.signIn')}
          </Link>
        )}
      </div>
    );
  return (
    <section className="campaign-page" aria-labelledby={titleId}>
      {STAFF.includes(user.role) && (
        <nav aria-label={t('common.subnav')} className="campaign-subnav">
          <NavLink to="/chien-dich" end>
            {t('pages.dashboard')}
          </NavLink>
          <NavLink to="/chien-dich/chien-dich">{t('campaigns.nav')}</NavLink>
          <NavLink to="/chien-dich/nhap-du-lieu">{t('pages.imports')}</NavLink>
          <NavLink to="/chien-dich/tap-huan">{t('pages.trainings')}</NavLink>
          <NavLink to="/chien-dich/truong-hoc">{t('schools.nav')}</NavLink>
          <NavLink to="/chien-dich/chuyen-gia">{t('experts.nav')}</NavLink>
          <NavLink to="/chien-dich/mang-xa-hoi">{t('social.nav')}</NavLink>
          <NavLink to="/chien-dich/su-kien">{t('events.nav')}</NavLink>
        </nav>
      )}
      {children}
    </section>
  );
}
