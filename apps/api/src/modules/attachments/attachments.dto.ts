import { createZodDto } from 'nestjs-zod';
import { ZAttachmentListResponse, ZAttachmentResponse, ZAttachmentUploadQuery } from '@kopa/shared';

export class AttachmentUploadQueryDto extends createZodDto(ZAttachmentUploadQuery) {}
export class AttachmentDto extends createZodDto(ZAttachmentResponse) {}
export class AttachmentListDto extends createZodDto(ZAttachmentListResponse) {}
