import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled region of the account page (h2, labelled for landmark navigation). */
interface AccountSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

export function AccountSection({ id, title, children }: AccountSectionProps) {
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={`${id}-heading`}>
      <Stack gap="md">
        <Title order={2} size="h3" id={`${id}-heading`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
