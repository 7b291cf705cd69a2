import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

/** The configurable rules of consultations (env CONSULTATION_CHANGE_CUTOFF_HOURS). */
@Injectable()
export class ConsultationSettings {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** An organisation may cancel or move a booking until this many hours before it starts. */
  get changeCutoffHours(): number {
    return this.config.CONSULTATION_CHANGE_CUTOFF_HOURS;
  }
}
