import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../../application-access';
import { ApplicationPdfRepository } from './application-pdf.repository';
import { ApplicationPdfService } from './application-pdf.service';

/** The API side of the PDF copies: members and staff download any submitted revision. */
@Module({
  imports: [ApplicationAccessModule],
  providers: [ApplicationPdfRepository, ApplicationPdfService],
  exports: [ApplicationPdfService],
})
export class RevisionPdfModule {}
