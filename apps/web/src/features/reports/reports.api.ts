import type {
  TAddReportRequest,
  TMoveReportRequest,
  TOverdueReportsResponse,
  TRemoveReportRequest,
  TReportDetail,
  TReportSchedule,
  TReportScheduleSettings,
  TReportTransitionRequest,
  TRevisionCompareResponse,
  TUpdateReportRequest,
  TUpdateReportResponse,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const enc = encodeURIComponent;
/** Keyed by the project's version too: a change of the project (its dates) may move the due dates. */
const scheduleKey = (projectId: string, version?: number) => ['reports', 'schedule', projectId, ...(version === undefined ? [] : [version])] as const;
export const reportKey = (reportId: string) => ['reports', 'one', reportId] as const;

export function useReportSchedule(projectId: string, projectVersion: number) {
  return useQuery({ queryKey: scheduleKey(projectId, projectVersion), queryFn: ({ signal }) => api.get<TReportSchedule>(`/api/projects/${enc(projectId)}/reports`, signal) });
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
  return useScheduleWrite(projectId, (body: TAddReportRequest) => api.post<TReportSchedule>(`/api/projects/${enc(projectId)}/reports`, body));
}

export function useMoveReport(projectId: string) {
  return useScheduleWrite(projectId, ({ reportId, ...body }: TMoveReportRequest & { reportId: string }) =>
    api.patch<TReportSchedule>(`/api/projects/${enc(projectId)}/reports/${enc(reportId)}`, body),
  );
}

export function useRemoveReport(projectId: string) {
  return useScheduleWrite(projectId, ({ reportId, ...body }: TRemoveReportRequest & { reportId: string }) =>
    api.post<TReportSchedule>(`/api/projects/${enc(projectId)}/reports/${enc(reportId)}/removal`, body),
  );
}

export function useReport(reportId: string) {
  return useQuery({ queryKey: reportKey(reportId), queryFn: ({ signal }) => api.get<TReportDetail>(`/api/reports/${enc(reportId)}`, signal) });
}

export function saveReport(reportId: string, body: TUpdateReportRequest): Promise<TUpdateReportResponse> {
  return api.patch<TUpdateReportResponse>(`/api/reports/${enc(reportId)}`, body);
}

export function useReportTransition(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TReportTransitionRequest) => api.post<TReportDetail>(`/api/reports/${enc(reportId)}/transitions`, body),
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
    queryFn: ({ signal }) => api.get<TRevisionCompareResponse>(`/api/reports/${enc(reportId)}/compare?from=${from}&to=${to}`, signal),
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useOverdueReports(page: number) {
  return useQuery({
    queryKey: ['reports', 'overdue', page],
    queryFn: ({ signal }) => api.get<TOverdueReportsResponse>(`/api/reports/overdue?page=${page}&pageSize=10`, signal),
    placeholderData: keepPreviousData,
  });
}

const settingsKey = (callId: string) => ['reports', 'settings', callId] as const;

export function useReportScheduleSettings(callId: string) {
  return useQuery({ queryKey: settingsKey(callId), queryFn: ({ signal }) => api.get<TReportScheduleSettings>(`/api/calls/${enc(callId)}/report-schedule`, signal) });
}

export function useSaveReportScheduleSettings(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TReportScheduleSettings) => api.put<TReportScheduleSettings>(`/api/calls/${enc(callId)}/report-schedule`, body),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey(callId), settings);
      void queryClient.invalidateQueries({ queryKey: ['calls', 'detail', callId] });
    },
  });
}
