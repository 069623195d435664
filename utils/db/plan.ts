/**
 * What a meeting plans and records beyond its notes: the focus, the questions
 * on offer and those asked, their topics, and difficult-conversation prep.
 * Every change is one small transaction on the meeting, so two views editing
 * different parts never overwrite each other.
 */
import type { Focus } from '../rules/cadence';
import type { CompanionDatabase } from './database';
import type { DifficultPrep, Meeting } from './records';
import { planPending, withMeeting } from './meetings';

function change(db: CompanionDatabase, meetingId: string, edit: (meeting: Meeting) => Partial<Meeting> | undefined): Promise<void> {
  return withMeeting(db, meetingId, async (meeting) => {
    const changes = edit(meeting);
    if (changes) await db.meetings.update(meetingId, { ...changes, updatedAt: new Date().toISOString() });
  });
}

/**
 * Records the focus and questions of a meeting the first time it is planned; later calls change
 * nothing. A meeting only shown so far is not stored for it: its plan is stored with its first edit.
 */
export async function ensurePlan(db: CompanionDatabase, meetingId: string, plan: { focus: Focus; suggested: string[] }): Promise<void> {
  if (planPending(meetingId, plan)) return;
  return change(db, meetingId, (meeting) => {
    const changes: Partial<Meeting> = {};
    if (!meeting.focus) changes.focus = plan.focus;
    if (!meeting.suggested) changes.suggested = plan.suggested;
    return Object.keys(changes).length > 0 ? changes : undefined;
  });
}

/** The user picks the focus: new questions follow, what was asked stays. */
export function chooseFocus(db: CompanionDatabase, meetingId: string, focus: Focus): Promise<void> {
  return change(db, meetingId, (meeting) => (meeting.focus === focus ? undefined : { focus, focusChosen: true, suggested: [] }));
}

export function setSuggested(db: CompanionDatabase, meetingId: string, suggested: string[]): Promise<void> {
  return change(db, meetingId, () => ({ suggested }));
}

export function markAsked(db: CompanionDatabase, meetingId: string, questionId: string, asked: boolean, wrapUp: boolean): Promise<void> {
  return change(db, meetingId, (meeting) => {
    const others = meeting.asked.filter((id) => id !== questionId);
    const nextAsked = asked ? [...others, questionId] : others;
    const changes: Partial<Meeting> = { asked: nextAsked };
    if (wrapUp) changes.feedbackAsked = asked || meeting.feedbackAsked;
    return changes;
  });
}

export function swapSuggested(db: CompanionDatabase, meetingId: string, oldId: string, newId: string): Promise<void> {
  return change(db, meetingId, (meeting) => ({ suggested: (meeting.suggested ?? []).map((id) => (id === oldId ? newId : id)) }));
}

export function addTopic(db: CompanionDatabase, meetingId: string, text: string): Promise<void> {
  const clean = text.trim().slice(0, 500);
  if (!clean) return Promise.resolve();
  return change(db, meetingId, (meeting) => ({ topics: [...meeting.topics, { id: crypto.randomUUID(), text: clean, done: false }] }));
}

export function toggleTopic(db: CompanionDatabase, meetingId: string, topicId: string, done: boolean): Promise<void> {
  return change(db, meetingId, (meeting) => ({
    topics: meeting.topics.map((topic) => (topic.id === topicId ? { ...topic, done } : topic)),
  }));
}

export function removeTopic(db: CompanionDatabase, meetingId: string, topicId: string): Promise<void> {
  return change(db, meetingId, (meeting) => ({ topics: meeting.topics.filter((topic) => topic.id !== topicId) }));
}

export function saveDifficultPrep(db: CompanionDatabase, meetingId: string, prep: DifficultPrep): Promise<void> {
  return change(db, meetingId, () => ({ difficult: prep }));
}

/** Ids asked in the last `meetings` 1:1s before this one (newest-first list in). */
export function askedRecently(history: readonly Meeting[], current: Meeting, meetings = 6): string[] {
  return history
    .filter((meeting) => meeting.id !== current.id && meeting.start < current.start)
    .slice(0, meetings)
    .flatMap((meeting) => meeting.asked);
}
