import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { AdminUsersRepository } from './admin-users.repository';
import { AdminProgrammesController } from './admin-programmes.controller';
import { AdminProgrammesService } from './admin-programmes.service';
import { AdminProgrammesRepository } from './admin-programmes.repository';
import { AdminJobsController } from './admin-jobs.controller';
import { AdminJobsService } from './admin-jobs.service';
import { AdminJobsRepository } from './admin-jobs.repository';

/** The admin console's API: users and roles, programme staff, background jobs (all `users:manage`). */
@Module({
  imports: [AuthModule],
  controllers: [AdminUsersController, AdminProgrammesController, AdminJobsController],
  providers: [AdminUsersService, AdminUsersRepository, AdminProgrammesService, AdminProgrammesRepository, AdminJobsService, AdminJobsRepository],
})
export class AdminModule {}
