import { formatRigaDateTime, type TConsultationSlot } from '@kopa/shared';
import type { TFunction } from 'i18next';

/** "12 March 2027 at 10:00 · Online · Ilze": one line about a slot. */
export function slotLabel(slot: TConsultationSlot, t: TFunction, language: string): string {
  const where = slot.resourceCentre ? `${t('consultations.modes.in_person')}: ${slot.resourceCentre.nameLv}` : t(`consultations.modes.${slot.mode}`);
  return `${formatRigaDateTime(slot.startsAt, language)} · ${where} · ${slot.consultant.displayName}`;
}
