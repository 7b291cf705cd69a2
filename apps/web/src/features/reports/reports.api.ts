import type {
  TAddReportRequest,
  TMoveReportRequest,
  TRemoveReportRequest,
  TReportSchedule,
  TReportScheduleSettings,
  TReportTransitionRequest,
  TUpdateReportRequest,
  TUpdateReportResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';

/** Keyed by the project's version too: a change of the project (its dates) may move the due dates. */
const scheduleKey = (projectId: string, version?: number) => ['reports', 'schedule', projectId, ...(version === undefined ? [] : [version])] as const;
export const reportKey = (reportId: string) => ['reports', 'one', reportId] as const;

export function useReportSchedule(projectId: string, projectVersion: number) {
  return useQuery({ queryKey: scheduleKey(projectId, projectVersion), queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}/reports', { params: { path: { id: projectId } }, signal })) });
}

/** Schedule edits answer with the schedule as it now is; the project's version moved with it. */
function useScheduleWrite<TVariables>(projectId: string, write: (variables: TVariables) => Promise<TReportSchedule>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (schedule) => {
      queryClient.setQueryData(scheduleKey(projectId, schedule.version), schedule);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'one', projectId] });
    },
  });
}

export function useAddReport(projectId: string) {
  return useScheduleWrite(projectId, (body: TAddReportRequest) => unwrap(client.POST('/api/projects/{id}/reports', { params: { path: { id: projectId } }, body })));
}

export function useMoveReport(projectId: string) {
  return useScheduleWrite(projectId, ({ reportId, ...body }: TMoveReportRequest & { reportId: string }) =>
    unwrap(client.PATCH('/api/projects/{id}/reports/{reportId}', { params: { path: { id: projectId, reportId } }, body })),
  );
}

export function useRemoveReport(projectId: string) {
  return useScheduleWrite(projectId, ({ reportId, ...body }: TRemoveReportRequest & { reportId: string }) =>
    unwrap(client.POST('/api/projects/{id}/reports/{reportId}/removal', { params: { path: { id: projectId, reportId } }, body })),
  );
}

export function useReport(reportId: string) {
  return useQuery({ queryKey: reportKey(reportId), queryFn: ({ signal }) => unwrap(client.GET('/api/reports/{reportId}', { params: { path: { reportId } }, signal })) });
}

export function saveReport(reportId: string, body: TUpdateReportRequest): Promise<TUpdateReportResponse> {
  return unwrap(client.PATCH('/api/reports/{reportId}', { params: { path: { reportId } }, body }));
}

export function useReportTransition(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TReportTransitionRequest) => unwrap(client.POST('/api/reports/{reportId}/transitions', { params: { path: { reportId } }, body })),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(reportId), report);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'schedule', report.projectId] });
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}

export function useReportCompare(reportId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['reports', 'compare', reportId, from, to],
    queryFn: ({ signal }) => unwrap(client.GET('/api/reports/{reportId}/compare', { params: { path: { reportId }, query: { from: from!, to: to! } }, signal })),
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useOverdueReports(page: number) {
  return useQuery({
    queryKey: ['reports', 'overdue', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/reports/overdue', { params: { query: { page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

const settingsKey = (callId: string) => ['reports', 'settings', callId] as const;

export function useReportScheduleSettings(callId: string) {
  return useQuery({ queryKey: settingsKey(callId), queryFn: ({ signal }) => unwrap(client.GET('/api/calls/{callId}/report-schedule', { params: { path: { callId } }, signal })) });
}

export function useSaveReportScheduleSettings(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TReportScheduleSettings) => unwrap(client.PUT('/api/calls/{callId}/report-schedule', { params: { path: { callId } }, body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey(callId), settings);
      void queryClient.invalidateQueries({ queryKey: ['calls', 'detail', callId] });
    },
  });
}
