/**
 * Gentle nudges read from a person's history. The status-report check looks
 * for work-tracking talk (ticket ids, PRs, deploys, sprints) crowding out talk
 * about the person (how they feel, what they want, how they grow). Its
 * accuracy on a labelled table is printed by tests/unit/utils/nudges.test.ts.
 */
import { i18n } from '#i18n';

const STATUS_SIGNALS: readonly RegExp[] = [
  /\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/g, // ticket ids: ABC-123
  /(?:^|\s)#\d{2,6}\b/g, // PR or issue numbers
  /\b(?:PRs?|pull requests?|merged?|merging|code review|reviewed)\b/gi,
  /\b(?:deploy(?:ed|s|ment)?|release[ds]?|rollout|shipped|hotfix|staging|prod(?:uction)?)\b/gi,
  /\b(?:sprint|standup|story points?|velocity|backlog|tickets?|jira|estimates?|burndown|epic)\b/gi,
  /\b(?:on track|blocked on|ETA|in progress|done|todo|to do|QA|bugs?|fixed|migration)\b/gi,
];

const PERSON_SIGNALS: readonly RegExp[] = [
  /\b(?:feels?|feeling|felt|energy|energi[sz]ed|tired|exhausted|stress(?:ed|ful)?|burn(?:ed|t)? ?out|overwhelmed|anxious)\b/gi,
  /\b(?:happy|unhappy|frustrat\w*|worried|worry|excited|bored|proud|motivat\w*|confiden\w*|enjoy\w*|love[sd]?|hate[sd]?)\b/gi,
  /\b(?:career|growth|grow|learn\w*|goals?|aspir\w*|promotion|mentor\w*|coach\w*|skills?|interests?|wants?|hopes?)\b/gi,
  /\b(?:family|personal|health|holiday|vacation|balance|kids?|partner|moving|sleep)\b/gi,
  /\b(?:feedback|trust|relationship|conflict|recognition|appreciated|values?|meaning|purpose)\b/gi,
];

function count(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce((total, pattern) => total + (text.match(pattern)?.length ?? 0), 0);
}

/** Whether one meeting's notes read like a status update rather than a conversation about the person. */
export function readsLikeStatusReport(notes: string): boolean {
  const status = count(notes, STATUS_SIGNALS);
  const person = count(notes, PERSON_SIGNALS);
  return status >= 3 && status >= 3 * person;
}

/**
 * The nudge to show, if the last three 1:1s (notes newest first, empty notes
 * skipped by the caller) all read like status reports.
 */
export function statusReportNudge(recentNotes: readonly string[]): string | undefined {
  const lastThree = recentNotes.slice(0, 3);
  if (lastThree.length < 3 || !lastThree.every(readsLikeStatusReport)) return undefined;
  return i18n.t('nudge.statusReport');
}
