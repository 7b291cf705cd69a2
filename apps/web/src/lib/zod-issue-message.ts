import type { core } from 'zod';
import { encodeMessage } from './validation-message';

/**
 * A zod error map (passed per parse) that names each failure with a translation key.
 * Messages written on the shared schemas (e.g. `call.code.format`) take precedence in zod,
 * so this only covers zod's own issues.
 */
export function zodIssueMessage(issue: core.$ZodRawIssue): string | undefined {
  const money = isMoneyPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') {
        return 'required';
      }
      // Money and date inputs stay strings when they cannot be read, so the shared
      // number/date rule rejects them here.
      if (money) return 'money';
      if (issue.expected === 'number' || issue.expected === 'int') return 'number';
      return 'invalid';
    case 'too_small':
      if (money) return encodeMessage('moneyTooSmall', { min: Number(issue.minimum) });
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      if (money) return encodeMessage('moneyTooBig', { max: Number(issue.maximum) });
      return tooBig(issue.origin, Number(issue.maximum));
    case 'invalid_format':
      if (issue.input === '') return 'required';
      if (issue.format === 'email') return 'email';
      if (issue.format === 'datetime') return 'dateTime';
      return 'format';
    case 'invalid_value':
      return issue.input === '' ? 'required' : 'choose';
    default:
      return undefined;
  }
}

/** By convention (`budgetEnvelopeCents`), a field whose name ends in Cents holds money. */
function isMoneyPath(path: readonly PropertyKey[] | undefined): boolean {
  const last = path?.[path.length - 1];
  return typeof last === 'string' && last.endsWith('Cents');
}

function tooSmall(origin: unknown, minimum: number): string {
  if (origin === 'string') {
    return minimum <= 1 ? 'required' : encodeMessage('tooShort', { count: minimum });
  }
  if (origin === 'array' || origin === 'set') {
    return minimum <= 1 ? 'chooseAtLeastOne' : encodeMessage('tooFew', { count: minimum });
  }
  return encodeMessage('numberTooSmall', { min: minimum });
}

function tooBig(origin: unknown, maximum: number): string {
  if (origin === 'string') return encodeMessage('tooLong', { count: maximum });
  if (origin === 'array' || origin === 'set') return encodeMessage('tooMany', { count: maximum });
  return encodeMessage('numberTooBig', { max: maximum });
}

/** Options for `zodResolver(schema, ZOD_PARSE_OPTIONS)`. */
export const ZOD_PARSE_OPTIONS = { error: zodIssueMessage };
