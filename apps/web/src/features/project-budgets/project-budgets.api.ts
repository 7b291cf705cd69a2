import {
  ATTACHMENT_UPLOAD_FIELD,
  CSRF_HEADER,
  type TBudgetChange,
  type TBudgetChangeListResponse,
  type TBudgetChangeTransitionRequest,
  type TCreateBudgetChangeRequest,
  type TCreateExpenseRequest,
  type TExpense,
  type TExpenseListResponse,
  type TExpenseReceipt,
  type TProjectBudget,
  type TUpdateBudgetRequest,
  type TUpdateExpenseRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getCsrfToken } from '../../lib/api';
import { problemFromResponse } from '../../lib/api-problem';

const enc = encodeURIComponent;
const budgetKey = (projectId: string) => ['project-budgets', projectId] as const;

export function useProjectBudget(projectId: string) {
  return useQuery({ queryKey: [...budgetKey(projectId), 'budget'], queryFn: ({ signal }) => api.get<TProjectBudget>(`/api/projects/${enc(projectId)}/budget`, signal) });
}

export function useBudgetChanges(projectId: string, page: number) {
  return useQuery({
    queryKey: [...budgetKey(projectId), 'changes', page],
    queryFn: ({ signal }) => api.get<TBudgetChangeListResponse>(`/api/projects/${enc(projectId)}/budget-changes?page=${page}&pageSize=10`, signal),
    placeholderData: keepPreviousData,
  });
}

/** The project's expenses, or only those one report declares. */
export function useExpenses(projectId: string, page: number, reportId?: string) {
  return useQuery({
    queryKey: [...budgetKey(projectId), 'expenses', page, reportId ?? null],
    queryFn: ({ signal }) =>
      api.get<TExpenseListResponse>(`/api/projects/${enc(projectId)}/expenses?page=${page}&pageSize=20${reportId ? `&reportId=${enc(reportId)}` : ''}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every write may move the totals: refetch the project's budget, requests and expenses. */
function useBudgetWrite<TVariables, TResult>(projectId: string, write: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKey(projectId) }),
  });
}

export function useEditBudget(projectId: string) {
  return useBudgetWrite(projectId, (body: TUpdateBudgetRequest) => api.put<TProjectBudget>(`/api/projects/${enc(projectId)}/budget`, body));
}

export function useRequestBudgetChange(projectId: string) {
  return useBudgetWrite(projectId, (body: TCreateBudgetChangeRequest) => api.post<TBudgetChange>(`/api/projects/${enc(projectId)}/budget-changes`, body));
}

export function useBudgetChangeTransition(projectId: string) {
  return useBudgetWrite(projectId, ({ changeId, body }: { changeId: string; body: TBudgetChangeTransitionRequest }) =>
    api.post<TBudgetChange>(`/api/projects/${enc(projectId)}/budget-changes/${enc(changeId)}/transitions`, body),
  );
}

export function useSaveExpense(projectId: string) {
  return useBudgetWrite(projectId, ({ expenseId, body }: { expenseId: string | null; body: TCreateExpenseRequest | TUpdateExpenseRequest }) =>
    expenseId
      ? api.patch<TExpense>(`/api/projects/${enc(projectId)}/expenses/${enc(expenseId)}`, body)
      : api.post<TExpense>(`/api/projects/${enc(projectId)}/expenses`, body),
  );
}

export function useDeleteExpense(projectId: string) {
  return useBudgetWrite(projectId, (expenseId: string) => api.delete(`/api/projects/${enc(projectId)}/expenses/${enc(expenseId)}`));
}

export function useUploadReceipt(projectId: string) {
  return useBudgetWrite(projectId, async ({ expenseId, file }: { expenseId: string; file: File }) => {
    const body = new FormData();
    body.append(ATTACHMENT_UPLOAD_FIELD, file);
    const response = await fetch(`/api/projects/${enc(projectId)}/expenses/${enc(expenseId)}/receipts`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: await getCsrfToken() },
    });
    if (!response.ok) throw await problemFromResponse(response);
    return (await response.json()) as TExpenseReceipt;
  });
}

export function useDeleteReceipt(projectId: string) {
  return useBudgetWrite(projectId, ({ expenseId, receiptId }: { expenseId: string; receiptId: string }) =>
    api.delete(`/api/projects/${enc(projectId)}/expenses/${enc(expenseId)}/receipts/${enc(receiptId)}`),
  );
}
