import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The server's clock: deadlines (call close, clarification due dates) are decided by it,
 * never by the client's. Inject it instead of calling `new Date()` in rules, so tests can
 * pin the time (`pinClock()` in src/test/application-factories.ts).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
