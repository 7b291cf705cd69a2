import { ApiResponse } from '@nestjs/swagger';

/**
 * Documents a route's answer exactly as `@ZodResponse` does, for answers that were checked
 * against the same schema when they were made and are then served many times from a cache (the
 * public calls): `@ZodResponse` would parse the same answer again for every visitor.
 */
export function CheckedResponse(dto: { Output: unknown }): MethodDecorator {
  return ApiResponse({ type: dto.Output as never });
}
