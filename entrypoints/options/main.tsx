/** Settings: the cadence of the three horizons, and the question bank. */
import { PageHealthNotice } from '@/components/PageHealthNotice';
import { render } from 'preact';
import { database, openingDatabase } from '@/utils/db/database';
import { CadenceForm } from '@/components/CadenceForm';
import { QuestionBankEditor } from '@/components/QuestionBankEditor';
import { DataSection } from '@/components/DataSection';
import { EncryptionSection } from '@/components/EncryptionSection';
import { LockGate } from '@/components/LockGate';
import { EraseForm } from '@/components/EraseForm';
import { SelfEmailsForm } from '@/components/SelfEmailsForm';
import '@/components/person-view.css';
import '@/components/options.css';
import { i18n } from '#i18n';
import { loadDateLocale } from '@/utils/dates';
import { messagesReady } from '@/utils/messages-ready';

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
        <SelfEmailsForm />
        <CadenceForm />
        <QuestionBankEditor db={db} />
        <DataSection db={db} />
        <EncryptionSection db={db} />
      </LockGate>
    </>
  );
}

// Words and dates ready before the first render (utils/messages-ready.ts, utils/dates.ts).
void Promise.all([messagesReady(), loadDateLocale(), databaseReady]).then(() => {
  document.title = i18n.t('pages.options');
  render(<OptionsApp />, document.getElementById('app')!);
});
