import { z } from 'zod';

/** An uploaded file of an application, as the API returns it (the content is a separate route). */
export const ZAttachmentResponse = z.object({
  id: z.uuid(),
  questionId: z.string(),
  /** The original file name, cleaned for display. */
  fileName: z.string(),
  /** Detected from the content, not taken from the name or the browser. */
  mimeType: z.string(),
  sizeBytes: z.number().int().min(0),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TAttachmentResponse = z.infer<typeof ZAttachmentResponse>;

export const ZAttachmentListResponse = z.object({ items: z.array(ZAttachmentResponse) });
export type TAttachmentListResponse = z.infer<typeof ZAttachmentListResponse>;

export const ZAttachmentUploadQuery = z.object({ questionId: z.string().min(1).max(40) });
export type TAttachmentUploadQuery = z.infer<typeof ZAttachmentUploadQuery>;

/** The multipart field that carries the file in an upload. */
export const ATTACHMENT_UPLOAD_FIELD = 'file';

/** Where the content of an attachment is downloaded from. */
export function attachmentContentUrl(attachmentId: string): string {
  return `/api/attachments/${attachmentId}/content`;
}
