import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { PrismaService } from '../../prisma/prisma.service';
import { EventsRepository } from './events.repository';
import { EventPlaces } from './event-places';

/** How far ahead the reminder goes: the day before. */
export const REMINDER_AHEAD_MS = 24 * 3_600_000;
const BATCH = 200;

/**
 * The reminder the day before, exactly once per registration: the sweep marks each
 * registration in the same transaction that writes its e-mail to the outbox (whose dedupe
 * key `event-reminder:<id>` is unique), so overlapping or repeated sweeps send nothing twice.
 */
@Injectable()
export class EventRemindersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: EventsRepository,
    private readonly places: EventPlaces,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    for (;;) {
      const batch = await this.prisma.$transaction(async (tx) => {
        const due = await this.events.dueReminders(tx, now, new Date(now.getTime() + REMINDER_AHEAD_MS), BATCH);
        for (const registration of due) {
          const marked = await tx.eventRegistration.updateMany({ where: { id: registration.id, reminderSentAt: null }, data: { reminderSentAt: now } });
          if (marked.count === 0) continue;
          await this.places.notify(tx, registration.event, registration, 'reminder', `event-reminder:${registration.id}`);
          sent += 1;
        }
        return due.length;
      });
      if (batch < BATCH) return sent;
    }
  }
}
