import { Badge, Button, Card, Checkbox, Group, Modal, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { budgetChangeTotalDelta, formatEuroCents, formatRigaDateTime, parseEuroToCents, type TBudgetChange, type TBudgetChangeAction, type TProjectBudget } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { CancelAndSave, ReasonField } from './form-parts';
import { useBudgetChangeTransition, useBudgetChanges, useRequestBudgetChange } from './project-budgets.api';

/** Budget change requests: the grantee files them, the programme's coordinator approves or rejects. */
export function BudgetChanges({ budget }: { budget: TProjectBudget }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const changes = useBudgetChanges(budget.projectId, page);
  const [filing, setFiling] = useState(false);

  return (
    <Stack component="section" aria-labelledby="budget-changes-heading" gap="sm">
      <Title order={3} id="budget-changes-heading" size="h4">
        {t('budgets.changes.title')}
      </Title>
      {budget.mayRequestChange && !filing && (
        <Button variant="default" w="fit-content" onClick={() => setFiling(true)}>
          {t('budgets.changes.new')}
        </Button>
      )}
      {filing && <ChangeRequestForm budget={budget} onDone={() => setFiling(false)} />}
      {changes.isError ? <ProblemAlert error={changes.error} /> : null}
      {changes.data && changes.data.total === 0 && <Text>{t('budgets.changes.empty')}</Text>}
      {changes.data?.items.map((change) => <ChangeCard key={change.id} change={change} projectId={budget.projectId} />)}
      {changes.data && <ListPagination total={changes.data.total} pageSize={changes.data.pageSize} page={page} onChange={setPage} />}
    </Stack>
  );
}

function ChangeRequestForm({ budget, onDone }: { budget: TProjectBudget; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const request = useRequestBudgetChange(budget.projectId);
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const items = budget.lines.flatMap((line) => {
    const typed = amounts[line.id];
    if (typed === undefined || typed.trim() === '') return [];
    return [{ lineId: line.id, fromCents: line.amountCents, toCents: parseEuroToCents(typed) }];
  });
  const invalid = items.some((item) => item.toCents === null);
  const changed = items.filter((item) => item.toCents !== null && item.toCents !== item.fromCents) as { lineId: string; fromCents: number; toCents: number }[];
  const delta = budgetChangeTotalDelta(changed);

  const submit = () => {
    setTouched(true);
    if (invalid || changed.length === 0 || !reason.trim()) return;
    request.mutate({ reason: reason.trim(), items: changed }, { onSuccess: () => (notifySuccess(t('budgets.changes.submitted')), onDone()) });
  };

  return (
    <Card withBorder component="form" onSubmit={(event) => (event.preventDefault(), submit())} aria-labelledby="budget-change-form">
      <Stack gap="sm">
        <Title order={4} id="budget-change-form" size="h5">
          {t('budgets.changes.new')}
        </Title>
        <Text size="sm">{t('budgets.changes.newIntro')}</Text>
        {request.isError ? <ProblemAlert error={request.error} /> : null}
        {budget.lines.map((line) => (
          <TextInput
            key={line.id}
            label={t('budgets.changes.newAmount', { line: line.description })}
            description={t('budgets.changes.current', { amount: euro(line.amountCents) })}
            inputMode="decimal"
            maxLength={20}
            value={amounts[line.id] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setAmounts((current) => ({ ...current, [line.id]: value }));
            }}
            error={touched && amounts[line.id] && parseEuroToCents(amounts[line.id]!) === null ? t('budgets.edit.invalidAmount') : undefined}
          />
        ))}
        <Text aria-live="polite" size="sm" fw={700}>
          {changed.length === 0 ? (touched ? t('budgets.changes.nothingChanged') : '') : delta === 0 ? t('budgets.changes.balanced') : t('budgets.changes.difference', { amount: euro(delta) })}
        </Text>
        <ReasonField label={t('budgets.changes.reason')} value={reason} onChange={setReason} touched={touched} />
        <CancelAndSave saveLabel={t('budgets.changes.submit')} pending={request.isPending} onCancel={onDone} />
      </Stack>
    </Card>
  );
}

function ChangeCard({ change, projectId }: { change: TBudgetChange; projectId: string }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const [asking, setAsking] = useState<TBudgetChangeAction | null>(null);

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Badge variant="light" color="dark">
            {t(`budgets.changes.status.${change.status}`)}
          </Badge>
          <Text size="sm">{t('budgets.changes.requestedBy', { name: change.requestedByName ?? '—', date: formatRigaDateTime(change.createdAt, locale) })}</Text>
        </Group>
        <Text>{change.reason}</Text>
        <Table.ScrollContainer minWidth={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('budgets.lines.line')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budgets.changes.from')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budgets.changes.to')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {change.items.map((item) => (
                <Table.Tr key={item.lineId}>
                  <Table.Th scope="row" fw={400}>
                    {item.description}
                  </Table.Th>
                  <Table.Td ta="right">{euro(item.fromCents)}</Table.Td>
                  <Table.Td ta="right">{euro(item.toCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {change.totalDeltaCents !== 0 && <Text size="sm">{t('budgets.changes.totalChange', { amount: euro(change.totalDeltaCents) })}</Text>}
        {change.decidedAt && <Text size="sm">{t('budgets.changes.decidedBy', { name: change.decidedByName ?? '—', date: formatRigaDateTime(change.decidedAt, locale) })}</Text>}
        {change.decisionComment && <Text size="sm">{t('budgets.changes.comment', { comment: change.decisionComment })}</Text>}
        {change.allowedActions.length > 0 && (
          <Group gap="xs">
            {change.allowedActions.map((action) => (
              <Button key={action} size="xs" variant={action === 'approve' ? 'filled' : 'default'} onClick={() => setAsking(action)}>
                {t(`budgets.changes.actions.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {asking && <DecisionDialog change={change} action={asking} projectId={projectId} onClose={() => setAsking(null)} />}
    </Card>
  );
}

function DecisionDialog({ change, action, projectId, onClose }: { change: TBudgetChange; action: TBudgetChangeAction; projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const transition = useBudgetChangeTransition(projectId);
  const [comment, setComment] = useState('');
  const [allowTotalChange, setAllowTotalChange] = useState(false);
  const [touched, setTouched] = useState(false);
  const needsComment = action === 'reject';
  const title = t(`budgets.changes.dialog.${action}Title`);

  const confirm = () => {
    setTouched(true);
    if (needsComment && !comment.trim()) return;
    transition.mutate(
      { changeId: change.id, body: { action, ...(comment.trim() ? { comment: comment.trim() } : {}), allowTotalChange } },
      { onSuccess: (result) => (notifySuccess(t('budgets.changes.done', { status: t(`budgets.changes.status.${result.status}`) })), onClose()) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {transition.isError ? <ProblemAlert error={transition.error} /> : null}
        {action === 'withdraw' ? (
          <Text>{t('budgets.changes.dialog.withdrawConfirm')}</Text>
        ) : (
          <Textarea
            label={t('budgets.changes.dialog.comment')}
            required={needsComment}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={touched && needsComment && !comment.trim() ? t('budgets.changes.dialog.commentRequired') : undefined}
            data-autofocus
          />
        )}
        {action === 'approve' && change.totalDeltaCents !== 0 && (
          <Checkbox label={t('budgets.changes.dialog.allowTotalChange')} checked={allowTotalChange} onChange={(event) => setAllowTotalChange(event.currentTarget.checked)} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={transition.isPending} onClick={confirm}>
            {t(`budgets.changes.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
