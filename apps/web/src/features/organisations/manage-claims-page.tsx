import { Button, Checkbox, Group, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { CLAIM_STATUSES, formatRigaDateTime, type TClaimResponse, type TClaimStatus } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useClaims, useDecideClaim } from './organisations.api';

/** Coordinators decide who may own an organisation whose number someone else registered. */
export function ManageClaimsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('organisations.claims.title'));
  const locale = intlLocaleOf(i18n.language);
  const [status, setStatus] = useState<TClaimStatus>('pending');
  const claims = useClaims(status);
  const decide = useDecideClaim();
  const [error, setError] = useState<unknown>(null);
  const [approving, setApproving] = useState<TClaimResponse | null>(null);

  const onDecide = (id: string, decision: 'approve' | 'reject', organisation: string, previousOwners?: 'demote' | 'remove') => {
    setError(null);
    setApproving(null);
    decide.mutate(
      { id, decision, previousOwners },
      {
        onSuccess: () =>
          notifySuccess(t(decision === 'approve' ? 'organisations.claims.approved' : 'organisations.claims.rejected', { organisation })),
        onError: setError,
      },
    );
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('organisations.claims.title')}</Title>
      <Text>{t('organisations.claims.intro')}</Text>
      <SegmentedControl
        aria-label={t('organisations.claims.filter')}
        value={status}
        onChange={(value) => setStatus(value as TClaimStatus)}
        data={CLAIM_STATUSES.map((value) => ({ value, label: t(`organisations.claimStatus.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {error != null && <ProblemAlert error={error} />}
      {claims.isPending ? (
        <PageLoader />
      ) : claims.isError ? (
        <ProblemAlert error={claims.error} />
      ) : claims.data.length === 0 ? (
        <Text>{t('organisations.claims.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t(`organisations.claimStatus.${status}`)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.claims.organisation')}</Table.Th>
                <Table.Th scope="col">{t('organisations.claims.claimant')}</Table.Th>
                <Table.Th scope="col">{t('organisations.claim.message')}</Table.Th>
                <Table.Th scope="col">{t('organisations.claims.filedAt')}</Table.Th>
                {status === 'pending' && <Table.Th scope="col">{t('organisations.members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claims.data.map((claim) => (
                <Table.Tr key={claim.id}>
                  <Table.Th scope="row" fw={400}>
                    {claim.organisationName}
                    <Text size="sm" c="dimmed">
                      {claim.registrationNumber}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {claim.claimantName}
                    <Text size="sm">{claim.claimantEmail}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{claim.message}</Table.Td>
                  <Table.Td>{formatRigaDateTime(claim.createdAt, locale)}</Table.Td>
                  {status === 'pending' && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          disabled={decide.isPending}
                          aria-label={t('organisations.claims.approveNamed', { name: claim.claimantName, organisation: claim.organisationName })}
                          onClick={() => setApproving(claim)}
                        >
                          {t('organisations.claims.approve')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          disabled={decide.isPending}
                          aria-label={t('organisations.claims.rejectNamed', { name: claim.claimantName, organisation: claim.organisationName })}
                          onClick={() => onDecide(claim.id, 'reject', claim.organisationName)}
                        >
                          {t('organisations.claims.reject')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {approving && (
        <ApproveClaimDialog
          claim={approving}
          onCancel={() => setApproving(null)}
          onConfirm={(previousOwners) => onDecide(approving.id, 'approve', approving.organisationName, previousOwners)}
        />
      )}
    </Stack>
  );
}

/**
 * Approving hands the organisation to the claimant. The current owners stay on as members
 * unless the coordinator, resolving a dispute, removes them outright (asked here, with its consequence).
 */
function ApproveClaimDialog({
  claim,
  onCancel,
  onConfirm,
}: {
  claim: TClaimResponse;
  onCancel: () => void;
  onConfirm: (previousOwners: 'demote' | 'remove') => void;
}) {
  const { t } = useTranslation();
  const [remove, setRemove] = useState(false);
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('organisations.claims.confirm.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Stack gap="md">
        <Text>{t('organisations.claims.confirm.body', { name: claim.claimantName, organisation: claim.organisationName })}</Text>
        <Checkbox
          label={t('organisations.claims.confirm.removePrevious')}
          description={t('organisations.claims.confirm.removePreviousHint')}
          checked={remove}
          onChange={(event) => setRemove(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('organisations.claims.confirm.cancel')}
          </Button>
          <Button color={remove ? 'red' : undefined} onClick={() => onConfirm(remove ? 'remove' : 'demote')}>
            {t(remove ? 'organisations.claims.confirm.approveAndRemove' : 'organisations.claims.approve')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
