const CREDENTIAL_WORDS = new Set([
  'login', 'signin', 'logon', 'signon', 'auth', 'dangnhap', 'xacminh', 'xacthuc', 'xacnhan',
  'verify', 'verification', 'otp', 'password', 'matkhau', 'wplogin', 'webscr', 'kichhoat',
]);
/** Long paths are read only this far: the login word, when there is one, comes early. */
const MAX_PATH = 2048;

/**
 * The login or verification word in a link's path (`/dang-nhap`, `/xac-minh`, `/login`),
 * if any. Hyphens and underscores inside a segment are ignored.
 */
export function findCredentialPath(path: string): string | undefined {
  const segments = path.slice(0, MAX_PATH).toLowerCase().split(/[/?#&=.]+/);
  for (const segment of segments) {
    const word = segment.replace(/[-_]/g, '');
    if (CREDENTIAL_WORDS.has(word)) return word;
  }
  return undefined;
}
