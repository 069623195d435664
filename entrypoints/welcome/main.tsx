/**
 * The first-run page, opened once when the extension is installed: what it
 * does, that notes stay here, where to find it, and the user's own addresses.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { SelfEmailsForm } from '@/components/options/SelfEmailsForm';
// The options sheet brings the shared one first (options.css).
import '@/components/options/options.css';
import { messagesReady } from '@/utils/protocol/messages-ready';

function Welcome() {
  const sidePanelName = i18n.t(import.meta.env.FIREFOX ? 'welcome.whereSidebarName' : 'welcome.whereSidePanelName');
  const places = [
    [i18n.t('welcome.whereCalendarName'), i18n.t('welcome.whereCalendar')],
    [i18n.t('welcome.wherePopupName'), i18n.t('welcome.wherePopup')],
    [sidePanelName, i18n.t('welcome.whereSidePanel')],
  ];
  return (
    <>
      <h1>
        <img src="/icon/48.png" alt="" width={32} height={32} class="welcome-icon" />
        {i18n.t('welcome.title')}
      </h1>
      <p class="welcome-intro">
        {i18n.t('welcome.intro1')} {i18n.t('welcome.intro2')} <strong>{i18n.t('welcome.intro3')}</strong>
      </p>
      <SelfEmailsForm />
      <section class="card" aria-labelledby="where-heading">
        <h2 id="where-heading">{i18n.t('welcome.whereHeading')}</h2>
        <dl class="where">
          {places.map(([name, text]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p class="muted">
          <a href={browser.runtime.getURL('/options.html')}>{i18n.t('welcome.settingsLink')}</a>
        </p>
      </section>
      <p>
        <a class="button-link" href="https://calendar.google.com/">
          {i18n.t('welcome.done')}
        </a>
      </p>
    </>
  );
}

// Words ready before the first render (utils/protocol/messages-ready.ts).
void messagesReady().then(() => {
  document.title = i18n.t('welcome.title');
  render(<Welcome />, document.getElementById('app')!);
});
