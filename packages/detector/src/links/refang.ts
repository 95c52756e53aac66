const DEFANGED_SCHEME = /^h[tx]{2}p(s?)(?::|\[:\])\/\//i;
const DEFANGED_DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|[。．｡]/gi;

/**
 * Undoes the usual ways of writing a link so it cannot be clicked: `hxxps[:]//`,
 * `evil[.]com`, `evil(dot)com`, ideographic and full-width dots. Everything else is kept
 * as written.
 *
 * @example refang('hxxps://vietcombank-xacminh[.]top') // 'https://vietcombank-xacminh.top'
 */
export function refang(link: string): string {
  return link.replace(DEFANGED_SCHEME, 'http$1://').replace(DEFANGED_DOT, '.');
}
