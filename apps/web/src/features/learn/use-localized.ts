import type { LocalizedText } from '@kmm/content';
import { useTranslation } from 'react-i18next';

/** The interface language as a catalog key (Vietnamese unless English was chosen). */
export function useLanguage(): 'vi' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ? 'en' : 'vi';
}

/** Picks the current interface language out of a catalog text. */
export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language] || text.vi;
}
