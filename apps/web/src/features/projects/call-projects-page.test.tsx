// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EXPORT_ID, exportReads, fakeApi, readyExport, spyOnDownloads, tableExport, setUpFakeApiTests } from '../../test/fake-exports-api';
import { renderInApp } from '../../test/render';
import { CallProjectsPage } from './call-projects-page';

const CALL_ID = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';

setUpFakeApiTests();

describe('CallProjectsPage exports', () => {
  it("asks for the file of exactly the list's filters with a POST, follows it, and downloads it when ready", async () => {
    const read = exportReads(tableExport({ kind: 'payments', format: 'xlsx', status: 'running' }), readyExport({ kind: 'payments', format: 'xlsx', fileName: 'maksajuma-dalas.xlsx' }));
    const sent = fakeApi((method, url) => (method === 'POST' ? tableExport({ kind: 'payments', format: 'xlsx' }) : url.startsWith('/api/exports/') ? read() : undefined));
    const downloads = spyOnDownloads();
    renderInApp(<CallProjectsPage />, `/manage/calls/${CALL_ID}/projects?status=active&paymentDue=true`, '/manage/calls/:callId/projects');

    // Six buttons, named as the links were.
    for (const table of ['Projekti', 'Maksājuma daļas', 'Pārskati']) {
      for (const format of ['CSV', 'XLSX']) expect(screen.getByRole('button', { name: `${table} (${format})` })).toBeTruthy();
    }
    expect(screen.queryByRole('link', { name: /\((CSV|XLSX)\)$/ })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Maksājuma daļas (XLSX)' }));
    expect(await screen.findByText('Maksājuma daļas (XLSX): sagatavo datni…')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'maksajuma-dalas.xlsx (1,5 kB)' }, { timeout: 4_000 });
    expect(link.getAttribute('href')).toBe(`/api/exports/${EXPORT_ID}/file`);
    expect(downloads).toEqual([`/api/exports/${EXPORT_ID}/file`]);

    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', url: `/api/calls/${CALL_ID}/projects/payments/export?format=xlsx&status=active&paymentDue=true`, csrf: 'csrf-token' },
    ]);
    expect(sent.filter((request) => request.url === `/api/exports/${EXPORT_ID}`).length).toBeGreaterThanOrEqual(2);
  });
});
