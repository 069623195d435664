/**
 * The demo's history, as a backup file the demo restores through the options
 * page (as a user would): six people of the demo week (the stand-in calendar's
 * `__DEMO_WEEK__`), months of 1:1s before it with notes, commitments open and
 * done, a cancelled 1:1 and a moved one. Dates are relative to `now`, so the
 * demo always looks current.
 */
import { addDays, formatISO, isWeekend, setHours, setMinutes, startOfWeek, subWeeks } from 'date-fns';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../utils/backup/format';

export const DEMO_SELF = 'alex.kim@northwind.example';

interface Series {
  name: string;
  email: string;
  /** The stand-in's series id of this 1:1 (calendar.js, demoWeek). */
  series: string;
  weekday: number;
  time: [number, number];
  minutes: number;
  title: string;
  /** Weeks between 1:1s, and how many were held before this week. */
  every: number;
  held: number;
  wants?: ('coaching' | 'venting' | 'technical growth' | 'career')[];
  notes: string[];
  commitments: { text: string; owner: 'me' | 'them'; weeksAgo: number; dueInDays?: number; done?: boolean }[];
  topics?: string[];
}

const SERIES: Series[] = [
  {
    name: 'Sam Rivera',
    email: 'sam.rivera@northwind.example',
    series: 'dmsam',
    weekday: 0,
    time: [11, 0],
    minutes: 30,
    title: 'Sam / Alex 1:1',
    every: 1,
    held: 12,
    wants: ['career', 'technical growth'],
    notes: [
      'Energy good. Enjoying the billing migration; wants to own the design doc end to end.',
      'Frustrated by review turnaround on the platform repo. Agreed to try a review rota for two weeks.',
      'Talked about the staff role: what scope looks like, who to learn from. Suggested pairing with Priya on the RFC.',
      'Quiet week, on-call was heavy (two pages at night). Asked to move standup later on Mondays.',
      'Feedback for me: my review comments read as terse. Will add the why, not just the what.',
      'Proud of the migration dry run. Wants to present it at the all-hands.',
    ],
    commitments: [
      { text: 'Share the staff engineer expectations doc', owner: 'me', weeksAgo: 2, dueInDays: -4 },
      { text: 'Draft the billing migration RFC', owner: 'them', weeksAgo: 1, dueInDays: 3 },
      { text: 'Ask the SRE lead about the on-call rota', owner: 'me', weeksAgo: 4, done: true },
    ],
    topics: ['Conference talk proposal', 'Moving to the new on-call rota'],
  },
  {
    name: 'Priya Natarajan',
    email: 'priya.natarajan@northwind.example',
    series: 'dmpriya',
    weekday: 1,
    time: [10, 0],
    minutes: 30,
    title: '1:1 Alex / Priya',
    every: 1,
    held: 10,
    wants: ['coaching'],
    notes: [
      'New to leading the search squad. Nervous about the first planning session; we walked through the agenda.',
      'Planning went well. Wants to get better at saying no to drive-by requests.',
      'Talked about delegating the indexing work to Tom; she is worried it will be slower.',
      'Would like a mentor outside the team. Suggested Chen from the data platform group.',
    ],
    commitments: [
      { text: 'Intro Priya to Chen for mentoring', owner: 'me', weeksAgo: 1, dueInDays: 2 },
      { text: 'Write down the squad’s working agreements', owner: 'them', weeksAgo: 3, done: true },
    ],
  },
  {
    name: 'Jordan Ellis',
    email: 'jordan.ellis@northwind.example',
    series: 'dmjordan',
    weekday: 2,
    time: [10, 30],
    minutes: 45,
    title: 'Jordan 1:1',
    every: 2,
    held: 6,
    notes: [
      'Mostly status on the API gateway. Tried to steer towards how Jordan is doing; short answers.',
      'Status again: gateway latency numbers. Next time start with their topics.',
      'Gateway shipped. Jordan mentioned feeling stuck on the same kind of work for a year.',
    ],
    commitments: [{ text: 'Find a stretch project outside the gateway', owner: 'me', weeksAgo: 2, dueInDays: -1 }],
  },
  {
    name: 'Yuki Tanaka',
    email: 'yuki.tanaka@northwind.example',
    series: 'dmyuki',
    weekday: 3,
    time: [11, 0],
    minutes: 30,
    title: 'Alex <> Yuki 1:1',
    every: 1,
    held: 5,
    wants: ['venting', 'coaching'],
    notes: [
      'First weeks after parental leave. Catching up on what changed; wants a lighter first sprint.',
      'Settling in. Asked about the reorg rumours; shared what I know, and what I do not.',
    ],
    commitments: [{ text: 'Send the reorg FAQ as soon as it is public', owner: 'me', weeksAgo: 1 }],
  },
  {
    name: 'Chen Wei',
    email: 'chen.wei@fabrikam.example',
    series: 'dmchen',
    weekday: 4,
    time: [11, 0],
    minutes: 45,
    title: 'Mentoring: Chen',
    every: 2,
    held: 4,
    wants: ['career'],
    notes: [
      'Mentoring kick-off: Chen wants to move from data engineering into engineering management within two years.',
      'Talked about running a first 1:1 well: their agenda first, one question about the future, feedback on yourself.',
    ],
    commitments: [{ text: 'Read “The Manager’s Path”, chapters 1–3', owner: 'them', weeksAgo: 2, dueInDays: 5 }],
  },
  {
    name: 'Maria Lopez',
    email: 'maria.lopez@northwind.example',
    series: 'dmmaria',
    weekday: 4,
    time: [16, 0],
    minutes: 30,
    title: 'Skip-level: Maria',
    every: 1,
    held: 0,
    notes: [],
    commitments: [],
  },
];

