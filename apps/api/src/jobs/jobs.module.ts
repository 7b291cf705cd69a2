import { Global, Module } from '@nestjs/common';
import { OutboxWriter } from './outbox.writer';

/** What the API process needs from the job system: writing to the outbox. */
@Global()
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class JobsModule {}
