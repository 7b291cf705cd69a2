import { PROBLEM_TYPES } from '@kopa/shared';
import { ProblemException } from '../../common/problem/problem.exception';

/** Upload problems; the generic ones are in common/problem. */
export const AttachmentProblems = {
  tooLarge: (maxBytes: number) =>
    new ProblemException(PROBLEM_TYPES.fileTooLarge, 413, `The file is larger than the limit of ${maxBytes} bytes.`),
  unsupportedType: (detected: string | null, allowed: readonly string[]) =>
    new ProblemException(
      PROBLEM_TYPES.unsupportedFileType,
      415,
      detected
        ? `The file's content is ${detected}, which this question does not accept (accepted: ${allowed.join(', ')}).`
        : `The file's type could not be recognised from its content (accepted: ${allowed.join(', ')}).`,
    ),
};
