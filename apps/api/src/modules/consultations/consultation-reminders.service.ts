import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { ConsultationMessages } from './consultation-messages';
import { ConsultationsRepository } from './consultations.repository';

/** How far ahead a reminder goes: "24 h before". */
export const REMINDER_LEAD_MS = 24 * 3_600_000;
const BATCH = 200;

/**
 * Sends the reminders of bookings that start within the next 24 hours. Safe to run at any
 * rate and in several workers at once: each booking's reminder is claimed (reminderSentAt)
 * in the same transaction that writes its e-mails, and the e-mails carry a dedupe key with
 * the start time, so a reminder goes exactly once per start (a moved booking gets a new one).
 */
@Injectable()
export class ConsultationRemindersService {
  private readonly logger = new Logger(ConsultationRemindersService.name);

  constructor(
    private readonly repository: ConsultationsRepository,
    private readonly messages: ConsultationMessages,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<{ sent: number }> {
    const now = this.clock.now();
    let sent = 0;
    for (;;) {
      const due = await this.repository.dueReminders(now, new Date(now.getTime() + REMINDER_LEAD_MS), BATCH);
      for (const { id } of due) {
        const claimed = await this.repository.transaction(async (tx) => {
          if (!(await this.repository.claimReminder(tx, id, now))) return false;
          const booking = await this.repository.bookingInTx(tx, id);
          if (booking) await this.messages.send(tx, booking, 'reminder', now);
          return true;
        });
        if (claimed) sent += 1;
      }
      if (due.length < BATCH) break;
    }
    if (sent > 0) this.logger.log(`consultation reminders sent: ${sent}`);
    return { sent };
  }
}
