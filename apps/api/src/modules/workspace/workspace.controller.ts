import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ZCoordinatorHomeResponse } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { WorkspaceService } from './workspace.service';

class CoordinatorHomeDto extends createZodDto(ZCoordinatorHomeResponse) {}

@ApiTags('workspace')
@Controller('workspace')
export class WorkspaceController {
  constructor(private readonly workspace: WorkspaceService) {}

  @Get('coordinator')
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CoordinatorHomeDto })
  coordinatorHome(@CurrentUser() user: Principal) {
    return this.workspace.coordinatorHome(user);
  }
}
