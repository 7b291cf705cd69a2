import type { TFormDefinition } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';

const t = (lv: string, en: string) => ({ lv, en });

/**
 * A realistic bilingual application form using every question type, a show-if follow-up
 * (`school_partner_name` shown when `school_partner` is yes) and a budget table.
 * The demo seed gives the open DK call this form; tests reuse it (`test/call-form-factories.ts`).
 */
export function sampleFormDefinition(): TFormDefinition {
  return {
    attachmentMaxBytes: 10 * 1024 * 1024,
    sections: [
      {
        id: 'project',
        title: t('Projekta apraksts', 'Project description'),
        description: t(
          'Pastāstiet, ko vēlaties paveikt un kāpēc tas ir svarīgi jūsu kopienai.',
          'Tell us what you want to do and why it matters to your community.',
        ),
        questions: [
          { id: 'project_title', type: 'short_text', label: t('Projekta nosaukums', 'Project title'), required: true, maxLength: 120 },
          {
            id: 'summary',
            type: 'long_text',
            label: t('Projekta kopsavilkums', 'Project summary'),
            help: t(
              'Kāda ir problēma, ko darīsiet un kas mainīsies? Līdz 1500 rakstzīmēm.',
              'What is the problem, what will you do and what will change? Up to 1,500 characters.',
            ),
            required: true,
            maxLength: 1500,
          },
          {
            id: 'target_groups',
            type: 'multiple_choice',
            label: t('Mērķa grupas', 'Target groups'),
            required: true,
            options: [
              { value: 'youth', label: t('Jaunieši', 'Young people') },
              { value: 'seniors', label: t('Seniori', 'Seniors') },
              { value: 'parents', label: t('Vecāki', 'Parents') },
              { value: 'teachers', label: t('Pedagogi', 'Teachers') },
              { value: 'residents', label: t('Vietējie iedzīvotāji', 'Local residents') },
            ],
          },
          {
            id: 'activity_type',
            type: 'single_choice',
            label: t('Galvenais aktivitātes veids', 'Main type of activity'),
            required: true,
            options: [
              { value: 'event', label: t('Pasākums', 'Event') },
              { value: 'workshop', label: t('Darbnīcas', 'Workshops') },
              { value: 'improvement', label: t('Vides labiekārtošana', 'Improving a public space') },
            ],
          },
          { id: 'participants', type: 'number', label: t('Plānotais dalībnieku skaits', 'Planned number of participants'), required: true, min: 1, max: 10_000, integer: true },
          {
            id: 'school_partner',
            type: 'yes_no',
            label: t('Vai projektā sadarbojaties ar skolu?', 'Do you partner with a school?'),
            required: true,
          },
          {
            id: 'school_partner_name',
            type: 'short_text',
            label: t('Partnerskolas nosaukums', 'Name of the partner school'),
            required: true,
            maxLength: 200,
            showIf: { questionId: 'school_partner', values: [true] },
          },
        ],
      },
      {
        id: 'schedule',
        title: t('Laika plāns', 'Schedule'),
        questions: [
          { id: 'start_date', type: 'date', label: t('Projekta sākums', 'Project start'), required: true },
          { id: 'end_date', type: 'date', label: t('Projekta beigas', 'Project end'), required: true, compare: { relation: 'after', questionId: 'start_date' } },
        ],
      },
      {
        id: 'finances',
        title: t('Budžets', 'Budget'),
        questions: [
          {
            id: 'budget',
            type: 'budget_table',
            label: t('Projekta budžets', 'Project budget'),
            help: t(
              'Norādiet visas izmaksas un savu līdzfinansējumu (vismaz 10 %).',
              'List every cost and your own contribution (at least 10 %).',
            ),
            required: true,
          },
          {
            id: 'other_funding',
            type: 'money',
            label: t('Cits finansējums projektam (EUR)', 'Other funding for the project (EUR)'),
            help: t('Ja tāda nav, atstājiet tukšu.', 'Leave empty if there is none.'),
            required: false,
            min: 0,
          },
        ],
      },
      {
        id: 'attachments',
        title: t('Pielikumi', 'Attachments'),
        questions: [
          {
            id: 'support_letters',
            type: 'file',
            label: t('Atbalsta vēstules', 'Letters of support'),
            help: t('Pašvaldības vai partneru vēstules (PDF).', 'Letters from the municipality or partners (PDF).'),
            required: false,
            accept: ['application/pdf'],
            maxFiles: 3,
          },
          {
            id: 'photos',
            type: 'file',
            label: t('Vietas fotoattēli', 'Photos of the place'),
            required: false,
            accept: ['image/jpeg', 'image/png'],
            maxFiles: 5,
          },
        ],
      },
    ],
  };
}

/** Gives the open demo call its application form (version 1) unless it already has one. */
export async function seedDemoCallForm(prisma: PrismaClient, callId: string, createdById: string): Promise<void> {
  if ((await prisma.callForm.count({ where: { callId } })) > 0) return;
  await prisma.callForm.create({ data: { callId, version: 1, definition: sampleFormDefinition() as object, createdById } });
}
