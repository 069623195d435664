/**
 * Light or dark, as the calendar page paints itself (Google Calendar and
 * Outlook both have a dark theme of their own, which need not follow the
 * system's). Read from the page's background colour; `undefined` when the page
 * does not say (a transparent body), and then the system decides.
 */
export type PageTheme = 'light' | 'dark';

export function pageTheme(): PageTheme | undefined {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const [red, green, blue, alpha = 1] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (blue === undefined || alpha === 0) continue;
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue < 128 ? 'dark' : 'light';
  }
  return undefined;
}

/** Our shadow host takes the page's theme (its styles read `:host(.dark)` / `:host(.light)`). */
export function matchPageTheme(host: HTMLElement): PageTheme | undefined {
  const theme = pageTheme();
  host.className = theme ?? '';
  return theme;
}
