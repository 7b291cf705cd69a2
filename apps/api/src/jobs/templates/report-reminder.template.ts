import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

const KIND_LV = { interim: 'starpposma pārskats', final: 'noslēguma pārskats' } as const;
const KIND_EN = { interim: 'interim report', final: 'final report' } as const;

/** A funded project's report is due soon, today, or overdue (rules in reminderRuleOn, packages/shared/src/reports.ts). */
export const reportReminderTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    agreementNumber: z.string().trim().min(1).max(50),
    kind: z.enum(['interim', 'final']),
    /** "2027. gada 1. marts" / "1 March 2027", formatted for the recipient. */
    dueDate: z.string().trim().min(1).max(60),
    /** Days until the due date: positive before, 0 on the day, negative when overdue. */
    daysLeft: z.number().int().min(-100_000).max(100_000),
    link: ZLink,
  }),
  render: {
    lv: (p) => {
      const when =
        p.daysLeft > 0 ? `Līdz termiņam: ${p.daysLeft} ${p.daysLeft % 10 === 1 && p.daysLeft % 100 !== 11 ? 'diena' : 'dienas'}.` : p.daysLeft === 0 ? 'Termiņš ir šodien.' : `Termiņš ir nokavēts (nokavētas dienas: ${-p.daysLeft}).`;
      const subject = `${p.daysLeft < 0 ? 'Nokavēts' : 'Atgādinājums'}: ${KIND_LV[p.kind]}, līgums ${p.agreementNumber}`;
      return {
        subject,
        text: [`Labdien, ${p.displayName}!`, `Projektam (līgums ${p.agreementNumber}) jāiesniedz ${KIND_LV[p.kind]}. Termiņš: ${p.dueDate}.`, when, 'Pārskatu var aizpildīt un iesniegt šeit:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Labdien, ${p.displayName}!</p>
<p>Projektam (līgums ${p.agreementNumber}) jāiesniedz ${KIND_LV[p.kind]}. Termiņš: ${p.dueDate}.</p>
<p>${when}</p>
${actionLink(p.link, 'Atvērt pārskatu')}`,
      };
    },
    en: (p) => {
      const when = p.daysLeft > 0 ? `Days left: ${p.daysLeft}.` : p.daysLeft === 0 ? 'It is due today.' : `It is overdue (days overdue: ${-p.daysLeft}).`;
      const subject = `${p.daysLeft < 0 ? 'Overdue' : 'Reminder'}: ${KIND_EN[p.kind]}, agreement ${p.agreementNumber}`;
      return {
        subject,
        text: [`Hello ${p.displayName},`, `Your project (agreement ${p.agreementNumber}) owes its ${KIND_EN[p.kind]}. Due date: ${p.dueDate}.`, when, 'You can fill it in and submit it here:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Hello ${p.displayName},</p>
<p>Your project (agreement ${p.agreementNumber}) owes its ${KIND_EN[p.kind]}. Due date: ${p.dueDate}.</p>
<p>${when}</p>
${actionLink(p.link, 'Open the report')}`,
      };
    },
  },
});
