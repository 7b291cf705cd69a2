import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { TRANCHE_TRANSITIONS, formatEuroCents, formatCalendarDate, type TProjectDetail, type TTranche, type TTrancheAction } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useReportNames } from '../reports';
import { ActionDialog, type ActionDetails } from './action-dialog';
import { useTrancheTransition } from './projects.api';

/** The payment tranches: amount, due date, what each waits for, its state and (for staff) what may be done with it. */
export function TranchesTable({ project }: { project: TProjectDetail }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const transition = useTrancheTransition(project.id);
  const [asking, setAsking] = useState<{ tranche: TTranche; action: TTrancheAction } | null>(null);
  const staff = project.viewer === 'staff';
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '—');
  const reports = useReportNames(project.id, project.version);
  const reportName = (id: string) => reports.find((report) => report.id === id)?.name;

  const take = (tranche: TTranche, action: TTrancheAction, details: ActionDetails = {}) =>
    transition.mutate(
      { trancheId: tranche.id, body: { action, version: project.version, ...details } },
      { onSuccess: () => (notifySuccess(t('projects.tranches.done', { position: tranche.position })), setAsking(null)) },
    );

  return (
    <section aria-labelledby="tranches-heading">
      <Title order={2} id="tranches-heading" size="h3" mb="sm">
        {t('projects.tranches.title')}
      </Title>
      {transition.isError && !asking ? <ProblemAlert error={transition.error} /> : null}
      <Table.ScrollContainer minWidth={640} type="native" role="region" aria-labelledby="tranches-heading" tabIndex={0}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('projects.tranches.position')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('projects.tranches.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('projects.tranches.due')}</Table.Th>
              <Table.Th scope="col">{t('projects.tranches.condition')}</Table.Th>
              <Table.Th scope="col">{t('projects.tranches.status')}</Table.Th>
              {staff && <Table.Th scope="col">{t('projects.tranches.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {project.tranches.map((tranche) => (
              <Table.Tr key={tranche.id}>
                <Table.Th scope="row">{tranche.position}.</Table.Th>
                <Table.Td ta="right">{formatEuroCents(tranche.amountCents, locale)}</Table.Td>
                <Table.Td>{date(tranche.dueDate)}</Table.Td>
                <Table.Td>
                  {t(`projects.conditions.${tranche.condition}`)}
                  {tranche.reportId && reportName(tranche.reportId) && <Text size="xs">{reportName(tranche.reportId)}</Text>}
                  {tranche.condition !== 'none' && (
                    <Text size="xs">{tranche.conditionMet ? t('projects.conditions.met') : t('projects.conditions.notMet')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="dark">
                    {t(`projects.trancheStatus.${tranche.status}`)}
                  </Badge>
                  {tranche.status === 'paid' && (
                    <Text size="xs">{t('projects.tranches.paidDetails', { date: date(tranche.paidOn), reference: tranche.bankReference })}</Text>
                  )}
                  {tranche.reason && <Text size="xs">{tranche.reason}</Text>}
                </Table.Td>
                {staff && (
                  <Table.Td>
                    <Group gap="xs">
                      {tranche.allowedActions.map((action) => (
                        <Button
                          key={action}
                          size="compact-sm"
                          variant={action === 'cancel' || action === 'hold' ? 'default' : 'filled'}
                          aria-label={t('projects.tranches.actionNamed', { action: t(`projects.trancheActions.${action}`), position: tranche.position })}
                          onClick={() =>
                            action === 'pay' || TRANCHE_TRANSITIONS[action].needsReason ? setAsking({ tranche, action }) : take(tranche, action)
                          }
                        >
                          {t(`projects.trancheActions.${action}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {asking && (
        <ActionDialog
          title={t('projects.tranches.actionNamed', { action: t(`projects.trancheActions.${asking.action}`), position: asking.tranche.position })}
          asks={asking.action === 'pay' ? 'payment' : 'reason'}
          pending={transition.isPending}
          error={transition.error}
          onConfirm={(details) => take(asking.tranche, asking.action, details)}
          onClose={() => (transition.reset(), setAsking(null))}
        />
      )}
    </section>
  );
}
