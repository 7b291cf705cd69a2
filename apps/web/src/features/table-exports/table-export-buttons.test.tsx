// @vitest-environment jsdom
import { PROBLEM_TYPES } from '@kopa/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n/i18n';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_ID, exportReads, fakeApi, problem, readyExport, spyOnDownloads, tableExport, setUpFakeApiTests } from '../../test/fake-exports-api';
import { renderInApp } from '../../test/render';
import { TableExportButtons } from './table-export-buttons';

const CSV_URL = '/api/calls/c1/projects/export?format=csv&status=active';
const items = [
  { label: 'Projekti (CSV)', url: CSV_URL },
  { label: 'Projekti (XLSX)', url: '/api/calls/c1/projects/export?format=xlsx&status=active' },
];
// One poll is about a second; a few, with room for a slow machine.
const POLLED = { timeout: 4_000 };

setUpFakeApiTests();
beforeEach(() => i18n.changeLanguage('lv'));

describe('TableExportButtons', () => {
  it('asks for the export with a POST, says it is being prepared, polls, then downloads the file and offers it again', async () => {
    const read = exportReads(tableExport({ status: 'running' }), readyExport());
    const sent = fakeApi((method, url) => (method === 'POST' ? tableExport() : url === `/api/exports/${EXPORT_ID}` ? read() : undefined));
    const downloads = spyOnDownloads();
    const user = userEvent.setup();
    renderInApp(<TableExportButtons items={items} />);

    const button = screen.getByRole('button', { name: 'Projekti (CSV)' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(button);

    expect(await screen.findByText('Projekti (CSV): sagatavo datni…')).toBeTruthy();
    expect(status.textContent).toContain('sagatavo datni…');
    // Refuses a second click but keeps the focus (no `disabled`, which would drop it).
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(button);
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Projekti (XLSX)' }).getAttribute('aria-disabled')).toBeNull();

    const again = await screen.findByRole('link', { name: 'projekti.csv (1,5 kB)' }, POLLED);
    expect(again.getAttribute('href')).toBe(`/api/exports/${EXPORT_ID}/file`);
    expect(status.textContent).toBe(
      'Projekti (CSV): datne sagatavota, lejupielāde sākta. Lejupielādēt vēlreiz: projekti.csv (1,5 kB). Lejupielādes termiņš: 2027. gada 2. marts 10:00.',
    );
    expect(downloads).toEqual([`/api/exports/${EXPORT_ID}/file`]);
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(button);

    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts).toEqual([{ method: 'POST', url: CSV_URL, csrf: 'csrf-token' }]);
    const reads = sent.filter((request) => request.method === 'GET');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((request) => request.url === `/api/exports/${EXPORT_ID}`)).toBe(true);
  });

  it('downloads once, and stops polling, when the file is ready', async () => {
    const sent = fakeApi((method) => (method === 'POST' ? tableExport() : readyExport()));
    const downloads = spyOnDownloads();
    renderInApp(<TableExportButtons items={items} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Projekti (CSV)' }));
    await screen.findByRole('link', { name: 'projekti.csv (1,5 kB)' }, POLLED);
    const reads = sent.filter((request) => request.method === 'GET').length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sent.filter((request) => request.method === 'GET').length).toBe(reads);
    expect(downloads).toHaveLength(1);
  });

  it('explains a 429: earlier exports are still being prepared', async () => {
    fakeApi((method) => (method === 'POST' ? problem(PROBLEM_TYPES.rateLimited, 429) : undefined));
    const downloads = spyOnDownloads();
    renderInApp(<TableExportButtons items={[{ label: 'Lejupielādēt sarakstu (CSV)', name: 'Pieteikumu saraksts (CSV)', url: CSV_URL }]} />);
    const button = screen.getByRole('button', { name: 'Lejupielādēt sarakstu (CSV)' });
    await userEvent.setup().click(button);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Pieteikumu saraksts (CSV): datni neizdevās sagatavotVēl tiek sagatavotas iepriekš pieprasītās datnes (vienlaikus ne vairāk kā 3). Mēģiniet vēlreiz, kad tās būs gatavas.',
    );
    expect(screen.getByRole('status').textContent).toBe('');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(downloads).toEqual([]);
  });

  it('says so when the worker could not write the file, and lets the person try again', async () => {
    const read = exportReads(tableExport({ status: 'failed', finishedAt: '2027-03-01T08:00:02.000Z' }));
    const sent = fakeApi((method) => (method === 'POST' ? tableExport() : read()));
    renderInApp(<TableExportButtons items={items} />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Projekti (CSV)' });
    await user.click(button);

    const alert = await screen.findByRole('alert', {}, POLLED);
    expect(alert.textContent).toBe('Projekti (CSV): datni neizdevās sagatavotRakstot datni, radās kļūda. Mēģiniet vēlreiz.');
    expect(screen.queryByRole('link')).toBeNull();
    expect(button.getAttribute('aria-disabled')).toBeNull();

    await user.click(button);
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toHaveLength(2));
  });

  it('shows a failed read of the export as the problem it is (e.g. 404)', async () => {
    fakeApi((method) => (method === 'POST' ? tableExport() : problem(PROBLEM_TYPES.notFound, 404)));
    renderInApp(<TableExportButtons items={items} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Projekti (CSV)' }));
    const alert = await screen.findByRole('alert', {}, POLLED);
    expect(alert.textContent).toContain('Projekti (CSV): datni neizdevās sagatavot');
    expect(alert.textContent).toContain(i18n.t('problems.notFound'));
  });

  it('speaks English too, with the expiry in Riga time', async () => {
    await i18n.changeLanguage('en');
    fakeApi((method) => (method === 'POST' ? tableExport() : readyExport({ fileName: 'projects.xlsx', sizeBytes: 2 * 1024 * 1024, format: 'xlsx' })));
    spyOnDownloads();
    renderInApp(<TableExportButtons items={[{ label: 'Projects (XLSX)', url: '/api/calls/c1/projects/export?format=xlsx' }]} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Projects (XLSX)' }));
    expect(await screen.findByText('Projects (XLSX): preparing the file…')).toBeTruthy();
    await screen.findByRole('link', { name: 'projects.xlsx (2 MB)' }, POLLED);
    expect(screen.getByRole('status').textContent).toBe(
      'Projects (XLSX): the file is ready and its download has started. Download again: projects.xlsx (2 MB). Available until 2 March 2027 at 10:00.',
    );
  });
});
