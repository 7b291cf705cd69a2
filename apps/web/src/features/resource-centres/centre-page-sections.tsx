import type { ComponentType } from 'react';
import { CentreEventsSection } from '../events';
import { CentreConsultationSlots } from './centre-consultation-slots';

/**
 * What the centre page shows below the centre's own details, in this order. Each feature that
 * links things to a centre (events and consultations) adds its section
 * component to this list; each gets the centre's id and renders its own heading (level 2).
 */
export const CENTRE_PAGE_SECTIONS: ReadonlyArray<{ key: string; Component: ComponentType<{ centreId: string }> }> = [
  { key: 'events', Component: CentreEventsSection },
  { key: 'consultations', Component: CentreConsultationSlots },
];
