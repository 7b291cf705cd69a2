import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ProjectAccess, type ProjectViewer } from '../projects';
import { ProjectBudgetsRepository, type BudgetProjectFacts } from './project-budgets.repository';

/**
 * Who may see or change a project's budget, change requests and expenses: the projects'
 * own gate decides who sees the project (programme staff and the grantee's members; anyone
 * else 404). Coordinators change the budget and decide requests; members file requests and
 * keep the expenses. Writes lock the project's budget row, so one project's money changes
 * one at a time.
 */
@Injectable()
export class BudgetAccess {
  constructor(
    @Inject(ProjectAccess) private readonly projects: ProjectAccess,
    @Inject(ProjectBudgetsRepository) private readonly repository: ProjectBudgetsRepository,
  ) {}

  async load(principal: Principal, projectId: string): Promise<{ viewer: ProjectViewer; project: BudgetProjectFacts }> {
    const viewer = await this.projects.viewerOf(principal, projectId);
    return { viewer, project: (await this.repository.findProject(projectId))! };
  }

  /** Checks the caller is `as` (a coordinator of the programme or a member of the grantee), then locks the budget; the facts are read under the lock. */
  async lock(tx: Tx, principal: Principal, projectId: string, as: ProjectViewer): Promise<{ project: BudgetProjectFacts; version: number }> {
    const viewer = await this.projects.viewerOf(principal, projectId);
    if (viewer !== as) throw Problems.forbidden(as === 'staff' ? 'Only coordinators of the programme may do this.' : 'Only members of the grantee organisation may do this.');
    const version = await this.repository.lockBudget(tx, projectId);
    return { project: (await this.repository.findProject(projectId, tx))!, version };
  }
}

/** Closed and terminated projects take no more budget changes. */
export function isFinishedProject(status: string): boolean {
  return status === 'closed' || status === 'terminated';
}

/** Members keep expenses while the project is active, and for the final report while it is due. */
export function mayRecordExpenses(status: string): boolean {
  return status === 'active' || status === 'final_report_due';
}

/** Members may ask for budget changes while the project runs. */
export function mayRequestChange(status: string): boolean {
  return status === 'active' || status === 'final_report_due';
}
