/** Lower-case, no diacritics, single spaces: "Nguyễn  Văn An" → "nguyen van an". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An expert's natural key, so importing the same list twice updates instead of duplicating:
 * the e-mail when known, otherwise the folded name with the home province.
 */
export function expertKey(expert: { name: string; email?: string | null | undefined; provinces: readonly string[] }): string {
  return expert.email ? `email:${expert.email.trim().toLowerCase()}` : `name:${foldText(expert.name)}|${expert.provinces[0] ?? ''}`;
}
