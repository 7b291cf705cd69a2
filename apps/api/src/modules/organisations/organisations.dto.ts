import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ZAcceptInvitationRequest,
  ZApproveClaimQuery,
  ZClaimListResponse,
  ZClaimOrganisationRequest,
  ZClaimResponse,
  ZClaimStatus,
  ZCreateOrganisationRequest,
  ZInvitationListResponse,
  ZInvitationResponse,
  ZInviteMemberRequest,
  ZMemberListResponse,
  ZMemberResponse,
  ZOrganisationListResponse,
  ZOrganisationResponse,
  ZOrganisationSearchQuery,
  ZOrganisationSearchResponse,
  ZUpdateMemberRequest,
  ZUpdateOrganisationRequest,
} from '@kopa/shared';

export class CreateOrganisationDto extends createZodDto(ZCreateOrganisationRequest) {}
export class UpdateOrganisationDto extends createZodDto(ZUpdateOrganisationRequest) {}
export class OrganisationDto extends createZodDto(ZOrganisationResponse) {}
export class OrganisationListDto extends createZodDto(ZOrganisationListResponse) {}
export class OrganisationSearchQueryDto extends createZodDto(ZOrganisationSearchQuery) {}
export class OrganisationSearchDto extends createZodDto(ZOrganisationSearchResponse) {}
export class MemberDto extends createZodDto(ZMemberResponse) {}
export class MemberListDto extends createZodDto(ZMemberListResponse) {}
export class UpdateMemberDto extends createZodDto(ZUpdateMemberRequest) {}
export class InviteMemberDto extends createZodDto(ZInviteMemberRequest) {}
export class InvitationDto extends createZodDto(ZInvitationResponse) {}
export class InvitationListDto extends createZodDto(ZInvitationListResponse) {}
export class AcceptInvitationDto extends createZodDto(ZAcceptInvitationRequest) {}
export class ClaimOrganisationDto extends createZodDto(ZClaimOrganisationRequest) {}
export class ClaimDto extends createZodDto(ZClaimResponse) {}
export class ClaimListDto extends createZodDto(ZClaimListResponse) {}
export class ApproveClaimQueryDto extends createZodDto(ZApproveClaimQuery) {}
export class ClaimListQueryDto extends createZodDto(z.object({ status: ZClaimStatus.optional() })) {}
