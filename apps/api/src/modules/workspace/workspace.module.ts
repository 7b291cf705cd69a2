import { Module } from '@nestjs/common';
import { WorkspaceController } from './workspace.controller';
import { WorkspaceRepository } from './workspace.repository';
import { WorkspaceService } from './workspace.service';

/** Signed-in home pages that aggregate across features (the coordinator's home). */
@Module({ controllers: [WorkspaceController], providers: [WorkspaceService, WorkspaceRepository] })
export class WorkspaceModule {}
