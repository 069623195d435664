import { expect, test } from './extension';

test.describe('the welcome page on first run', () => {
  test.use({ keepWelcome: true });

  test('opens once on install, says what it does and where it is, and keeps the user’s own addresses', async ({
    welcomePage,
    context,
    extensionId,
  }) => {
    await expect(welcomePage.getByRole('heading', { level: 1 })).toHaveText('Welcome to 1:1 Companion');
    await expect(welcomePage.getByText('Your notes never leave this computer')).toBeVisible();
    for (const place of ['The calendar panel', 'The toolbar popup', 'The side panel']) {
      await expect(welcomePage.getByRole('term').filter({ hasText: place })).toBeVisible();
    }
    const addresses = welcomePage.getByRole('textbox', { name: 'Your email addresses, one per line' });
    await addresses.fill('alex.kim@northwind.example\nAlex at home');
    await welcomePage.getByRole('button', { name: 'Save addresses' }).click();
    await expect(welcomePage.getByRole('status')).toHaveText('“Alex” is not an email address. Nothing was saved.');
    await expect(addresses).toHaveAttribute('aria-invalid', 'true');
    await addresses.fill('alex.kim@northwind.example\nAlex@Home.example');
    await welcomePage.getByRole('button', { name: 'Save addresses' }).click();
    await expect(welcomePage.getByRole('status')).toHaveText('Saved.');
    await expect(addresses).toHaveValue('alex.kim@northwind.example\nalex@home.example');

    // The options page keeps them, and the welcome page never opens again in this profile.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('textbox', { name: 'Your email addresses, one per line' })).toHaveValue(
      'alex.kim@northwind.example\nalex@home.example',
    );
    expect(context.pages().filter((page) => page.url().endsWith('/welcome.html'))).toHaveLength(1);
  });

  test('is reachable by keyboard alone, with a visible focus', async ({ welcomePage }) => {
    await welcomePage.bringToFront();
    await expect(welcomePage.getByRole('heading', { level: 1 })).toBeVisible();
    await welcomePage.keyboard.press('Tab');
    const focused = welcomePage.locator(':focus');
    await expect(focused).toHaveRole('textbox');
    await welcomePage.keyboard.type('alex@home.example');
    await welcomePage.keyboard.press('Tab');
    await expect(focused).toHaveText('Save addresses');
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await welcomePage.keyboard.press('Enter');
    await expect(welcomePage.getByRole('status')).toHaveText('Saved.');
  });
});
