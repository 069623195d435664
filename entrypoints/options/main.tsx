/** Settings: the cadence of the three horizons, and the question bank. */
import { render } from 'preact';
import { database } from '@/utils/db/database';
import { CadenceForm } from '@/components/CadenceForm';
import { QuestionBankEditor } from '@/components/QuestionBankEditor';
import { DataSection } from '@/components/DataSection';
import { EncryptionSection } from '@/components/EncryptionSection';
import { LockGate } from '@/components/LockGate';
import { EraseForm } from '@/components/EraseForm';
import { SelfEmailsForm } from '@/components/SelfEmailsForm';
import '@/components/person-view.css';
import '@/components/options.css';

function OptionsApp() {
  const db = database();
  return (
    <>
      <h1>1:1 Companion</h1>
      <p class="muted">Everything here stays on this computer.</p>
      <LockGate
        forgotten={
          <>
            <p class="muted">Forgot it? Nobody can recover notes without their passphrase. You can start afresh:</p>
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

render(<OptionsApp />, document.getElementById('app')!);
