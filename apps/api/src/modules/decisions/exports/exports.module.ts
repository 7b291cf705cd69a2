import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../../application-access';
import { DecisionsRepository } from '../decisions.repository';
import { ScoresRepository } from '../scores.repository';
import { ExportsService } from './exports.service';

/** The writers of a call's score matrix and decision list as files, for the list exports (API and worker). */
@Module({
  imports: [ApplicationAccessModule],
  providers: [ExportsService, DecisionsRepository, ScoresRepository],
  exports: [ExportsService],
})
export class DecisionExportsModule {}
