import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { formatCalendarDate, formatEuroCents, type TProjectListItem } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocaleOf } from '../../i18n/languages';
import { ProjectStatusBadge } from './project-status-badge';

/** One row per funded project; the agreement number opens the project. Grantees also see the next report they owe. */
export function ProjectsTable({
  items,
  caption,
  linkTo,
  showNextReport = false,
}: {
  items: TProjectListItem[];
  caption: string;
  linkTo: (id: string) => string;
  showNextReport?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  return (
    <Table.ScrollContainer minWidth={760} type="native" role="region" aria-label={caption} tabIndex={0}>
      <Table striped>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.table.agreementNumber')}</Table.Th>
            <Table.Th scope="col">{t('projects.table.project')}</Table.Th>
            <Table.Th scope="col">{t('projects.table.organisation')}</Table.Th>
            <Table.Th scope="col">{t('projects.table.status')}</Table.Th>
            {showNextReport && <Table.Th scope="col">{t('projects.table.nextReport')}</Table.Th>}
            <Table.Th scope="col" ta="right">
              {t('projects.table.awarded')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('projects.table.paid')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('projects.totals.outstandingLabel')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={linkTo(item.id)}>
                  {item.agreementNumber}
                </Anchor>
              </Table.Th>
              <Table.Td>{item.projectTitle ?? '—'}</Table.Td>
              <Table.Td>{item.organisationName}</Table.Td>
              <Table.Td>
                <ProjectStatusBadge status={item.status} />
              </Table.Td>
              {showNextReport && (
                <Table.Td>
                  {item.nextReport ? (
                    <Anchor component={Link} to={`${linkTo(item.id)}/reports/${item.nextReport.id}`}>
                      {t(`reports.kind.${item.nextReport.kind}`)}
                      {item.nextReport.dueDate ? ` · ${formatCalendarDate(item.nextReport.dueDate, locale)}` : ''}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              )}
              <Table.Td ta="right">{formatEuroCents(item.awardedCents, locale)}</Table.Td>
              <Table.Td ta="right">{formatEuroCents(item.paidCents, locale)}</Table.Td>
              <Table.Td ta="right">{formatEuroCents(item.awardedCents - item.paidCents, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
