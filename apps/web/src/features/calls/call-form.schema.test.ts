import type { TCallResponse } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import { ZOD_PARSE_OPTIONS } from '../../lib/zod-issue-message';
import {
  ZCallCreateForm,
  ZCallUpdateForm,
  callToFormValues,
  emptyCallFormValues,
  type CallFormValues,
} from './call-form.schema';

const PROGRAMME_ID = '3f1c2b9e-8a4d-4c3b-9a1e-2b7c8d9e0f1a';

function validValues(overrides: Partial<CallFormValues> = {}): CallFormValues {
  return {
    ...emptyCallFormValues(PROGRAMME_ID),
    code: 'dk',
    title: { lv: 'Kopienu iniciatīvas 2026', en: 'Community initiatives 2026' },
    description: { lv: 'Apraksts.', en: 'Description.' },
    eligibleOrganisationTypes: ['association', 'school'],
    eligibleMunicipalityCodes: ['preili'],
    budgetEnvelopeCents: '20 000',
    minAwardCents: '500',
    maxAwardCents: '2 500,50',
    ownContributionPercent: 10,
    maxApplicationsPerOrganisation: 1,
    opensAt: '2026-03-01T09:00',
    closesAt: '2026-03-29T23:59',
    ...overrides,
  };
}

function fieldMessages(values: CallFormValues) {
  const result = ZCallCreateForm.safeParse(values, ZOD_PARSE_OPTIONS);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('call form → create request', () => {
  it('turns euro text into integer cents and Riga local time into UTC instants', () => {
    const request = ZCallCreateForm.parse(validValues(), ZOD_PARSE_OPTIONS);
    expect(request).toMatchObject({
      code: 'DK',
      programmeId: PROGRAMME_ID,
      budgetEnvelopeCents: 2_000_000,
      minAwardCents: 50_000,
      maxAwardCents: 250_050,
      ownContributionPercent: 10,
    maxApplicationsPerOrganisation: 1,
      // Riga is UTC+2 on 1 March and UTC+3 after the last Sunday of March.
      opensAt: '2026-03-01T07:00:00Z',
      closesAt: '2026-03-29T20:59:00Z',
    });
    expect(request).not.toHaveProperty('version');
  });

  it('reports unreadable and missing amounts on their own fields, with the other errors', () => {
    expect(
      fieldMessages(
        validValues({ budgetEnvelopeCents: '12,345', minAwardCents: '', title: { lv: '', en: 'x' } }),
      ),
    ).toEqual({
      budgetEnvelopeCents: 'money',
      minAwardCents: 'required',
      'title.lv': 'required',
    });
  });

  it('applies the shared cross-field rules with their translation keys', () => {
    expect(
      fieldMessages(
        validValues({ minAwardCents: '3000', maxAwardCents: '2000', closesAt: '2026-02-01T10:00' }),
      ),
    ).toEqual({
      minAwardCents: 'call.minAward.aboveMax',
      closesAt: 'call.closesAt.beforeOpen',
    });
  });

  it('keeps the shared messages for the code and asks for a choice of types', () => {
    expect(fieldMessages(validValues({ code: '1X', eligibleOrganisationTypes: [] }))).toEqual({
      code: 'call.code.format',
      eligibleOrganisationTypes: 'chooseAtLeastOne',
    });
  });

  it('requires an empty percentage and a missing date', () => {
    expect(fieldMessages(validValues({ ownContributionPercent: '', opensAt: '' }))).toEqual({
      ownContributionPercent: 'required',
      opensAt: 'required',
    });
  });
});

describe('call form ↔ existing call', () => {
  const call: TCallResponse = {
    id: 'c1',
    programmeId: PROGRAMME_ID,
    status: 'draft',
    version: 4,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    contactEmail: null,
    contactPhone: null,
    code: 'DK',
    title: { lv: 'Nosaukums', en: 'Title' },
    description: { lv: 'Apraksts', en: 'Description' },
    eligibleOrganisationTypes: ['foundation'],
    eligibleMunicipalityCodes: ['ludza', 'kraslava'],
    budgetEnvelopeCents: 1_500_000,
    minAwardCents: 50_000,
    maxAwardCents: 300_050,
    ownContributionPercent: 5,
    overspendTolerancePercent: 10,
    maxApplicationsPerOrganisation: 3,
    opensAt: '2026-10-01T06:00:00Z',
    closesAt: '2026-10-25T21:59:00Z',
  };

  it('shows money in euros and instants in Riga time, across the autumn clock change', () => {
    expect(callToFormValues(call, 'lv')).toMatchObject({
      budgetEnvelopeCents: '15000',
      maxAwardCents: '3000,50',
      opensAt: '2026-10-01T09:00',
      closesAt: '2026-10-25T23:59',
      version: 4,
    });
  });

  it('round-trips into an update request carrying the loaded version, without the programme', () => {
    expect(callToFormValues(call, 'en').maxAwardCents).toBe('3000.50');
    const request = ZCallUpdateForm.parse(callToFormValues(call, 'lv'), ZOD_PARSE_OPTIONS);
    expect(request).toEqual({
      code: 'DK',
      title: call.title,
      description: call.description,
      eligibleOrganisationTypes: ['foundation'],
      eligibleMunicipalityCodes: ['ludza', 'kraslava'],
      budgetEnvelopeCents: 1_500_000,
      minAwardCents: 50_000,
      maxAwardCents: 300_050,
      ownContributionPercent: 5,
      overspendTolerancePercent: 10,
      maxApplicationsPerOrganisation: 3,
      contactEmail: null,
      contactPhone: null,
      opensAt: call.opensAt,
      closesAt: call.closesAt,
      version: 4,
    });
  });
});

describe('what the call form starts with and how it reads the optional fields', () => {
  it('starts empty in the chosen programme, one application per organisation, no contact', () => {
    expect(emptyCallFormValues(PROGRAMME_ID)).toEqual({
      code: '',
      programmeId: PROGRAMME_ID,
      title: { lv: '', en: '' },
      description: { lv: '', en: '' },
      eligibleOrganisationTypes: [],
      eligibleMunicipalityCodes: [],
      budgetEnvelopeCents: '',
      minAwardCents: '',
      maxAwardCents: '',
      ownContributionPercent: 0,
      overspendTolerancePercent: 10,
      maxApplicationsPerOrganisation: 1,
      opensAt: '',
      closesAt: '',
      contactEmail: '',
      contactPhone: '',
    });
    expect(emptyCallFormValues().programmeId).toBe('');
  });

  it('trims the contact and sends none when it is left blank', () => {
    const parsed = ZCallCreateForm.parse(validValues({ contactEmail: '  info@kopa.lv ', contactPhone: '   ' }), ZOD_PARSE_OPTIONS);
    expect(parsed.contactEmail).toBe('info@kopa.lv');
    expect(parsed.contactPhone).toBeNull();
  });

  it('reads a typed percentage and limit as numbers, spaces around them included', () => {
    const parsed = ZCallCreateForm.parse(validValues({ ownContributionPercent: ' 15 ', maxApplicationsPerOrganisation: '3' }), ZOD_PARSE_OPTIONS);
    expect(parsed.ownContributionPercent).toBe(15);
    expect(parsed.maxApplicationsPerOrganisation).toBe(3);
  });
});
