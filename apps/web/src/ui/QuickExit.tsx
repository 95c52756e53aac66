import { useTranslation } from 'react-i18next';

/** A neutral page to land on: the national weather service. */
export const QUICK_EXIT_URL = 'https://www.nchmf.gov.vn/';

/**
 * Leaves at once for a neutral site. `location.replace` swaps this page out of the tab's
 * history, so the Back button does not bring someone looking over a shoulder back here.
 */
export function QuickExit() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="quick-exit"
      title={t('common.quickExitHint')}
      onClick={() => {
        try {
          sessionStorage.clear();
        } catch {
          // Storage may be unavailable; leaving matters more.
        }
        window.location.replace(QUICK_EXIT_URL);
      }}
    >
      {t('common.quickExit')}
    </button>
  );
}
