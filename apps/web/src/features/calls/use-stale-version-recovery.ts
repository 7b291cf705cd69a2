import type { TCallResponse } from '@kopa/shared';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../i18n/languages';
import { callToFormValues, type CallFormValues } from './call-form.schema';
import { useRefetchCall } from './calls.api';

type RecoveryState =
  | { step: 'none' }
  | { step: 'conflict' }
  | { step: 'latestLoaded'; mine: CallFormValues; latest: TCallResponse };

/**
 * After a 409 stale-version the typed values stay in the form. The user may load the
 * latest version (their values are kept aside) and then put their values back on top of
 * it, to save over the other person's change knowingly. Nothing typed is lost on the way.
 */
export function useStaleVersionRecovery(
  form: UseFormReturn<CallFormValues, any, any>,
  callId: string,
) {
  const { i18n } = useTranslation();
  const refetchCall = useRefetchCall();
  const [state, setState] = useState<RecoveryState>({ step: 'none' });
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  const loadLatest = async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const mine = form.getValues();
      const latest = await refetchCall(callId);
      form.reset(callToFormValues(latest, intlLocaleOf(i18n.language)));
      setState({ step: 'latestLoaded', mine, latest });
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoading(false);
    }
  };

  const restoreMine = () => {
    if (state.step !== 'latestLoaded') return;
    // Defaults stay the latest version, so the form shows itself as changed and saveable.
    form.reset({ ...state.mine, version: state.latest.version }, { keepDefaultValues: true });
    setState({ step: 'none' });
  };

  return {
    step: state.step,
    loading,
    loadError,
    onConflict: () => setState({ step: 'conflict' }),
    loadLatest,
    restoreMine,
    dismiss: () => setState({ step: 'none' }),
  };
}

export type StaleVersionRecovery = ReturnType<typeof useStaleVersionRecovery>;
