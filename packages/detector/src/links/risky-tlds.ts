/**
 * Top-level domains that are cheap, loosely checked and over-represented in scam reports.
 * Weak on their own: many honest sites use them too.
 */
export const RISKY_TLDS: ReadonlySet<string> = new Set([
  'top', 'xyz', 'club', 'icu', 'cyou', 'buzz', 'shop', 'online', 'site', 'live', 'vip',
  'cc', 'tk', 'ml', 'ga', 'cf', 'gq', 'sbs', 'monster', 'click', 'link', 'work', 'fit',
  'rest', 'bond', 'cfd', 'win', 'bid', 'loan', 'pw', 'lol', 'quest', 'fun', 'space',
  'website', 'store', 'tokyo', 'one', 'life', 'today', 'asia',
]);
