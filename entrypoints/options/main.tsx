/** Settings: the cadence of the three horizons, and the question bank. */
import { PageHealthNotice } from '@/components/shared/PageHealthNotice';
import { render } from 'preact';
import { database, openingDatabase } from '@/utils/db/database';
import { CadenceForm } from '@/components/options/CadenceForm';
import { ReminderForm } from '@/components/options/ReminderForm';
import { SectionNav } from '@/components/options/SectionNav';
import { QuestionBankEditor } from '@/components/options/QuestionBankEditor';
import { DataSection } from '@/components/options/DataSection';
import { EncryptionSection } from '@/components/options/EncryptionSection';
import { LockGate } from '@/components/shared/LockGate';
import { EraseForm } from '@/components/options/EraseForm';
import { SelfEmailsForm } from '@/components/options/SelfEmailsForm';
// The options sheet brings the shared one first (options.css).
import '@/components/options/options.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/rules/dates';
import { messagesReady } from '@/utils/protocol/messages-ready';

const databaseReady = openingDatabase();

function OptionsApp() {
  const db = database();
  return (
    <>
      <h1>{i18n.t('extension.name')}</h1>
      <p class="muted">{i18n.t('options.intro')}</p>
      <PageHealthNotice />
      <LockGate
        forgotten={
          <>
            <p class="muted">{i18n.t('options.forgot')}</p>
            <EraseForm db={db} />
          </>
        }
      >
        <SectionNav />
        <SelfEmailsForm />
        <CadenceForm />
        <ReminderForm />
        <QuestionBankEditor db={db} />
        <DataSection db={db} />
        <EncryptionSection db={db} />
      </LockGate>
    </>
  );
}

// Words and dates ready before the first render (utils/protocol/messages-ready.ts, utils/rules/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(() => {
  document.title = i18n.t('pages.options');
  render(<OptionsApp />, document.getElementById('app')!);
});
