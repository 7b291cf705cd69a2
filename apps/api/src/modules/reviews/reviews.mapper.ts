import type { TRubricCriterion } from '@kopa/shared';
import type { RubricCriterion } from '../../generated/prisma/client';

export function toCriterion(criterion: RubricCriterion): TRubricCriterion {
  return {
    id: criterion.id,
    position: criterion.position,
    name: { lv: criterion.nameLv, en: criterion.nameEn },
    guidance: { lv: criterion.guidanceLv, en: criterion.guidanceEn },
    maxScore: criterion.maxScore,
    weight: criterion.weight,
    minScore: criterion.minScore,
  };
}

export const localized = (lv: string, en: string) => ({ lv, en });
