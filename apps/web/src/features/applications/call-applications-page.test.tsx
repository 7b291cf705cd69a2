// @vitest-environment jsdom
import { PROBLEM_TYPES } from '@kopa/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem, spyOnDownloads, setUpFakeApiTests } from '../../test/fake-exports-api';
import { renderInApp } from '../../test/render';
import { CallApplicationsPage } from './call-applications-page';

const CALL_ID = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';

setUpFakeApiTests();

describe('CallApplicationsPage exports', () => {
  it("asks for the filtered list (every page) with a POST and explains a 429 from the user's earlier exports", async () => {
    const sent = fakeApi((method, url) => {
      if (method === 'POST') return problem(PROBLEM_TYPES.rateLimited, 429);
      if (url === `/api/calls/${CALL_ID}`) return { id: CALL_ID, title: { lv: 'Kopienu iniciatīvas 2027', en: 'Community initiatives 2027' } };
      return undefined;
    });
    const downloads = spyOnDownloads();
    renderInApp(
      <CallApplicationsPage />,
      `/manage/calls/${CALL_ID}/applications?q=%C4%81bele&status=submitted&requestedMin=100&sort=requested&order=desc&page=2`,
      '/manage/calls/:callId/applications',
    );

    const csv = screen.getByRole('button', { name: 'Lejupielādēt sarakstu (CSV)' });
    expect(screen.getByRole('button', { name: 'Lejupielādēt sarakstu (XLSX)' })).toBeTruthy();
    await userEvent.setup().click(csv);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pieteikumu saraksts (CSV): datni neizdevās sagatavot');
    expect(alert.textContent).toContain('Vēl tiek sagatavotas iepriekš pieprasītās datnes (vienlaikus ne vairāk kā 3). Mēģiniet vēlreiz, kad tās būs gatavas.');
    expect(csv.getAttribute('aria-disabled')).toBeNull();
    expect(downloads).toEqual([]);
    // The list's filters and sort, not its page.
    expect(sent.filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        url: `/api/calls/${CALL_ID}/applications/export?q=%C4%81bele&status=submitted&requestedMin=10000&sort=requested&order=desc&format=csv`,
        csrf: 'csrf-token',
      },
    ]);
  });
});
