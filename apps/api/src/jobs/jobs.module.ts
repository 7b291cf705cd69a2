import { Global, Module } from '@nestjs/common';
import { OutboxWriter } from './outbox.writer';
import { OutboxRelay } from './outbox.relay';
import { OutboxRepository } from './outbox.repository';
import { ProducerQueues } from './producer-queues';
import { InboxRepository } from './inbox.repository';

/** What the API process needs from the job system: writing to the outbox and relaying it to BullMQ. */
@Global()
@Module({
  providers: [OutboxWriter, InboxRepository, OutboxRepository, ProducerQueues, OutboxRelay],
  // ProducerQueues too: the admin console reads queue depths and failed jobs.
  exports: [OutboxWriter, ProducerQueues],
})
export class JobsModule {}
