import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TDecisionKind, TLetterText, TRankedApplication } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { useLetterPreview } from './decisions.api';

interface Props {
  callId: string;
  kind: TDecisionKind;
  text: TLetterText;
  applications: TRankedApplication[];
}

/** Renders the (possibly unsaved) letter for one application in Latvian and English. */
export function LetterPreview({ callId, kind, text, applications }: Props) {
  const { t } = useTranslation();
  const [applicationId, setApplicationId] = useState<string | null>(applications[0]?.id ?? null);
  const preview = useLetterPreview(callId);
  return (
    <Stack component="section" aria-labelledby="preview-heading" gap="sm">
      <Title order={3} size="h4" id="preview-heading">
        {t('decisions.letters.preview')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('decisions.letters.previewFor')}
          data={applications.map((item) => ({ value: item.id, label: `${item.referenceNumber ?? ''} — ${item.organisationName}` }))}
          value={applicationId}
          onChange={setApplicationId}
          searchable
          style={{ minWidth: 320 }}
        />
        <Button variant="light" disabled={!applicationId} loading={preview.isPending} onClick={() => applicationId && preview.mutate({ applicationId, kind, template: text })}>
          {t('decisions.letters.showPreview')}
        </Button>
      </Group>
      {preview.isError && <ProblemAlert error={preview.error} />}
      {preview.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} aria-live="polite">
          {(['lv', 'en'] as const).map((language) => (
            <Paper key={language} withBorder p="md" lang={language}>
              <Text size="sm" c="dimmed">
                {t(`decisions.letters.preview${language === 'lv' ? 'Lv' : 'En'}`)}
              </Text>
              <Text fw={700} mb="xs">
                {preview.data[language].subject}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{preview.data[language].body}</Text>
              {preview.data.feedback && (
                <Table mt="sm">
                  <Table.Caption>{t('decisions.letters.feedback')}</Table.Caption>
                  <Table.Tbody>
                    {preview.data.feedback.criteria.map((criterion) => (
                      <Table.Tr key={criterion.name.lv}>
                        <Table.Th scope="row">{localized(criterion.name, language)}</Table.Th>
                        <Table.Td>
                          {criterion.score ?? '—'} / {criterion.maxScore} ({criterion.fundedMean ?? '—'})
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
