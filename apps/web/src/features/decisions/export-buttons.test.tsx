// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportReads, fakeApi, spyOnDownloads, tableExport, setUpFakeApiTests } from '../../test/fake-exports-api';
import { renderInApp } from '../../test/render';
import { ExportButtons } from './export-buttons';

const CALL_ID = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';

setUpFakeApiTests();

describe('decisions ExportButtons', () => {
  it('asks for the decision list with a POST, polls it, and says so when the worker could not write it', async () => {
    const read = exportReads(tableExport({ kind: 'decisions', format: 'xlsx', status: 'running' }), tableExport({ kind: 'decisions', format: 'xlsx', status: 'failed' }));
    const sent = fakeApi((method) => (method === 'POST' ? tableExport({ kind: 'decisions', format: 'xlsx' }) : read()));
    const downloads = spyOnDownloads();
    renderInApp(<ExportButtons callId={CALL_ID} />);

    const section = screen.getByRole('region', { name: 'Eksports' });
    expect(within(section).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Vērtējumu tabula (CSV)',
      'Vērtējumu tabula (XLSX)',
      'Lēmumu saraksts (CSV)',
      'Lēmumu saraksts (XLSX)',
    ]);
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Lēmumu saraksts (XLSX)' }));

    const alert = await within(section).findByRole('alert', {}, { timeout: 4_000 });
    expect(alert.textContent).toBe('Lēmumu saraksts (XLSX): datni neizdevās sagatavotRakstot datni, radās kļūda. Mēģiniet vēlreiz.');
    expect(downloads).toEqual([]);
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.url)).toEqual([`/api/calls/${CALL_ID}/exports/decisions?format=xlsx`]);
    expect(sent.filter((request) => request.method === 'GET').length).toBeGreaterThanOrEqual(2);
  });
});
