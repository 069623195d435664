/** Every person, their history, and a search across all notes and commitments. */
import { render } from 'preact';
import { database } from '@/utils/db/database';
import { PeoplePage } from '@/components/PeoplePage';
import '@/components/person-view.css';
import '@/components/people.css';

render(<PeoplePage db={database()} />, document.getElementById('app')!);
