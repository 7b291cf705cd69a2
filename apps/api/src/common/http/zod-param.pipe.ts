import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { Problems } from '../problem/problem.exception';

/**
 * Parses one path or query parameter with a bounded zod schema (e.g. ZVersionParam), so a
 * value like 99999999999 is a 400 naming the parameter instead of a database error (500).
 */
@Injectable()
export class ZodParamPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.infer<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const path = metadata.data ?? metadata.type;
    throw Problems.validation(result.error.issues.map((issue) => ({ path, code: issue.code, message: issue.message })));
  }
}
