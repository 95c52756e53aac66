import type { Localized } from '@kmm/detector';
import { useTranslation } from 'react-i18next';

/** Picks the interface language out of a detector catalog text (Vietnamese by default). */
export function useLocalized(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const language = i18n.language?.startsWith('en') ? 'en' : 'vi';
  return (text) => text[language];
}
