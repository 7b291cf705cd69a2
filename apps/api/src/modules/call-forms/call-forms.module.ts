import { Module } from '@nestjs/common';
import { CallFormsController } from './call-forms.controller';
import { CallFormsRepository } from './call-forms.repository';
import { CallFormsService } from './call-forms.service';
import { CallFormScopeRepository } from './call-form-scope.repository';
import { PublicCallFormsController } from './public-call-forms.controller';

@Module({
  controllers: [CallFormsController, PublicCallFormsController],
  providers: [CallFormsService, CallFormsRepository, CallFormScopeRepository],
  exports: [CallFormsRepository],
})
export class CallFormsModule {}
