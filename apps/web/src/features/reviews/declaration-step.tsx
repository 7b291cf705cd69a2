import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { CONFLICT_NOTE_MAX } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useDeclaration } from './reviews.api';

/** Before the application opens: no conflict of interest, or a conflict with a note. */
export function DeclarationStep({ assignmentId, onConflictDeclared }: { assignmentId: string; onConflictDeclared: () => void }) {
  const { t } = useTranslation();
  const declare = useDeclaration(assignmentId);
  const [conflict, setConflict] = useState(false);
  const [note, setNote] = useState('');
  const noteMissing = conflict && note.trim().length === 0;

  return (
    <Stack component="section" aria-labelledby="declaration-heading" gap="md" maw={640}>
      <Title order={2} id="declaration-heading">
        {t('review.declaration.heading')}
      </Title>
      <Text>{t('review.declaration.intro')}</Text>
      {declare.error && <ProblemAlert error={declare.error} />}
      {!conflict ? (
        <Group>
          <Button loading={declare.isPending} onClick={() => declare.mutate({ conflict: false })}>
            {t('review.declaration.noConflict')}
          </Button>
          <Button variant="default" color="red" onClick={() => setConflict(true)}>
            {t('review.declaration.hasConflict')}
          </Button>
        </Group>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (noteMissing) return;
            declare.mutate({ conflict: true, note }, { onSuccess: onConflictDeclared });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('review.declaration.note')}
              description={t('review.declaration.noteHelp')}
              required
              autosize
              minRows={3}
              maxLength={CONFLICT_NOTE_MAX}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" color="red.9" loading={declare.isPending} disabled={noteMissing}>
                {t('review.declaration.confirmConflict')}
              </Button>
              <Button variant="default" onClick={() => setConflict(false)}>
                {t('review.manage.assignment.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
