/** Their agenda comes first: what they want to talk about, noted at the start. */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Meeting } from '@/utils/db/records';
import { addTopic, removeTopic, toggleTopic } from '@/utils/db/plan';
import { i18n } from '#i18n';
import { Fold, openCount } from '../shared/Fold';

interface Props {
  db: CompanionDatabase;
  meeting: Meeting;
  personName: string;
}

export function TheirTopics({ db, meeting, personName }: Props) {
  const [draft, setDraft] = useState('');
  const firstName = personName.split(' ')[0] ?? personName;
  const add = async (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    await addTopic(db, meeting.id, draft);
    setDraft('');
  };
  return (
    <Fold
      id="topics"
      class="topics"
      title={i18n.t('topics.heading')}
      count={openCount(meeting.topics.filter((topic) => !topic.done).length)}
    >
      {meeting.topics.length === 0 && <p class="reminder">{i18n.t('topics.reminder', { name: firstName })}</p>}
      <ul class="topic-list">
        {meeting.topics.map((topic) => (
          <li key={topic.id} class={topic.done ? 'done' : ''}>
            <label>
              <input
                autocomplete="off"
                type="checkbox"
                checked={topic.done}
                onChange={(event) => void toggleTopic(db, meeting.id, topic.id, event.currentTarget.checked)}
              />
              <span>{topic.text}</span>
            </label>
            <button
              type="button"
              class="icon-button"
              aria-label={i18n.t('topics.remove', { text: topic.text })}
              onClick={() => void removeTopic(db, meeting.id, topic.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="topic-form" onSubmit={(event) => void add(event)}>
        <input
          autocomplete="off"
          type="text"
          aria-label={i18n.t('topics.new', { name: firstName })}
          placeholder={i18n.t('topics.placeholder', { name: firstName })}
          value={draft}
          maxLength={500}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" aria-label={i18n.t('topics.add')}>
          {i18n.t('common.add')}
        </button>
      </form>
    </Fold>
  );
}
