import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AccountErasureService } from './account-erasure.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataExportService } from './personal-data-export.service';
import { PersonalDataRepository } from './personal-data.repository';

@Module({
  imports: [AttachmentsModule],
  controllers: [PersonalDataController],
  providers: [PersonalDataRepository, PersonalDataExportService, AccountErasureService],
})
export class PersonalDataModule {}
