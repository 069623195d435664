import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { i18n } from '#i18n';
import { messagesReady } from '@/utils/protocol/messages-ready';

afterEach(() => vi.unstubAllGlobals());

describe('a page whose browser serves no messages', () => {
  it('reads them from the extension’s own messages.json, substitutions and all', async () => {
    const messages = generateChromeMessages(await parseMessagesFile('components/locales/en.yml'));
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    const fetched = vi.fn(async () => new Response(JSON.stringify(messages)));
    vi.stubGlobal('fetch', fetched);
    await messagesReady();
    expect(fetched).toHaveBeenCalledOnce();
    expect(i18n.t('warning.titleOne', { name: 'Sam' })).toBe('Cancel your 1:1 with Sam?');
    expect(i18n.t('warning.cancelled', 3, { first: 'Sam' })).toBe('3 of your 1:1s with Sam were cancelled in the last 90 days.');
  });

  it('asks the browser once for each message and its values, and keeps no empty answer', async () => {
    const messages = generateChromeMessages(await parseMessagesFile('components/locales/en.yml')) as Record<string, { message: string }>;
    const served = vi.fn((name: string, substitutions?: string | string[]) =>
      name === 'missing' ? '' : (messages[name]?.message ?? '').replace('$1', String([substitutions ?? ''].flat()[0])),
    );
    fakeBrowser.i18n.getMessage = served as unknown as typeof fakeBrowser.i18n.getMessage;
    await messagesReady();
    served.mockClear();
    for (let render = 0; render < 50; render++) {
      expect(i18n.t('warning.titleOne', { name: 'Sam' })).toBe('Cancel your 1:1 with Sam?');
      expect(i18n.t('warning.cancelled', 3, { first: 'Sam' })).toBe('3 of your 1:1s with Sam were cancelled in the last 90 days.');
      expect(i18n.t('warning.cancelled', 1, { first: 'Sam' })).toBe('1 of your 1:1s with Sam was cancelled in the last 90 days.');
    }
    expect(served).toHaveBeenCalledTimes(3);
    const asked = (fakeBrowser.i18n.getMessage as (name: string) => string).bind(fakeBrowser.i18n);
    expect(asked('missing')).toBe('');
    expect(asked('missing')).toBe('');
    expect(served).toHaveBeenCalledTimes(5);
  });

  it('leaves a browser that serves them alone', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    await messagesReady();
    expect(fetched).not.toHaveBeenCalled();
  });
});
