import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ListPaginationProps = {
  /** How many rows the whole filtered list holds (the API's `total`). */
  total: number;
  pageSize: number;
  /** The current page, counted from 1. */
  page: number;
  onChange: (page: number) => void;
  /** What the pages are of, for screen readers (e.g. "Pages of the application list"). */
  label?: string;
};

/**
 * The page links under every paged list, so that each list names its pages and controls
 * the same way for assistive technology. Renders nothing when everything fits on one page.
 */
export function ListPagination({ total, pageSize, page, onChange, label }: ListPaginationProps) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Pagination
      component="nav"
      aria-label={label ?? t('pagination.label')}
      total={pages}
      value={Math.min(page, pages)}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
    />
  );
}
