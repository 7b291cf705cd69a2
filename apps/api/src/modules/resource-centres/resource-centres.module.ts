import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ResourceCentresController } from './resource-centres.controller';
import { ResourceCentresRepository } from './resource-centres.repository';
import { ResourceCentresService } from './resource-centres.service';

/** The community resource-centre directory. Other features hang their own centre routes beside it (e.g. a centre's consultation slots, its events). */
@Module({
  imports: [AttachmentsModule],
  controllers: [ResourceCentresController],
  providers: [ResourceCentresRepository, ResourceCentresService],
  exports: [ResourceCentresRepository],
})
export class ResourceCentresModule {}
