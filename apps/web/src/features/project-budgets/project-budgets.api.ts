import {
  ATTACHMENT_UPLOAD_FIELD,
  CSRF_HEADER,
  type TBudgetChangeTransitionRequest,
  type TCreateBudgetChangeRequest,
  type TCreateExpenseRequest,
  type TExpenseReceipt,
  type TUpdateBudgetRequest,
  type TUpdateExpenseRequest,
} from '@kopa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../lib/api-client';
import { getCsrfToken } from '../../lib/api-middleware';
import { problemFromResponse } from '../../lib/api-problem';

const enc = encodeURIComponent;
const budgetKey = (projectId: string) => ['project-budgets', projectId] as const;

export function useProjectBudget(projectId: string) {
  return useQuery({ queryKey: [...budgetKey(projectId), 'budget'], queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}/budget', { params: { path: { id: projectId } }, signal })) });
}

export function useBudgetChanges(projectId: string, page: number) {
  return useQuery({
    queryKey: [...budgetKey(projectId), 'changes', page],
    queryFn: ({ signal }) => unwrap(client.GET('/api/projects/{id}/budget-changes', { params: { path: { id: projectId }, query: { page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The project's expenses, or only those one report declares. */
export function useExpenses(projectId: string, page: number, reportId?: string) {
  return useQuery({
    queryKey: [...budgetKey(projectId), 'expenses', page, reportId ?? null],
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/projects/{id}/expenses', { params: { path: { id: projectId }, query: { page, pageSize: 20, ...(reportId ? { reportId } : {}) } }, signal })),
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
  return useBudgetWrite(projectId, (body: TUpdateBudgetRequest) => unwrap(client.PUT('/api/projects/{id}/budget', { params: { path: { id: projectId } }, body })));
}

export function useRequestBudgetChange(projectId: string) {
  return useBudgetWrite(projectId, (body: TCreateBudgetChangeRequest) => unwrap(client.POST('/api/projects/{id}/budget-changes', { params: { path: { id: projectId } }, body })));
}

export function useBudgetChangeTransition(projectId: string) {
  return useBudgetWrite(projectId, ({ changeId, body }: { changeId: string; body: TBudgetChangeTransitionRequest }) =>
    unwrap(client.POST('/api/projects/{id}/budget-changes/{changeId}/transitions', { params: { path: { id: projectId, changeId } }, body })),
  );
}

export function useSaveExpense(projectId: string) {
  return useBudgetWrite(projectId, (save: { expenseId: string; body: TUpdateExpenseRequest } | { expenseId: null; body: TCreateExpenseRequest }) =>
    save.expenseId !== null
      ? unwrap(client.PATCH('/api/projects/{id}/expenses/{expenseId}', { params: { path: { id: projectId, expenseId: save.expenseId } }, body: save.body }))
      : unwrap(client.POST('/api/projects/{id}/expenses', { params: { path: { id: projectId } }, body: save.body })),
  );
}

export function useDeleteExpense(projectId: string) {
  return useBudgetWrite(projectId, (expenseId: string) => unwrap(client.DELETE('/api/projects/{id}/expenses/{expenseId}', { params: { path: { id: projectId, expenseId } } })));
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
    unwrap(client.DELETE('/api/projects/{id}/expenses/{expenseId}/receipts/{receiptId}', { params: { path: { id: projectId, expenseId, receiptId } } })),
  );
}
