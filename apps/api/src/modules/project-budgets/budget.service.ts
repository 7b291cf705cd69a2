import { Inject, Injectable } from '@nestjs/common';
import { ZUpdateBudgetRequest, type TProjectBudget, type TUpdateBudgetRequest } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { ProjectViewer } from '../projects';
import { BudgetAccess, isFinishedProject } from './budget-access';
import { toProjectBudget } from './project-budgets.mapper';
import { ProjectBudgetsRepository, type BudgetProjectFacts } from './project-budgets.repository';

/** The budget of record: its lines with what was spent on each, and the coordinator's edits. */
@Injectable()
export class BudgetService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectBudgetsRepository) private readonly repository: ProjectBudgetsRepository,
    @Inject(BudgetAccess) private readonly access: BudgetAccess,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, projectId: string): Promise<TProjectBudget> {
    const { viewer, project } = await this.access.load(principal, projectId);
    return this.read(project, viewer);
  }

  async read(project: BudgetProjectFacts, viewer: ProjectViewer, db: PrismaService | Tx = this.prisma): Promise<TProjectBudget> {
    const [version, lines, spent, pendingChanges] = await Promise.all([
      this.repository.budgetVersion(project.id, db),
      this.repository.lines(project.id, db),
      this.repository.spentByLine(project.id, db),
      this.repository.countPendingChanges(project.id, db),
    ]);
    return toProjectBudget({ project, viewer, version, lines, spent, pendingChanges });
  }

  /**
   * A coordinator's edit of the lines, with a reason, on the version they read. Lines keep
   * their ids (expenses and requests point at them); a line with expenses or change requests
   * cannot be removed (set it to zero instead); the total never passes the award.
   */
  async edit(principal: Principal, projectId: string, rawInput: TUpdateBudgetRequest): Promise<TProjectBudget> {
    const input = ZUpdateBudgetRequest.parse(rawInput);
    return this.prisma.$transaction(async (tx) => {
      const { project, version } = await this.access.lock(tx, principal, projectId, 'staff');
      if (version !== input.version) throw Problems.staleVersion(version);
      if (isFinishedProject(project.status)) throw Problems.invalidTransition(`The project is ${project.status}: its budget takes no more changes.`);
      const before = await this.repository.lines(projectId, tx);
      const existing = new Map(before.map((line) => [line.id, line]));
      const unknown = input.lines.findIndex((line) => line.id && !existing.has(line.id));
      if (unknown >= 0) throw Problems.validation([{ path: `lines.${unknown}.id`, code: 'custom', message: 'budget.lines.unknown' }], 'A line is not part of this budget.');
      const total = input.lines.reduce((sum, line) => sum + BigInt(line.amountCents), 0n);
      if (total > project.awardedCents) {
        throw Problems.validation([{ path: 'lines', code: 'too_big', message: 'budget.lines.aboveAward' }], `The lines add up to more than the award (${project.awardedCents} cents).`);
      }
      const kept = new Set(input.lines.flatMap((line) => (line.id ? [line.id] : [])));
      const inUse = await this.repository.linesInUse(tx, projectId);
      const removedInUse = before.filter((line) => !kept.has(line.id) && inUse.has(line.id));
      if (removedInUse.length > 0) {
        throw Problems.conflict('A line with expenses or change requests cannot be removed; set its amount to zero instead.', [
          { path: 'lines', code: 'custom', message: 'budget.lines.inUse' },
        ]);
      }
      const positions = new Map<string, number>();
      input.lines.forEach((line, index) => line.id && positions.set(line.id, index + 1));
      await this.repository.replaceLines(
        tx,
        projectId,
        input.lines.flatMap((line) => (line.id ? [{ id: line.id, category: line.category, description: line.description, amountCents: BigInt(line.amountCents) }] : [])),
        input.lines.flatMap((line, index) => (line.id ? [] : [{ category: line.category, description: line.description, amountCents: BigInt(line.amountCents), position: index + 1 }])),
        positions,
      );
      await this.repository.bumpBudgetVersion(tx, projectId);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.budget.edit',
        entityType: 'project',
        entityId: projectId,
        before: { lines: before.map(lineSnapshot) },
        after: { lines: input.lines.map((line) => ({ ...line, amountCents: line.amountCents })), reason: input.reason },
      });
      return this.read(project, 'staff', tx);
    });
  }
}

function lineSnapshot(line: { id: string; category: string; description: string; amountCents: bigint }) {
  return { id: line.id, category: line.category, description: line.description, amountCents: Number(line.amountCents) };
}
