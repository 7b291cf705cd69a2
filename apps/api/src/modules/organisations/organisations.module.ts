import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { ClaimsController } from './claims.controller';
import { ClaimsRepository } from './claims.repository';
import { ClaimsService } from './claims.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { OrganisationAccessService } from './organisation-access';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [ReferenceModule],
  controllers: [OrganisationsController, MembersController, InvitationsController, ClaimsController],
  providers: [
    OrganisationsRepository,
    OrganisationAccessService,
    OrganisationsService,
    MembersService,
    InvitationsRepository,
    InvitationsService,
    ClaimsRepository,
    ClaimsService,
  ],
  // Applications check membership through the same rules.
  exports: [OrganisationAccessService, OrganisationsRepository],
})
export class OrganisationsModule {}
