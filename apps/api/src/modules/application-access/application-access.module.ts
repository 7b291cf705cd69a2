import { Module } from '@nestjs/common';
import { ApplicationAccessRepository } from './application-access.repository';
import { ApplicationGate } from './application-gate.service';

/** The access gate of applications: import it wherever an application or its parts are read or changed. */
@Module({
  providers: [ApplicationAccessRepository, ApplicationGate],
  exports: [ApplicationGate],
})
export class ApplicationAccessModule {}