const ASKED = ['present-energy', 'present-frustrating', 'near-more-of', 'present-support', 'horizon-two-years', 'wrap-blind-spot'];

/** The Monday of the demo week: this working week, or on a weekend the next one (as calendar.js). */
export function demoMonday(now: Date): Date {
  const weekend = isWeekend(now);
  return startOfWeek(weekend ? addDays(now, 2) : now, { weekStartsOn: 1 });
}

/** Held before the demo week, and this week's 1:1 of that person (the stand-in's `demoWeek`). */
export function demoSeries(name: string, now: Date): { heldBefore: number; thisWeek: Date } {
  const series = SERIES.find((candidate) => candidate.name === name);
  if (!series) throw new Error(`No demo person called ${name}`);
  const day = addDays(demoMonday(now), series.weekday);
  return { heldBefore: series.held, thisWeek: setMinutes(setHours(day, series.time[0]), series.time[1]) };
}

export function demoBackup(now: Date): Backup {
  const thisMonday = demoMonday(now);
  const iso = (date: Date) => date.toISOString();
  const data: Backup['data'] = { people: [], meetings: [], commitments: [], questions: [] };
  SERIES.forEach((series, personIndex) => {
    const personId = `demo-person-${personIndex + 1}`;
    const firstWeek = subWeeks(thisMonday, series.held * series.every + 2);
    data.people.push({
      id: personId,
      name: series.name,
      emails: [series.email],
      nameKey: series.name.toLowerCase(),
      ...(series.wants ? { wants: series.wants } : {}),
      createdAt: iso(firstWeek),
      updatedAt: iso(firstWeek),
    });
    const meetingIds: string[] = [];
    for (let index = 0; index < series.held; index++) {
      const weeksAgo = (series.held - index) * series.every;
      const start = setMinutes(setHours(addDays(subWeeks(thisMonday, weeksAgo), series.weekday), series.time[0]), series.time[1]);
      const end = new Date(start.getTime() + series.minutes * 60_000);
      const occurrence = formatISO(start, { format: 'basic' }).replace(/[+-]\d{4}$/, '');
      const id = `demo-meeting-${personIndex + 1}-${index + 1}`;
      meetingIds.push(id);
      // The newest notes are the last ones of the list; older 1:1s repeat the earlier ones' tone.
      const note = series.notes[Math.max(0, series.notes.length - (series.held - index))] ?? '';
      const cancelled = series.series === 'dmpriya' && weeksAgo === 5;
      const moved = series.series === 'dmsam' && weeksAgo === 3;
      data.meetings.push({
        id,
        personId,
        eventKey: `google-calendar:${series.series}0k3v9q2m7x4c1b8n/${occurrence}`,
        seriesKey: `google-calendar:${series.series}0k3v9q2m7x4c1b8n`,
        title: series.title,
        start: iso(start),
        end: iso(end),
        status: cancelled ? 'cancelled' : moved ? 'moved' : 'scheduled',
        ...(cancelled ? { cancelledAt: iso(addDays(start, -1)), cancelReason: 'Release day: everyone on the launch' } : {}),
        ...(moved ? { movedFrom: iso(addDays(start, -1)), movedAt: iso(addDays(start, -2)) } : {}),
        notes: cancelled ? '' : note,
        shared: '',
        version: 1,
        notesUpdatedAt: iso(end),
        focus: index % 6 === 5 ? 'horizon' : index % 4 === 3 ? 'near-future' : 'present',
        asked: cancelled ? [] : [ASKED[index % ASKED.length] ?? 'present-energy', ...(index % 3 === 0 ? ['wrap-blind-spot'] : [])],
        feedbackAsked: !cancelled && index % 3 === 0,
        topics:
          index === series.held - 1 ? (series.topics ?? []).map((text, topic) => ({ id: `${id}-topic-${topic}`, text, done: false })) : [],
        createdAt: iso(start),
        updatedAt: iso(end),
      });
    }
    series.commitments.forEach((commitment, index) => {
      const meetingId = meetingIds[Math.max(0, meetingIds.length - Math.ceil(commitment.weeksAgo / series.every))] ?? `${personId}-first`;
      const made = subWeeks(now, commitment.weeksAgo);
      data.commitments.push({
        id: `demo-commitment-${personIndex + 1}-${index + 1}`,
        personId,
        meetingId,
        text: commitment.text,
        owner: commitment.owner,
        ...(commitment.dueInDays === undefined ? {} : { due: formatISO(addDays(now, commitment.dueInDays), { representation: 'date' }) }),
        status: commitment.done ? 'done' : 'open',
        ...(commitment.done ? { doneAt: iso(addDays(made, 3)) } : {}),
        createdAt: iso(made),
        updatedAt: iso(made),
      });
    });
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(now), data, settings: {} };
}
