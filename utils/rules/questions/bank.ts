/**
 * The built-in question bank, in our own words (their text is in the
 * catalogue, components/locales/en.yml, under questionText). Every question is open (it
 * cannot be answered with yes or no) and is about the person, never about
 * tickets. Ids are stable forever: meetings record the ids of the questions
 * asked, so never reuse or renumber one; retire a question by removing it.
 */
import type { Focus } from '../cadence';
import { i18n, type Translate } from '../page-i18n';
import type { GeneratedI18nStructure } from '#i18n';

export type QuestionKind = 'check-in' | 'growth' | 'trust' | 'wrap-up' | 'first-meeting' | 'difficult-follow-up';
export type QuestionFocus = Focus | 'any';

export const QUESTION_KINDS: readonly QuestionKind[] = ['check-in', 'growth', 'trust', 'wrap-up', 'first-meeting', 'difficult-follow-up'];

export interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  focus: QuestionFocus;
}

type TextKey = keyof GeneratedI18nStructure extends infer Key ? (Key extends `questionText.${infer Name}` ? Name : never) : never;
const keys = new Map<string, TextKey>();

/** A built-in question; its text is read from the catalogue when it is first shown, not when this module loads. */
const q = (id: string, kind: QuestionKind, focus: QuestionFocus, key: TextKey): Question => {
  keys.set(id, key);
  return {
    id,
    kind,
    focus,
    get text() {
      return i18n.t(`questionText.${key}`);
    },
  };
};

/** A built-in question's text in another language's catalogue (a person's own: utils/rules/voice.ts). */
export function builtInTextIn(t: Translate, id: string): string | undefined {
  const key = keys.get(id);
  return key === undefined ? undefined : t(`questionText.${key}`);
}

