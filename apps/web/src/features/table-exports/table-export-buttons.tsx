import { Anchor, Box, Button, Group, Loader, Stack, Text, type MantineSize } from '@mantine/core';
import { EXPORTS_IN_PROGRESS_PER_USER, formatRigaDateTime, PROBLEM_TYPES, type TTableExport } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { isApiProblem } from '../../lib/api-problem';
import { formatBytes } from '../../lib/format-bytes';
import { problemMessageKey } from '../../lib/problem-message';
import { useTableExportRuns, type TableExportView } from './use-table-export-runs';

export interface TableExportItem {
  /** The button's text, e.g. "Projekti (CSV)"; also what tells the buttons apart. */
  label: string;
  /** The export address with the list's filters, from the feature's helper (e.g. `callProjectsExportUrl`). */
  url: string;
  /** What the file holds, in the messages about it, when the label is a command ("Lejupielādēt sarakstu (CSV)"); the label otherwise. */
  name?: string;
}

interface TableExportButtonsProps {
  items: readonly TableExportItem[];
  size?: MantineSize;
}

/**
 * Buttons that ask for list exports (CSV, XLSX), which the worker writes in the background. While
 * an export is prepared its button stays focusable but refuses clicks (aria-disabled), and a
 * polite live region says so; once the file is ready it is downloaded automatically, and the
 * region offers it again with its size and until when it is kept. A refusal or a failure is an alert.
 */
export function TableExportButtons({ items, size = 'sm' }: TableExportButtonsProps) {
  const { t } = useTranslation();
  const { views, start } = useTableExportRuns();
  const shown = items.flatMap((item) => {
    const view = views.get(item.label);
    return view ? [{ name: item.name ?? item.label, view }] : [];
  });
  const statuses = shown.filter(({ view }) => view.state !== 'error' && view.state !== 'failed');

  return (
    <Box>
      <Group gap="sm">
        {items.map((item) => {
          const busy = views.get(item.label)?.state === 'preparing';
          return (
            <Button
              key={item.label}
              variant="default"
              size={size}
              // Not `disabled`: that would drop the keyboard focus while the file is prepared.
              aria-disabled={busy || undefined}
              data-disabled={busy || undefined}
              leftSection={busy ? <Loader size="xs" aria-hidden /> : undefined}
              onClick={() => {
                if (!busy) void start(item.label, item.url);
              }}
            >
              {item.label}
            </Button>
          );
        })}
      </Group>
      {/* Always in the page, so assistive technology hears what is added to it; each line is replaced whole when its state changes. */}
      <Stack role="status" aria-live="polite" aria-atomic="false" gap={4} mt={statuses.length > 0 ? 'xs' : 0}>
        {statuses.map(({ name, view }) => (
          <Text key={`${name}-${view.state}`} size="sm">
            {view.state === 'preparing' ? t('tableExports.preparing', { name }) : view.state === 'ready' ? <ReadyText name={name} record={view.record} /> : t('tableExports.expired', { name })}
          </Text>
        ))}
      </Stack>
      {shown.map(({ name, view }) =>
        view.state === 'error' || view.state === 'failed' ? (
          <Notice key={`${name}-${view.state}`} color="red" role="alert" mt="xs" title={t('tableExports.errorTitle', { name })}>
            <ErrorText view={view} />
          </Notice>
        ) : null,
      )}
    </Box>
  );
}

function ReadyText({ name, record }: { name: string; record: TTableExport }) {
  const { t, i18n } = useTranslation();
  const size = record.sizeBytes === null ? '' : ` (${formatBytes(record.sizeBytes, i18n.language)})`;
  return (
    <>
      {t('tableExports.ready', { name })}
      {record.downloadUrl && (
        <>
          {' '}
          {t('tableExports.downloadAgain')}{' '}
          <Anchor href={record.downloadUrl} download size="sm">
            {(record.fileName ?? t('tableExports.file')) + size}
          </Anchor>
          .
        </>
      )}
      {record.expiresAt && <> {t('tableExports.expiresAt', { expiresAt: formatRigaDateTime(record.expiresAt, i18n.language) })}</>}
    </>
  );
}

/** Why no file came: the worker failed, earlier exports still fill the user's quota, or the request failed. */
function ErrorText({ view }: { view: Extract<TableExportView, { state: 'error' | 'failed' }> }) {
  const { t } = useTranslation();
  let text: string;
  if (view.state === 'failed') text = t('tableExports.failed');
  else if (isApiProblem(view.error) && view.error.is(PROBLEM_TYPES.rateLimited)) text = t('tableExports.tooMany', { limit: EXPORTS_IN_PROGRESS_PER_USER });
  else text = t(problemMessageKey(view.error));
  return <Text size="sm">{text}</Text>;
}
