import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TAnswerValue, TQuestion } from '@kopa/shared';
import { Notice } from '../../components/notice';
import { describeAnswer } from './form-renderer-logic';
import type { RendererText } from './use-renderer-text';

interface ConflictPanelProps {
  question: TQuestion;
  yours: TAnswerValue | undefined;
  theirs: TAnswerValue | undefined;
  text: RendererText;
  onResolve?: (value: TAnswerValue) => void;
}

/** Someone else saved this answer meanwhile: both values side by side, the person chooses. */
export function ConflictPanel({ question, yours, theirs, text, onResolve }: ConflictPanelProps) {
  const { t, language } = text;
  return (
    <Notice color="orange" role="status" title={t('formRenderer.conflict.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('formRenderer.conflict.body')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text fw={700} size="sm">
              {t('formRenderer.conflict.yours')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {describeAnswer(question, yours, language, t)}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text fw={700} size="sm">
              {t('formRenderer.conflict.theirs')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {describeAnswer(question, theirs, language, t)}
            </Text>
          </Stack>
        </SimpleGrid>
        {onResolve && (
          <Group gap="sm">
            <Button size="xs" onClick={() => onResolve(yours ?? null)}>
              {t('formRenderer.conflict.keepYours')}
            </Button>
            <Button size="xs" variant="default" onClick={() => onResolve(theirs ?? null)}>
              {t('formRenderer.conflict.keepTheirs')}
            </Button>
          </Group>
        )}
      </Stack>
    </Notice>
  );
}
