import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { DECISION_KINDS, LETTER_MERGE_FIELDS, type TDecisionKind, type TLetterText } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useLetterTemplates, useRanking } from './decisions.api';
import { LetterPreview } from './letter-preview';
import { LetterTemplateForm } from './letter-template-form';
import { SendLettersSection } from './send-letters-section';

/** `/manage/calls/:callId/letters`: bilingual letter templates per decision, preview, and sending. */
export function LettersPage() {
  const { callId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const templates = useLetterTemplates(callId);
  const ranking = useRanking(callId, { page: 1, pageSize: 100 });
  const [kind, setKind] = useState<TDecisionKind>('award');
  const [drafts, setDrafts] = useState<Partial<Record<TDecisionKind, TLetterText>>>({});
  const callTitle = ranking.data ? localized(ranking.data.call.title, i18n.language) : '';
  usePageTitle(t('decisions.letters.pageTitle', { call: callTitle }));

  if (templates.isPending || ranking.isPending) return <PageLoader />;
  if (templates.isError || ranking.isError) return <ProblemAlert error={templates.error ?? ranking.error} />;
  const editable = ranking.data.call.status !== 'decided' && ranking.data.call.status !== 'archived';
  const ofKind = ranking.data.items.filter((item) => item.decision?.kind === kind);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${callId}/decisions`} size="sm">
        {t('decisions.scores.backToList')}
      </Anchor>
      <Title order={1}>{t('decisions.letters.pageTitle', { call: callTitle })}</Title>
      <Text>{t('decisions.letters.intro', { fields: LETTER_MERGE_FIELDS.map((field) => `{{${field}}}`).join(', '), interpolation: { escapeValue: false } })}</Text>
      <Tabs value={kind} onChange={(value) => value && setKind(value as TDecisionKind)} keepMounted={false}>
        <Tabs.List>
          {DECISION_KINDS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`decisions.kind.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {templates.data.map((template) => (
          <Tabs.Panel key={template.kind} value={template.kind} pt="md">
            <Stack gap="xl">
              <LetterTemplateForm
                key={`${template.kind}-${template.isDefault}`}
                callId={callId}
                template={template}
                editable={editable}
                onChange={(text) => setDrafts((current) => ({ ...current, [template.kind]: text }))}
              />
              <LetterPreview
                callId={callId}
                kind={template.kind}
                text={drafts[template.kind] ?? { subject: template.subject, body: template.body }}
                applications={ofKind.length > 0 ? ofKind : ranking.data.items}
              />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <SendLettersSection callId={callId} ranking={ranking.data} />
    </Stack>
  );
}
