import { useTranslation } from 'react-i18next';

/** An audit action (`application.resubmitted`) in words; an action without a text yet shows as it is, never blank. */
export function useActivityLabel() {
  const { t, i18n } = useTranslation();
  return (action: string) => {
    const key = `workspace.actions.${action.replace('.', '_')}`;
    return i18n.exists(key) ? t(key) : action;
  };
}
