import { auditActionKey } from '@kopa/shared';
import { useTranslation } from 'react-i18next';

/**
 * An audit action (`attachment.uploaded`) in words. Every action the API writes has a text
 * (AUDIT_ACTIONS, checked by the translations test); anything else reads "Other change",
 * never the raw key.
 */
export function useActivityLabel() {
  const { t, i18n } = useTranslation();
  return (action: string) => {
    const key = auditActionKey(action);
    return i18n.exists(key) ? t(key) : t('auditActionOther');
  };
}
