import { Inject, Injectable } from '@nestjs/common';
import { hasPermission } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { ProjectsRepository } from './projects.repository';

export type ProjectViewer = 'staff' | 'member';

/**
 * Who may see or change a funded project: the coordinators of its call's programme (the
 * same rule as for the call's applications, asked of the application gate) and the members
 * of the grantee organisation, who read it (their expenses and budget change requests are
 * modules/project-budgets', which asks this gate). Anyone else gets 404, as if it did not exist.
 */
@Injectable()
export class ProjectAccess {
  constructor(
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
  ) {}

  async viewerOf(principal: Principal, projectId: string): Promise<ProjectViewer> {
    const project = await this.projects.findFacts(projectId);
    if (!project) throw Problems.notFound();
    if (hasPermission(principal.roles, 'projects:manage')) {
      await this.gate.callForStaff(principal, project.callId);
      return 'staff';
    }
    if (hasPermission(principal.roles, 'projects:grantee') && (await this.gate.memberRole(principal, project.organisationId))) return 'member';
    throw Problems.notFound();
  }

  /** Staff of the programme: checks the caller first (a stranger never waits on the row), then locks the project. */
  async lockForStaff(tx: Tx, principal: Principal, projectId: string): Promise<void> {
    const project = await this.projects.findFacts(projectId, tx);
    if (!project) throw Problems.notFound();
    await this.gate.callForStaff(principal, project.callId, tx);
    await this.projects.lock(tx, projectId);
  }
}
