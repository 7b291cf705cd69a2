import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLES, type TRole } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useAdminUsers } from './admin.api';
import { ListPagination } from '../../components/list-pagination';

const PAGE_SIZE = 20;

/** `/admin`: find an account by e-mail or name, filter by role and state. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const [role, setRole] = useState<TRole | null>(null);
  const [status, setStatus] = useState<'active' | 'deactivated' | null>(null);
  const [page, setPage] = useState(1);
  const users = useAdminUsers({ q: search, role: role ?? undefined, status: status ?? undefined, page, pageSize: PAGE_SIZE });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.users.title')}</Title>
      <Group align="end" gap="md" wrap="wrap">
        <TextInput
          label={t('admin.users.search')}
          value={q}
          maxLength={200}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('admin.users.role')}
          data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          value={role}
          onChange={(value) => {
            setRole(value as TRole | null);
            setPage(1);
          }}
          clearable
          placeholder={t('admin.users.anyRole')}
        />
        <Select
          label={t('admin.users.state')}
          data={[
            { value: 'active', label: t('admin.users.active') },
            { value: 'deactivated', label: t('admin.users.deactivated') },
          ]}
          value={status}
          onChange={(value) => {
            setStatus(value as 'active' | 'deactivated' | null);
            setPage(1);
          }}
          clearable
          placeholder={t('admin.users.anyState')}
        />
      </Group>
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <ProblemAlert error={users.error} />
      ) : (
        <>
          <Text role="status">{t('admin.users.found', { count: users.data.total })}</Text>
          <Table.ScrollContainer minWidth={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.users.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.email')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.roles')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/admin/users/${user.id}`} fw={600}>
                        {user.displayName}
                      </Anchor>
                      {user.deactivatedAt && (
                        <Badge ml="xs" color="gray.8" variant="filled">
                          {t('admin.users.deactivated')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{user.email}</Table.Td>
                    <Table.Td>{user.roles.map((held) => t(`role.${held}`)).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination total={users.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
