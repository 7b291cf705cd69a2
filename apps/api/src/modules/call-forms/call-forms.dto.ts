import { createZodDto } from 'nestjs-zod';
import { ZCallFormResponse, ZPublicCallFormResponse, ZSaveCallFormRequest } from '@kopa/shared';

export class SaveCallFormDto extends createZodDto(ZSaveCallFormRequest) {}
export class CallFormDto extends createZodDto(ZCallFormResponse) {}
export class PublicCallFormDto extends createZodDto(ZPublicCallFormResponse) {}
