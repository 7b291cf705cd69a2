import type { ComponentType } from 'react';
import { CentreConsultationSlots } from './centre-consultation-slots';

/**
 * What the centre page shows below the centre's own details, in this order. Each feature that
 * links things to a centre (consultations here; trainings and events next) adds its section
 * component to this list; each gets the centre's id and renders its own heading (level 2).
 */
export const CENTRE_PAGE_SECTIONS: ReadonlyArray<{ key: string; Component: ComponentType<{ centreId: string }> }> = [
  { key: 'consultations', Component: CentreConsultationSlots },
];
