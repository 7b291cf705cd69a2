/**
 * Validation messages travel through react-hook-form as strings. To translate them when
 * they are shown (so they follow a language switch), a message is a translation key under
 * `validation.` with optional parameters: `tooShort|{"count":10}`.
 */
const PARAMS_SEPARATOR = '|';

export interface ValidationMessage {
  key: string;
  params?: Record<string, unknown>;
}

export function encodeMessage(key: string, params?: Record<string, unknown>): string {
  return params ? `${key}${PARAMS_SEPARATOR}${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): ValidationMessage {
  const at = message.indexOf(PARAMS_SEPARATOR);
  if (at < 0) return { key: message };
  try {
    const params: unknown = JSON.parse(message.slice(at + 1));
    if (params && typeof params === 'object') {
      return { key: message.slice(0, at), params: params as Record<string, unknown> };
    }
  } catch {
    // Not one of ours (e.g. an English sentence from the server): keep it whole.
  }
  return { key: message };
}

type Translate = (key: string, params?: Record<string, unknown>) => string;
/** Parameters matter: a plural key (`tooShort_one`) only exists together with a count. */
type KeyExists = (key: string, params?: Record<string, unknown>) => boolean;

/**
 * Turns a field error into text: our own key first, then a key sent by the API
 * (e.g. `call.minAward.aboveMax`), then a generic text for the zod issue code.
 */
export function translateValidationMessage(
  error: { type?: string; message?: string } | undefined,
  t: Translate,
  exists: KeyExists,
): string | undefined {
  if (!error) return undefined;
  const { key, params } = decodeMessage(error.message ?? '');
  const ownKey = `validation.${key}`;
  if (key && exists(ownKey, params)) return t(ownKey, params);
  const codeKey = `validation.codes.${error.type ?? ''}`;
  if (error.type && exists(codeKey)) return t(codeKey);
  return t('validation.invalid');
}
