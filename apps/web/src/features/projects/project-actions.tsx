import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { PROJECT_TRANSITIONS, type TProjectAction, type TProjectDetail } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { ActionDialog } from './action-dialog';
import { useProjectTransition } from './projects.api';

/** The workflow moves the project's status allows; a move still waiting for something says what. */
export function ProjectActions({ project }: { project: TProjectDetail }) {
  const { t } = useTranslation();
  const transition = useProjectTransition(project.id);
  const [asking, setAsking] = useState<TProjectAction | null>(null);
  if (project.actions.length === 0) return null;

  const take = (action: TProjectAction, reason?: string) =>
    transition.mutate(
      { action, version: project.version, reason },
      { onSuccess: () => (notifySuccess(t('projects.actions.done', { action: t(`projects.actions.${action}`) })), setAsking(null)) },
    );
  const waiting = project.actions.filter((item) => item.unmet.length > 0);

  return (
    <Stack gap="sm" component="section" aria-labelledby="project-actions-heading">
      <Title order={2} id="project-actions-heading" size="h3">
        {t('projects.actions.title')}
      </Title>
      {transition.isError && !asking ? <ProblemAlert error={transition.error} /> : null}
      <Group gap="sm">
        {project.actions.map(({ action, unmet }) => (
          <Button
            key={action}
            variant={action === 'terminate' || action === 'suspend' ? 'default' : 'filled'}
            disabled={unmet.length > 0}
            loading={transition.isPending && transition.variables?.action === action}
            onClick={() => (PROJECT_TRANSITIONS[action].needsReason ? setAsking(action) : take(action))}
          >
            {t(`projects.actions.${action}`)}
          </Button>
        ))}
      </Group>
      {waiting.map(({ action, unmet }) => (
        <div key={action}>
          <Text size="sm">{t('projects.actions.waitsFor', { action: t(`projects.actions.${action}`) })}</Text>
          <List size="sm">
            {unmet.map((requirement) => (
              <List.Item key={requirement}>{t(`projects.requirements.${requirement}`)}</List.Item>
            ))}
          </List>
        </div>
      ))}
      {asking && (
        <ActionDialog
          title={t(`projects.actions.${asking}`)}
          asks="reason"
          pending={transition.isPending}
          error={transition.error}
          onConfirm={({ reason }) => take(asking, reason)}
          onClose={() => (transition.reset(), setAsking(null))}
        />
      )}
    </Stack>
  );
}
