import { buildCall, type Call } from '../../fixtures/api';
import { formatRiga, rigaLocalToInstant, rigaLocalDaysFromNow } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

test('a visitor finds a published call in Latvian, reads it in English, and never sees drafts', async ({
  page,
  coordinatorApi,
}) => {
  // 14:30 in Riga is 07:30 in the visitor's New York: only Riga time reads "14:30".
  const closesAt = rigaLocalToInstant(rigaLocalDaysFromNow(12, 14, 30));
  const published: Call = await coordinatorApi.publishCall(
    await coordinatorApi.createCall(
      await buildCall(coordinatorApi, {
        closesAt: closesAt.toISOString(),
        description: {
          lv: 'Atbalsts kopienu iniciatīvām Latgalē: talkas, darbnīcas un kaimiņu svētki.',
          en: 'Support for community initiatives in Latgale: clean-ups, workshops and neighbourhood festivals.',
        },
      }),
    ),
  );
  const draft: Call = await coordinatorApi.createCall(await buildCall(coordinatorApi));

  await test.step('the public list in Latvian shows the call with its Riga deadline', async () => {
    await page.goto('/');
    await expectNoSeriousA11yViolations(page, 'home (visitor)');
    await page
      .getByRole('navigation', { name: 'Galvenā navigācija' })
      .getByRole('link', { name: 'Konkursi', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Atvērtie konkursi' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');

    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: published.title.lv }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText(formatRiga(closesAt, 'lv'));
    await expect(card).toContainText('(Rīgas laiks)');
    await expect(card.getByText(/^Līdz termiņa beigām: 1[12] dien/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'public calls (lv)');
  });

  await test.step('a draft is not listed', async () => {
    await expect(page.getByRole('link', { name: draft.title.lv })).toHaveCount(0);
  });

  await test.step('opens the call and reads it in Latvian', async () => {
    await page.getByRole('link', { name: published.title.lv }).click();
    await expect(page.getByRole('heading', { level: 1, name: published.title.lv })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(published.description.lv);
    await expect(page.getByRole('main')).toContainText(formatRiga(closesAt, 'lv'));
    await expectNoSeriousA11yViolations(page, 'public call (lv)');
  });

  await test.step('switches to English', async () => {
    await page.getByRole('group', { name: 'Valoda' }).getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: published.title.en })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    const main = page.getByRole('main');
    await expect(main).toContainText(published.description.en);
    await expect(main).not.toContainText(published.description.lv);
    await expect(main).toContainText(formatRiga(closesAt, 'en'));
    await expect(main.getByText(/^Closes in 1[12] days?/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'public call (en)');
  });

  await test.step('the other language stays readable under the pointer', async () => {
    // The header reflows after the switch and the pointer ends up on "Latviešu": its hover
    // state is what the person who just clicked actually sees.
    await expectNoSeriousA11yViolations(page, 'language switcher, "Latviešu" hovered', {
      include: '[role="group"][aria-label="Language"]',
      hovering: page.getByRole('button', { name: 'Latviešu' }),
    });
  });

  await test.step('the English list shows the English title and still no draft', async () => {
    await page.getByRole('link', { name: 'Back to all calls' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open calls' })).toBeVisible();
    await expect(page.getByRole('link', { name: published.title.en })).toBeVisible();
    await expect(page.getByRole('link', { name: draft.title.en })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'public calls (en)');
  });

  await test.step('the draft cannot be opened by its address either', async () => {
    await page.goto(`/calls/${draft.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Call not found' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(draft.title.en);
    await expectNoSeriousA11yViolations(page, 'draft call by address (en)');
  });
});
