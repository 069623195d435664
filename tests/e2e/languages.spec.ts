/**
 * The extension in the manager's own language (issue 24): Chromium started in German and in
 * Japanese (its own interface language, so chrome.i18n serves that catalogue) shows the
 * panel, the delete warning, the popup, the options and the people page in it, questions included,
 * with nothing cut off or pushed sideways by long German words or Japanese text; axe finds
 * nothing serious in either. And in an English browser, one person's questions and recap
 * follow the language set for them in the panel.
 * Screenshots: test-results/screenshots/language-*.png.
 */
import type { Frame, Page } from '@playwright/test';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { WarningDialog } from './closed-shadow';
import { expectNoSeriousViolations } from './axe';
import { dockedPanelUrl, expect, expectDock, openEvent, panel, test } from './extension';

type Messages = Record<string, { message: string }>;
const catalogue = async (folder: string) => generateChromeMessages(await parseMessagesFile(`components/locales/${folder}.yml`)) as Messages;

/** A built-in question's text in a catalogue, by the question's id ("near-new-joiner" → questionText_nearNewJoiner). */
function questionIn(messages: Messages, id: string): string {
  const key = `questionText_${id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  const text = messages[key]?.message;
  if (!text) throw new Error(`no ${key} in the catalogue`);
  return text;
}

const shot = (name: string) => `test-results/screenshots/language-${name}.png`;

/**
 * What does not fit: the page scrolling sideways, or a control, heading, cell or line of text
 * that ends past the window or whose text is clipped by its own box.
 */
function overflowing(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    const name = (element: Element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, a, label, summary, h1, h2, h3, th, td, select, p, li, legend, span',
    )) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1) found.push(`${name(element)} ends at ${Math.round(box.right)}, past ${width}`);
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1)
        found.push(`${name(element)} is cut (${element.scrollWidth} > ${element.clientWidth})`);
    }
    // A one-line field's placeholder that does not fit its box is cut off mid-word.
    const ruler = document.createElement('canvas').getContext('2d');
    for (const field of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!ruler || field.value || field.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(field);
      ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (ruler.measureText(field.placeholder).width > room + 1) found.push(`the placeholder “${field.placeholder}” is cut`);
    }
    return found;
  });
}

async function suggestedQuestions(frame: Frame | Page, label: string) {
  const items = frame.getByRole('list', { name: label }).locator('li');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((rows) =>
    rows.map((row) => ({ id: row.getAttribute('data-question-id') ?? '', text: row.querySelector('label span')?.textContent ?? '' })),
  );
}

interface Words {
  folder: string;
  commitments: string;
  newCommitment: string;
  whose: string;
  addCommitment: string;
  notes: RegExp;
  saved: string;
  questions: string;
  warningHeading: string;
  warningFirst: string;
  keep: string;
  openCommitments: string;
  optionsQuestions: string;
  team: string;
  commitment: string;
}

const GERMAN: Words = {
  folder: 'de',
  commitments: 'Zusagen',
  newCommitment: 'Neue Zusage',
  whose: 'Wessen Zusage',
  addCommitment: 'Zusage hinzufügen',
  notes: /^Notizen · Do\., 12\. März 2026/,
  saved: 'Gespeichert',
  questions: 'Vorgeschlagene Fragen',
  warningHeading: 'Dein 1:1 mit Priya Natarajan absagen?',
  warningFirst: 'Du hattest noch kein 1:1 mit Priya.',
  keep: 'Behalten',
  openCommitments: 'Offene Zusagen',
  optionsQuestions: 'Fragen',
  team: 'Das Team auf einen Blick',
  commitment: 'Sam die Beförderungskriterien und den Entwicklungsrahmen schicken',
};

const JAPANESE: Words = {
  folder: 'ja',
  commitments: '約束',
  newCommitment: '新しい約束',
  whose: '誰の約束か',
  addCommitment: '約束を追加',
  notes: /^メモ · 2026\/03\/12\(木\)/,
  saved: '保存済み',
  questions: 'おすすめの問い',
  warningHeading: 'Priya Natarajanさんとの1on1を取りやめますか？',
  warningFirst: 'Priyaさんとの1on1はまだありません。',
  keep: '残す',
  openCommitments: '未完了の約束',
  optionsQuestions: '問い',
  team: 'チームの全体像',
  commitment: '昇格の基準と成長の枠組みをSamさんに送る',
};

/** The same words from a catalogue, for the languages run for layout only (French, Spanish, Brazilian Portuguese). */
function wordsOf(folder: string, messages: Messages, commitment: string): Words {
  const say = (name: string, values: Record<string, string> = {}) =>
    (messages[name]?.message ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    folder,
    commitments: say('commitments_heading'),
    newCommitment: say('commitments_new'),
    whose: say('commitments_whose'),
    addCommitment: say('commitments_add'),
    notes: new RegExp(`^${escape(say('notes_label').split('{day}')[0] ?? '')}`),
    saved: say('save_saved'),
    questions: say('focus_questions'),
    warningHeading: say('warning_titleOne', { name: 'Priya Natarajan' }),
    warningFirst: say('warning_notMetYet', { first: 'Priya' }),
    keep: say('warning_keep'),
    openCommitments: say('popup_openList'),
    optionsQuestions: say('bank_heading'),
    team: say('rhythm_team'),
    commitment,
  };
}

const NAMES: Record<string, string> = { de: 'German', ja: 'Japanese', fr: 'French', es: 'Spanish', 'pt-BR': 'Brazilian Portuguese' };
const RUNS: (Words | { folder: string; language: string; commitment: string })[] = [
  GERMAN,
  JAPANESE,
  { folder: 'fr', language: 'fr', commitment: 'Envoyer à Sam les critères de promotion et le cadre de progression' },
  { folder: 'es', language: 'es', commitment: 'Enviar a Sam los criterios de promoción y el marco de crecimiento' },
  { folder: 'pt_BR', language: 'pt-BR', commitment: 'Enviar para Sam os critérios de promoção e a trilha de crescimento' },
];

for (const run of RUNS) {
  const language = 'language' in run ? run.language : run.folder;
  test.describe(`a browser in ${NAMES[language]}`, () => {
    test.use({ language });

    test('the panel, the delete warning, the popup, the options and the people page speak it (and the welcome page), and nothing is cut off', async ({
      calendar,
      context,
      extensionId,
    }) => {
      const messages = await catalogue(run.folder);
      const words = 'language' in run ? wordsOf(run.folder, messages, run.commitment) : run;
      await openEvent(calendar, 'Alex / Sam 1:1', 1);
      const frame = await panel(calendar);
      const commitments = frame.getByRole('region', { name: words.commitments });
      await commitments.getByRole('textbox', { name: words.newCommitment }).fill(words.commitment);
      await commitments.getByRole('combobox', { name: words.whose }).selectOption('me');
      await commitments.getByRole('button', { name: words.addCommitment }).click();
      await expect(commitments.getByText(words.commitment)).toBeVisible();
      await frame.getByRole('textbox', { name: words.notes }).fill(words.folder === 'de' ? 'Energie: gut.' : '調子：良い。');
      await expect(frame.getByTestId('save-state')).toHaveText(words.saved);
      // The questions are the language's own, each the catalogue's text for its id.
      const questions = await suggestedQuestions(frame, words.questions);
      expect(questions.length).toBeGreaterThanOrEqual(3);
      for (const question of questions) expect(question.text).toBe(questionIn(messages, question.id));
      expect(await overflowing(frame)).toEqual([]);
      await calendar.screenshot({ path: shot(`${words.folder}-panel`) });

      await openEvent(calendar, '1:1 Alex / Priya');
      await expectDock(calendar, 'shown');
      await calendar.locator('#xDetDlgDelBu').click();
      const warning = new WarningDialog(calendar);
      await warning.expectHeading(words.warningHeading);
      await warning.expectText(words.warningFirst);
      await calendar.screenshot({ path: shot(`${words.folder}-warning`) });
      await warning.button(words.keep).click();
      await warning.expectGone();

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByRole('list', { name: words.openCommitments })).toContainText(words.commitment);
      expect(await overflowing(popup)).toEqual([]);
      await popup.screenshot({ path: shot(`${words.folder}-popup`) });

      const options = await context.newPage();
      await options.setViewportSize({ width: 1000, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByRole('heading', { name: words.optionsQuestions, exact: true })).toBeVisible();
      await expect(options.getByText(questionIn(messages, 'present-on-your-mind')).first()).toBeVisible();
      expect(await overflowing(options)).toEqual([]);
      await options.screenshot({ path: shot(`${words.folder}-options`) });

      const people = await context.newPage();
      await people.setViewportSize({ width: 1100, height: 760 });
      await people.goto(`chrome-extension://${extensionId}/people.html`);
      await expect(people.getByRole('region', { name: words.team }).getByRole('row')).not.toHaveCount(0);
      expect(await overflowing(people)).toEqual([]);
      await people.screenshot({ path: shot(`${words.folder}-people`) });

      const welcome = await context.newPage();
      await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(messages.welcome_title?.message ?? '');
      expect(await overflowing(welcome)).toEqual([]);
    });

    // axe in German and Japanese: the longest words and another script.
    if (!('language' in run))
      test('axe finds no serious violation in the panel, the popup and the options page', async ({ calendar, context, extensionId }) => {
        await openEvent(calendar, 'Alex / Sam 1:1', 1);
        const panelPage = await context.newPage();
        await panelPage.goto(await dockedPanelUrl(calendar));
        await expect(panelPage.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
        await expect(panelPage.locator('html')).toHaveAttribute('lang', language);
        await expectNoSeriousViolations(panelPage);
        for (const path of ['popup.html', 'options.html']) {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${extensionId}/${path}`);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await expectNoSeriousViolations(page);
        }
      });
  });
}

test('one person’s questions and recap in their own language, set in the panel; the interface stays the browser’s', async ({
  calendar,
}) => {
  const spanish = await catalogue('es');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  const frame = await panel(calendar);
  const english = await suggestedQuestions(frame, 'Suggested questions');
  const language = frame.getByRole('combobox', { name: 'Questions and recap in' });
  await expect(language).toHaveValue('');
  await language.selectOption('es');
  await expect(frame.getByText('Questions and recap for Sam Rivera are now in Español.')).toBeVisible();
  // The same questions, now in Spanish (and marked as Spanish for screen readers).
  await expect
    .poll(async () => (await suggestedQuestions(frame, 'Suggested questions')).map((question) => question.text))
    .toEqual(english.map((question) => questionIn(spanish, question.id)));
  await expect(frame.getByRole('list', { name: 'Suggested questions' }).locator('li label span').first()).toHaveAttribute('lang', 'es');
  // The recap Sam receives is in Spanish, dates too; the buttons around it stay English.
  const email = frame.getByRole('link', { name: /Email recap/ });
  const href = decodeURIComponent((await email.getAttribute('href')) ?? '');
  expect(href).toContain('subject=Nuestro 1:1 del jue, 12 mar 2026');
  expect(href).toContain('body=Hola, Sam:');
  await (await panel(calendar)).locator('.person-language').scrollIntoViewIfNeeded();
  await (await panel(calendar)).locator('body').screenshot({ path: shot('person-es') });

  // Kept: the next 1:1 with Sam opens in Spanish; another person's stays English.
  await openEvent(calendar, '1:1 Alex / Priya');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
  const priya = await suggestedQuestions(await panel(calendar), 'Suggested questions');
  const englishCatalogue = await catalogue('en');
  for (const question of priya) expect(question.text).toBe(questionIn(englishCatalogue, question.id));
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  for (const question of await suggestedQuestions(await panel(calendar), 'Suggested questions'))
    expect(question.text).toBe(questionIn(spanish, question.id));

  // Back to the interface's language.
  await (await panel(calendar)).getByRole('combobox', { name: 'Questions and recap in' }).selectOption('');
  await expect((await panel(calendar)).getByText('Questions and recap for Sam Rivera are now in English.')).toBeVisible();
  await expect((await panel(calendar)).getByRole('combobox', { name: 'Questions and recap in' })).toHaveValue('');
  await expect
    .poll(async () =>
      (await suggestedQuestions(await panel(calendar), 'Suggested questions')).every(
        (question) => question.text === questionIn(englishCatalogue, question.id),
      ),
    )
    .toBe(true);
});
