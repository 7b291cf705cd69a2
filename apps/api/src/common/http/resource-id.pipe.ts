import { ParseUUIDPipe } from '@nestjs/common';
import { Problems } from '../problem/problem.exception';

/**
 * A resource id in a path. A malformed one names no resource, so it is "not found" (404),
 * not "check the data you entered": people reach these URLs by links, not by typing fields.
 */
export function resourceIdPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({ version: '4', exceptionFactory: () => Problems.notFound() });
}
