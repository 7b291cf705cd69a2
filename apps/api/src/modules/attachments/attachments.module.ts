import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { StorageModule } from './storage/storage.module';

@Module({
  imports: [ApplicationAccessModule, StorageModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsRepository],
  exports: [StorageModule, AttachmentsService],
})
export class AttachmentsModule {}
