import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { EventsRepository } from './events.repository';
import { EventPlaces } from './event-places';

/** How far ahead the reminder goes: the day before. */
export const REMINDER_AHEAD_MS = 24 * 3_600_000;
/** How long after an event its attendees' certificate links are still sent (a worker down for a while catches up). */
export const CERTIFICATE_WINDOW_MS = 7 * 24 * 3_600_000;
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
    return this.drain(
      (tx) => this.events.dueReminders(tx, now, new Date(now.getTime() + REMINDER_AHEAD_MS), BATCH),
      async (tx, registration) => {
        const marked = await tx.eventRegistration.updateMany({ where: { id: registration.id, reminderSentAt: null }, data: { reminderSentAt: now } });
        if (marked.count === 0) return false;
        await this.places.notify(tx, registration.event, registration, 'reminder', `event-reminder:${registration.id}`);
        return true;
      },
    );
  }

  /**
   * After an event ends, each attendee (checked in) gets one e-mail with the signed link to their
   * certificate, marked in the same transaction as the outbox row (dedupe key `event-certificate:<id>`).
   */
  async sweepCertificates(): Promise<number> {
    const now = this.clock.now();
    return this.drain(
      (tx) => this.events.dueCertificates(tx, new Date(now.getTime() - CERTIFICATE_WINDOW_MS), now, BATCH),
      async (tx, registration) => {
        const marked = await tx.eventRegistration.updateMany({ where: { id: registration.id, certificateSentAt: null }, data: { certificateSentAt: now } });
        if (marked.count === 0) return false;
        await this.places.notify(tx, registration.event, registration, 'certificate', `event-certificate:${registration.id}`);
        return true;
      },
    );
  }

  /** Batch after batch, each in one transaction, until a batch comes back short; counts what was sent. */
  private async drain<T>(due: (tx: Tx) => Promise<T[]>, send: (tx: Tx, item: T) => Promise<boolean>): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.prisma.$transaction(async (tx) => {
        const items = await due(tx);
        for (const item of items) if (await send(tx, item)) sent += 1;
        return items.length;
      });
      if (batch < BATCH) return sent;
    }
  }
}
