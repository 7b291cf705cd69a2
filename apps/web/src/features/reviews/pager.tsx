import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Previous / next for a server-paged list; hidden when everything fits on one page. */
export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group gap="sm" component="nav" aria-label={t('review.pager.page', { page, pages })}>
      <Button variant="default" size="compact-md" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('review.pager.previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('review.pager.page', { page, pages })}
      </Text>
      <Button variant="default" size="compact-md" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('review.pager.next')}
      </Button>
    </Group>
  );
}
