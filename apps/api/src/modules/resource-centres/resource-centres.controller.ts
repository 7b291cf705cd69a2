import type {} from '@fastify/multipart';
import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { RESOURCE_CENTRE_PHOTO_FIELD } from '@kopa/shared';
import { Authenticated, Public } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { ResourceCentreDto, ResourceCentreListDto, ResourceCentreListQueryDto, UpdateResourceCentreDto } from './resource-centres.dto';
import { ResourceCentresService } from './resource-centres.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('resource-centres')
@Controller()
export class ResourceCentresController {
  constructor(private readonly centres: ResourceCentresService) {}

  /** The public directory, paged, optionally of one municipality. */
  @Get('public/resource-centres')
  @Public()
  @ZodResponse({ type: ResourceCentreListDto })
  list(@Query() query: ResourceCentreListQueryDto) {
    return this.centres.list(query);
  }

  @Get('public/resource-centres/:id')
  @Public()
  @ZodResponse({ type: ResourceCentreDto })
  get(@Param('id', id) centreId: string) {
    return this.centres.get(centreId);
  }

  /** The resized photo (JPEG); its URL carries the version, so it may be cached for long. */
  @Get('public/resource-centres/:id/photo')
  @Public()
  async photo(@Param('id', id) centreId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const content = await this.centres.photo(centreId);
    void reply.header('content-type', 'image/jpeg').header('cache-control', 'public, max-age=31536000, immutable');
    return new StreamableFile(content);
  }

  @Put('resource-centres/:id')
  @Authenticated({ permission: 'resource-centres:manage' })
  @ZodResponse({ type: ResourceCentreDto })
  update(@CurrentUser() user: Principal, @Param('id', id) centreId: string, @Body() body: UpdateResourceCentreDto) {
    return this.centres.update(user, centreId, body);
  }

  /** multipart/form-data with one image in the field `photo`; stored resized as JPEG. */
  @Put('resource-centres/:id/photo')
  @Authenticated({ permission: 'resource-centres:manage' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ type: ResourceCentreDto })
  async uploadPhoto(@CurrentUser() user: Principal, @Param('id', id) centreId: string, @Req() request: FastifyRequest) {
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part || part.fieldname !== RESOURCE_CENTRE_PHOTO_FIELD) {
      throw Problems.validation([{ path: RESOURCE_CENTRE_PHOTO_FIELD, code: 'custom', message: 'resourceCentre.photo.missing' }]);
    }
    return this.centres.replacePhoto(user, centreId, part.file);
  }
}
