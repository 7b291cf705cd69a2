import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../lib/use-page-title';

/** The narrow, single-purpose frame of the sign-in pages: one h1, one task. */
export function AuthPageLayout({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack maw={480} mx="auto" gap="lg">
      <Title order={1}>{title}</Title>
      <Paper withBorder p="lg">
        {children}
      </Paper>
    </Stack>
  );
}
