import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useMyProjects } from './projects.api';
import { ProjectsTable } from './projects-table';

const PAGE_SIZE = 25;

/** `/projects`: the funded projects of the organisations the user belongs to. */
export function MyProjectsPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.mine.title'));
  const [page, setPage] = useState(1);
  const projects = useMyProjects(page);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('projects.mine.title')}</Title>
      {projects.isPending ? (
        <PageLoader />
      ) : projects.isError ? (
        <ProblemAlert error={projects.error} />
      ) : projects.data.total === 0 ? (
        <Text>{t('projects.mine.empty')}</Text>
      ) : (
        <>
          <ProjectsTable items={projects.data.items} caption={t('projects.mine.title')} linkTo={(id) => `/projects/${id}`} showNextReport />
          <ListPagination total={projects.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
