import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '@kopa/shared';
import { Problems } from '../../common/problem/problem.exception';

/**
 * The common and breached passwords of zxcvbn-ts's list (from leaked-password corpora), kept
 * in memory; checked locally, nothing is sent anywhere. Only entries that the length rule
 * lets through matter.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary['passwords-common'] as string[]).filter((word) => word.length >= PASSWORD_MIN_LENGTH),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** A 400 with a field error on `field` when the password is on the list. */
export function assertPasswordNotCommon(password: string, field: string): void {
  if (!isCommonPassword(password)) return;
  throw Problems.validation([
    {
      path: field,
      code: 'common_password',
      message: 'This password is on a list of common or breached passwords; choose another',
    },
  ]);
}
