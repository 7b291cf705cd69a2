import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { CallsController } from './calls.controller';
import { CallsRepository } from './calls.repository';
import { CallsService } from './calls.service';
import { PublicCallsController } from './public-calls.controller';

@Module({
  imports: [ReferenceModule],
  controllers: [CallsController, PublicCallsController],
  providers: [CallsService, CallsRepository],
})
export class CallsModule {}
