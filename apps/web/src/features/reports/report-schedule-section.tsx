import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatCalendarDate, type TReportSummary } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DotBadge } from '../../components/dot-badge';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useAddReport, useMoveReport, useRemoveReport, useReportSchedule } from './reports.api';
import { ReportStatusBadge } from './report-status-badge';
import { ScheduleDialog, type ScheduleChange } from './schedule-dialog';

type Editing = { mode: 'add' } | { mode: 'move' | 'remove'; report: TReportSummary };

/** The reports a project owes, each with its page; programme staff add, move and remove reports not yet submitted. */
export function ReportScheduleSection({ projectId, projectVersion, editable }: { projectId: string; projectVersion: number; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const schedule = useReportSchedule(projectId, projectVersion);
  const add = useAddReport(projectId);
  const move = useMoveReport(projectId);
  const remove = useRemoveReport(projectId);
  const [editing, setEditing] = useState<Editing | null>(null);

  if (schedule.isPending) return null;
  if (schedule.isError) return <ProblemAlert error={schedule.error} />;
  const { reports, version, viewer } = schedule.data;
  const staff = viewer === 'staff';
  const canEdit = staff && editable;
  const base = staff ? '/manage/projects' : '/projects';
  const nameOf = (report: TReportSummary) => t(`reports.kindNumbered.${report.kind}`, { number: report.number });
  const mutation = editing?.mode === 'add' ? add : editing?.mode === 'move' ? move : remove;

  const confirm = (change: ScheduleChange) => {
    if (!editing) return;
    const done = () => {
      notifySuccess(t(`reports.schedule.done.${editing.mode}`));
      setEditing(null);
    };
    if (editing.mode === 'add') add.mutate({ version, kind: change.kind, dueDate: change.dueDate, reason: change.reason }, { onSuccess: done });
    else if (editing.mode === 'move') move.mutate({ version, reportId: editing.report.id, dueDate: change.dueDate, reason: change.reason }, { onSuccess: done });
    else remove.mutate({ version, reportId: editing.report.id, reason: change.reason }, { onSuccess: done });
  };
  const open = (next: Editing) => {
    add.reset();
    move.reset();
    remove.reset();
    setEditing(next);
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="reports-heading">
      <Group justify="space-between">
        <Title order={2} id="reports-heading">
          {t('reports.schedule.title')}
        </Title>
        {canEdit && (
          <Button variant="light" onClick={() => open({ mode: 'add' })}>
            {t('reports.schedule.add')}
          </Button>
        )}
      </Group>
      {reports.length === 0 ? (
        <Text>{t('reports.schedule.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.schedule.report')}</Table.Th>
                <Table.Th scope="col">{t('reports.schedule.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('reports.schedule.status')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('reports.schedule.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.map((report) => {
                const unsubmitted = report.status === 'draft' && report.submittedAt === null;
                return (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`${base}/${projectId}/reports/${report.id}`}>
                        {nameOf(report)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <span>{report.dueDate ? formatCalendarDate(report.dueDate, locale) : t('reports.schedule.undated')}</span>
                        {report.overdue && <DotBadge color="red">{t('reports.overdue')}</DotBadge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <ReportStatusBadge status={report.status} />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        {unsubmitted && (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="compact-sm" variant="default" onClick={() => open({ mode: 'move', report })} aria-label={t('reports.schedule.moveOf', { report: nameOf(report) })}>
                              {t('reports.schedule.move')}
                            </Button>
                            {report.kind === 'interim' && (
                              <Button size="compact-sm" variant="default" color="red" onClick={() => open({ mode: 'remove', report })} aria-label={t('reports.schedule.removeOf', { report: nameOf(report) })}>
                                {t('reports.schedule.remove')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <ScheduleDialog
          title={editing.mode === 'add' ? t('reports.schedule.add') : t(`reports.schedule.${editing.mode}Of`, { report: nameOf(editing.report) })}
          mode={editing.mode}
          initialDate={editing.mode === 'move' ? (editing.report.dueDate ?? '') : ''}
          pending={mutation.isPending}
          error={mutation.error}
          onConfirm={confirm}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
