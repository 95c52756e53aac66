import { useTranslation } from 'react-i18next';
import { contactInitials } from './contact-initials.js';

/** The top bar of the simulated messaging app: avatar, contact name and platform. */
export function ChatHeader({ contact, platform }: { contact: string; platform: string }) {
  const { t } = useTranslation('learn');
  const platformName = t(`platforms.${platform.toLowerCase()}`, { defaultValue: platform });
  return (
    <div className="chat-sim-header">
      <span className="chat-avatar" aria-hidden="true">
        {contactInitials(contact)}
      </span>
      <span className="chat-contact">
        <span className="chat-contact-name">{contact}</span>
        <span className="chat-contact-platform">{t('chat.on', { platform: platformName })}</span>
      </span>
    </div>
  );
}
