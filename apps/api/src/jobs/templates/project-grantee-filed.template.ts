import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

/** To the programme's coordinators: a grantee submitted a report or filed a budget change request to decide on. */
export const projectGranteeFiledTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    agreementNumber: z.string().min(1).max(100),
    projectTitle: ZUserText(500),
    organisationName: ZUserText(500),
    filing: z.enum(['report', 'budget-change']),
    reportKind: z.enum(['interim', 'final']).optional(),
    reportNumber: z.number().int().min(1).max(1000).optional(),
    resubmitted: z.boolean().optional(),
    /** The grantee's reason for a budget change (their own text); empty for reports. */
    reason: z.string().max(2000),
    link: ZLink,
  }),
  render: {
    lv: (p) => {
      const report = p.reportKind === 'final' ? 'noslēguma pārskatu' : `starpposma pārskatu Nr. ${p.reportNumber ?? 1}`;
      const subject = p.filing === 'report' ? `Iesniegts pārskats: ${p.agreementNumber}` : `Budžeta grozījumu pieprasījums: ${p.agreementNumber}`;
      const what =
        p.filing === 'report'
          ? `${p.organisationName} ${p.resubmitted ? 'pēc labošanas atkārtoti iesniedza' : 'iesniedza'} ${report} projektā „${p.projectTitle}” (līgums ${p.agreementNumber}). Lūdzu, izskatiet to.`
          : `${p.organisationName} pieprasa budžeta grozījumus projektā „${p.projectTitle}” (līgums ${p.agreementNumber}). Lūdzu, apstipriniet vai noraidiet pieprasījumu.`;
      return {
        subject,
        text: [`Labdien, ${p.displayName}!`, what, ...(p.reason ? [`Pamatojums:\n${p.reason}`] : []), 'Atvērt:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${what}</p>
${p.reason ? html`<p>Pamatojums:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.reason}</blockquote>` : html``}
${actionLink(p.link, p.filing === 'report' ? 'Atvērt pārskatu' : 'Atvērt projektu')}`,
      };
    },
    en: (p) => {
      const report = p.reportKind === 'final' ? 'the final report' : `interim report ${p.reportNumber ?? 1}`;
      const subject = p.filing === 'report' ? `Report submitted: ${p.agreementNumber}` : `Budget change request: ${p.agreementNumber}`;
      const what =
        p.filing === 'report'
          ? `${p.organisationName} ${p.resubmitted ? 'resubmitted, after changes,' : 'submitted'} ${report} of the project “${p.projectTitle}” (agreement ${p.agreementNumber}). Please review it.`
          : `${p.organisationName} asks for a budget change in the project “${p.projectTitle}” (agreement ${p.agreementNumber}). Please approve or reject the request.`;
      return {
        subject,
        text: [`Hello ${p.displayName},`, what, ...(p.reason ? [`Reason:\n${p.reason}`] : []), 'Open:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Hello ${p.displayName},</p>
<p>${what}</p>
${p.reason ? html`<p>Reason:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.reason}</blockquote>` : html``}
${actionLink(p.link, p.filing === 'report' ? 'Open the report' : 'Open the project')}`,
      };
    },
  },
});