export const BUILT_IN_QUESTIONS: readonly Question[] = [
  // The Present: energy, what is on their mind, where they are stuck.
  q('present-on-your-mind', 'check-in', 'present', 'presentOnYourMind'),
  q('present-energy', 'check-in', 'present', 'presentEnergy'),
  q('present-frustrating', 'check-in', 'present', 'presentFrustrating'),
  q('present-slowing-down', 'check-in', 'present', 'presentSlowingDown'),
  q('present-learned', 'check-in', 'present', 'presentLearned'),
  q('present-proud', 'check-in', 'present', 'presentProud'),
  q('present-stuck', 'check-in', 'present', 'presentStuck'),
  q('present-best-part', 'check-in', 'present', 'presentBestPart'),
  q('present-worst-part', 'check-in', 'present', 'presentWorstPart'),
  q('present-workload', 'check-in', 'present', 'presentWorkload'),
  q('present-focus-time', 'check-in', 'present', 'presentFocusTime'),
  q('present-outside-work', 'check-in', 'present', 'presentOutsideWork'),
  q('present-one-change', 'check-in', 'present', 'presentOneChange'),
  q('present-surprised', 'check-in', 'present', 'presentSurprised'),
  q('present-decision', 'check-in', 'present', 'presentDecision'),
  q('present-you-decide', 'growth', 'present', 'presentYouDecide'),
  q('present-options', 'growth', 'present', 'presentOptions'),
  q('present-enjoying', 'growth', 'present', 'presentEnjoying'),
  q('present-avoiding', 'growth', 'present', 'presentAvoiding'),
  q('present-help-someone', 'growth', 'present', 'presentHelpSomeone'),
  q('present-meetings', 'check-in', 'present', 'presentMeetings'),
  q('present-not-helpful', 'trust', 'present', 'presentNotHelpful'),
  q('present-context', 'trust', 'present', 'presentContext'),
  q('present-wanted-to-tell', 'trust', 'present', 'presentWantedToTell'),
  q('present-support', 'trust', 'present', 'presentSupport'),
  q('present-team-mood', 'trust', 'present', 'presentTeamMood'),
  q('present-unclear', 'trust', 'present', 'presentUnclear'),
  q('present-recognition', 'trust', 'present', 'presentRecognition'),

  // The Near Future: growth and impact in the coming weeks; where the team gets stuck.
  q('near-more-of', 'growth', 'near-future', 'nearMoreOf'),
  q('near-less-of', 'growth', 'near-future', 'nearLessOf'),
  q('near-biggest-difference', 'growth', 'near-future', 'nearBiggestDifference'),
  q('near-opportunity', 'growth', 'near-future', 'nearOpportunity'),
  q('near-stretch', 'growth', 'near-future', 'nearStretch'),
  q('near-skill-now', 'growth', 'near-future', 'nearSkillNow'),
  q('near-interesting', 'growth', 'near-future', 'nearInteresting'),
  q('near-ownership', 'growth', 'near-future', 'nearOwnership'),
  q('near-team-stuck', 'check-in', 'near-future', 'nearTeamStuck'),
  q('near-process', 'check-in', 'near-future', 'nearProcess'),
  q('near-risk', 'check-in', 'near-future', 'nearRisk'),
  q('near-collaborate', 'check-in', 'near-future', 'nearCollaborate'),
  q('near-feedback-wanted', 'growth', 'near-future', 'nearFeedbackWanted'),
  q('near-goal-check', 'growth', 'near-future', 'nearGoalCheck'),
  q('near-remove-obstacle', 'trust', 'near-future', 'nearRemoveObstacle'),
  q('near-visibility', 'trust', 'near-future', 'nearVisibility'),
  q('near-teach', 'growth', 'near-future', 'nearTeach'),
  q('near-experiment', 'growth', 'near-future', 'nearExperiment'),
  q('near-priorities', 'trust', 'near-future', 'nearPriorities'),
  q('near-new-joiner', 'check-in', 'near-future', 'nearNewJoiner'),

  // The Horizon: career, skills, the leader they want to become.
  q('horizon-two-years', 'growth', 'horizon', 'horizonTwoYears'),
  q('horizon-dream-job', 'growth', 'horizon', 'horizonDreamJob'),
  q('horizon-skills', 'growth', 'horizon', 'horizonSkills'),
  q('horizon-leader', 'growth', 'horizon', 'horizonLeader'),
  q('horizon-admire', 'growth', 'horizon', 'horizonAdmire'),
  q('horizon-path', 'growth', 'horizon', 'horizonPath'),
  q('horizon-strengths', 'growth', 'horizon', 'horizonStrengths'),
  q('horizon-avoiding', 'growth', 'horizon', 'horizonAvoiding'),
  q('horizon-values', 'growth', 'horizon', 'horizonValues'),
  q('horizon-legacy', 'growth', 'horizon', 'horizonLegacy'),
  q('horizon-learning', 'growth', 'horizon', 'horizonLearning'),
  q('horizon-next-role', 'growth', 'horizon', 'horizonNextRole'),
  q('horizon-motivation', 'check-in', 'horizon', 'horizonMotivation'),
  q('horizon-leave', 'trust', 'horizon', 'horizonLeave'),
  q('horizon-stay', 'trust', 'horizon', 'horizonStay'),
  q('horizon-support-career', 'trust', 'horizon', 'horizonSupportCareer'),
  q('horizon-mentor', 'growth', 'horizon', 'horizonMentor'),
  q('horizon-side-interests', 'growth', 'horizon', 'horizonSideInterests'),

  // Wrap-up: every meeting ends by asking for feedback on the manager.
  q('wrap-one-thing', 'wrap-up', 'any', 'wrapOneThing'),
  q('wrap-this-meeting', 'wrap-up', 'any', 'wrapThisMeeting'),
  q('wrap-stop-doing', 'wrap-up', 'any', 'wrapStopDoing'),
  q('wrap-start-doing', 'wrap-up', 'any', 'wrapStartDoing'),
  q('wrap-blind-spot', 'wrap-up', 'any', 'wrapBlindSpot'),
  q('wrap-decision', 'wrap-up', 'any', 'wrapDecision'),
  q('wrap-communication', 'wrap-up', 'any', 'wrapCommunication'),
  q('wrap-rate', 'wrap-up', 'any', 'wrapRate'),

  // First meeting with someone.
  q('first-best-manager', 'first-meeting', 'any', 'firstBestManager'),
  q('first-worst-habit', 'first-meeting', 'any', 'firstWorstHabit'),
  q('first-feedback-style', 'first-meeting', 'any', 'firstFeedbackStyle'),
  q('first-recognition', 'first-meeting', 'any', 'firstRecognition'),
  q('first-want-from-1on1s', 'first-meeting', 'any', 'firstWantFrom1on1s'),
  q('first-know-about-you', 'first-meeting', 'any', 'firstKnowAboutYou'),
  q('first-good-day', 'first-meeting', 'any', 'firstGoodDay'),
  q('first-stress', 'first-meeting', 'any', 'firstStress'),
  q('first-cadence', 'first-meeting', 'any', 'firstCadence'),
  q('first-goals', 'first-meeting', 'any', 'firstGoals'),

  // After a difficult conversation.
  q('difficult-since', 'difficult-follow-up', 'any', 'difficultSince'),
  q('difficult-landed', 'difficult-follow-up', 'any', 'difficultLanded'),
  q('difficult-support', 'difficult-follow-up', 'any', 'difficultSupport'),
  q('difficult-different', 'difficult-follow-up', 'any', 'difficultDifferent'),
  q('difficult-progress', 'difficult-follow-up', 'any', 'difficultProgress'),
  q('difficult-missing', 'difficult-follow-up', 'any', 'difficultMissing'),
];
