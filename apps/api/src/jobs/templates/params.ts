import { z } from 'zod';

/** Param building blocks shared by templates. Links must be http(s): no `javascript:` in a mail. */
export const ZDisplayName = z.string().trim().min(1).max(200);
export const ZLink = z.url({ protocol: /^https?$/ });
