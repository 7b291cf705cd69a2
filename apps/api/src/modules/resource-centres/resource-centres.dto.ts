import { createZodDto } from 'nestjs-zod';
import { ZResourceCentre, ZResourceCentreListQuery, ZResourceCentreListResponse, ZUpdateResourceCentreRequest } from '@kopa/shared';

export class ResourceCentreListQueryDto extends createZodDto(ZResourceCentreListQuery) {}
export class ResourceCentreListDto extends createZodDto(ZResourceCentreListResponse) {}
export class ResourceCentreDto extends createZodDto(ZResourceCentre) {}
export class UpdateResourceCentreDto extends createZodDto(ZUpdateResourceCentreRequest) {}
