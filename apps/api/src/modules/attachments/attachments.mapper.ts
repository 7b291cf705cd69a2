import type { TAttachmentResponse } from '@kopa/shared';
import type { Attachment } from '../../generated/prisma/client';

export function toAttachmentResponse(attachment: Attachment): TAttachmentResponse {
  return {
    id: attachment.id,
    questionId: attachment.questionId,
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    sizeBytes: attachment.sizeBytes,
    createdAt: attachment.createdAt.toISOString(),
  };
}
