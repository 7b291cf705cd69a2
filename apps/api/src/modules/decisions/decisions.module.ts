import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { ProjectsModule } from '../projects';
import { DecisionsRepository } from './decisions.repository';
import { ScoresRepository } from './scores.repository';
import { LettersRepository } from './letters.repository';
import { DecisionApplications } from './decision-applications';
import { ScoresService } from './scores.service';
import { RankingService } from './ranking.service';
import { DecisionsService } from './decisions.service';
import { FeedbackService } from './feedback.service';
import { ApplicantDecisionService } from './applicant-decision.service';
import { LettersService } from './letters.service';
import { ScoresController } from './scores.controller';
import { DecisionsController } from './decisions.controller';
import { LettersController } from './letters.controller';

/** Scores, moderation, the ranked list, award decisions within the budget, letters and exports. */
@Module({
  imports: [ApplicationAccessModule, ProjectsModule],
  controllers: [ScoresController, DecisionsController, LettersController],
  providers: [
    DecisionsRepository,
    ScoresRepository,
    LettersRepository,
    DecisionApplications,
    ScoresService,
    RankingService,
    DecisionsService,
    FeedbackService,
    ApplicantDecisionService,
    LettersService,
  ],
})
export class DecisionsModule {}
