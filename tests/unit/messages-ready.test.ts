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

  it('leaves a browser that serves them alone', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    await messagesReady();
    expect(fetched).not.toHaveBeenCalled();
  });
});
