import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import type { Role } from '../api/api-types.js';
import { useSession } from '../features/auth/index.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { QuickExit } from './QuickExit.js';

/** A navigation entry, shown only to the roles listed (everyone when omitted). */
export interface NavItem {
  to: string;
  labelKey: string;
  roles?: readonly Role[];
}

/**
 * The frame of every page: the quick-exit button first in keyboard order, a skip link,
 * the header with role-aware navigation, the page, and a footer with the privacy promise.
 */
export function Layout({ nav }: { nav: readonly NavItem[] }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const visible = nav.filter((item) => !item.roles || (user && item.roles.includes(user.role)));

  return (
    <>
      <QuickExit />
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>{t('common.appName')}</span>
          </Link>
          <Link to="/tro-giup" className="help-link-button">
            {t('nav.help')}
          </Link>
          <LanguageSwitch />
        </div>
        <nav aria-label={t('common.mainNav')} className="main-nav">
          <ul>
            {visible.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/' || visible.some((other) => other.to.startsWith(`${item.to}/`))}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
            <li className="nav-account">
              {user ? (
                <>
                  <span className="signed-in-as">{t('nav.signedInAs', { name: user.displayName })}</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void signOut().then(() => navigate('/', { replace: true }))}
                  >
                    {t('nav.signOut')}
                  </button>
                </>
              ) : (
                user === null && <NavLink to="/dang-nhap">{t('nav.signIn')}</NavLink>
              )}
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.promise')}</p>
      </footer>
    </>
  );
}
