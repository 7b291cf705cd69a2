import { describe, expect, it } from 'vitest';
import type { TEventSummary } from '@kopa/shared';
import { formatEventPlace, formatEventWhen } from './event-format';

const event: TEventSummary = {
  id: 'e1',
  type: 'seminar',
  title: { lv: 'Seminārs', en: 'Seminar' },
  // 10:00–14:00 in Riga (UTC+2 in winter), whatever the browser's zone.
  startsAt: '2026-12-06T08:00:00.000Z',
  endsAt: '2026-12-06T12:00:00.000Z',
  municipality: { code: 'preili', name: { lv: 'Preiļu novads', en: 'Preiļi municipality' } },
  resourceCentre: null,
  address: 'Raiņa bulvāris 28',
  online: true,
  capacity: 10,
  placesLeft: 3,
  registrationDeadline: '2026-12-05T08:00:00.000Z',
};

describe('event format', () => {
  it('shows start and end in Riga time, the end without its date on the same day', () => {
    expect(formatEventWhen(event, 'en')).toBe('6 December 2026 at 10:00–14:00');
    expect(formatEventWhen(event, 'lv')).toMatch(/^2026\. gada 6\. decembris (plkst\. )?10:00–14:00$/);
    expect(formatEventWhen({ startsAt: event.startsAt, endsAt: '2026-12-07T12:00:00.000Z' }, 'en')).toBe('6 December 2026 at 10:00–7 December 2026 at 14:00');
  });

  it('names the place in the reader’s language, and online', () => {
    expect(formatEventPlace(event, 'lv', 'tiešsaistē')).toBe('Raiņa bulvāris 28, Preiļu novads; tiešsaistē');
    expect(formatEventPlace({ ...event, online: false }, 'en', 'online')).toBe('Raiņa bulvāris 28, Preiļi municipality');
  });
});

describe('event place edges', () => {
  it('starts with the resource centre, leaves out what is missing, and can be only online', () => {
    const centre = { id: 'c1', name: { lv: 'Preiļu centrs', en: 'Preiļi centre' } } as TEventSummary['resourceCentre'];
    expect(formatEventPlace({ ...event, resourceCentre: centre, address: null, online: false }, 'en', 'online')).toBe('Preiļi centre, Preiļi municipality');
    expect(formatEventPlace({ ...event, address: null, municipality: null }, 'en', 'online')).toBe('online');
    expect(formatEventPlace({ ...event, address: null, municipality: null, online: false }, 'en', 'online')).toBe('');
  });
});
