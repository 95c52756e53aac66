import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/index.js';
import './cases-locales.js';

/** Shows its children to counsellors (expert) and admins; others get a way to sign in. */
export function RequireCounsellor({ children }: { children: ReactNode }) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const { user } = useSession();
  if (user === undefined) return <p role="status">{tc('common.loading')}</p>;
  if (user === null)
    return (
      <div className="card">
        <p>{t('guard.signIn')}</p>
        <Link className="button button-primary" to="/dang-nhap">
          {t('guard.signInLink')}
        </Link>
      </div>
    );
  if (user.role !== 'expert' && user.role !== 'admin') return <p className="alert alert-error">{t('guard.forbidden')}</p>;
  return children;
}
