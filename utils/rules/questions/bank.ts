/**
 * The built-in question bank, in our own words (their text is in the
 * catalogue, components/locales/en.yml, under questionText). Every question is open (it
 * cannot be answered with yes or no) and is about the person, never about
 * tickets. Ids are stable forever: meetings record the ids of the questions
 * asked, so never reuse or renumber one; retire a question by removing it.
 */
import type { Focus } from '../cadence';
import { i18n } from '#i18n';

export type QuestionKind = 'check-in' | 'growth' | 'trust' | 'wrap-up' | 'first-meeting' | 'difficult-follow-up';
export type QuestionFocus = Focus | 'any';

export const QUESTION_KINDS: readonly QuestionKind[] = ['check-in', 'growth', 'trust', 'wrap-up', 'first-meeting', 'difficult-follow-up'];

export interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  focus: QuestionFocus;
}

/** A built-in question; its text is read from the catalogue when it is first shown, not when this module loads. */
const q = (id: string, kind: QuestionKind, focus: QuestionFocus, text: () => string): Question => ({
  id,
  kind,
  focus,
  get text() {
    return text();
  },
});

export const BUILT_IN_QUESTIONS: readonly Question[] = [
  // The Present: energy, what is on their mind, where they are stuck.
  q('present-on-your-mind', 'check-in', 'present', () => i18n.t('questionText.presentOnYourMind')),
  q('present-energy', 'check-in', 'present', () => i18n.t('questionText.presentEnergy')),
  q('present-frustrating', 'check-in', 'present', () => i18n.t('questionText.presentFrustrating')),
  q('present-slowing-down', 'check-in', 'present', () => i18n.t('questionText.presentSlowingDown')),
  q('present-learned', 'check-in', 'present', () => i18n.t('questionText.presentLearned')),
  q('present-proud', 'check-in', 'present', () => i18n.t('questionText.presentProud')),
  q('present-stuck', 'check-in', 'present', () => i18n.t('questionText.presentStuck')),
  q('present-best-part', 'check-in', 'present', () => i18n.t('questionText.presentBestPart')),
  q('present-worst-part', 'check-in', 'present', () => i18n.t('questionText.presentWorstPart')),
  q('present-workload', 'check-in', 'present', () => i18n.t('questionText.presentWorkload')),
  q('present-focus-time', 'check-in', 'present', () => i18n.t('questionText.presentFocusTime')),
  q('present-outside-work', 'check-in', 'present', () => i18n.t('questionText.presentOutsideWork')),
  q('present-one-change', 'check-in', 'present', () => i18n.t('questionText.presentOneChange')),
  q('present-surprised', 'check-in', 'present', () => i18n.t('questionText.presentSurprised')),
  q('present-decision', 'check-in', 'present', () => i18n.t('questionText.presentDecision')),
  q('present-you-decide', 'growth', 'present', () => i18n.t('questionText.presentYouDecide')),
  q('present-options', 'growth', 'present', () => i18n.t('questionText.presentOptions')),
  q('present-enjoying', 'growth', 'present', () => i18n.t('questionText.presentEnjoying')),
  q('present-avoiding', 'growth', 'present', () => i18n.t('questionText.presentAvoiding')),
  q('present-help-someone', 'growth', 'present', () => i18n.t('questionText.presentHelpSomeone')),
  q('present-meetings', 'check-in', 'present', () => i18n.t('questionText.presentMeetings')),
  q('present-not-helpful', 'trust', 'present', () => i18n.t('questionText.presentNotHelpful')),
  q('present-context', 'trust', 'present', () => i18n.t('questionText.presentContext')),
  q('present-wanted-to-tell', 'trust', 'present', () => i18n.t('questionText.presentWantedToTell')),
  q('present-support', 'trust', 'present', () => i18n.t('questionText.presentSupport')),
  q('present-team-mood', 'trust', 'present', () => i18n.t('questionText.presentTeamMood')),
  q('present-unclear', 'trust', 'present', () => i18n.t('questionText.presentUnclear')),
  q('present-recognition', 'trust', 'present', () => i18n.t('questionText.presentRecognition')),

  // The Near Future: growth and impact in the coming weeks; where the team gets stuck.
  q('near-more-of', 'growth', 'near-future', () => i18n.t('questionText.nearMoreOf')),
  q('near-less-of', 'growth', 'near-future', () => i18n.t('questionText.nearLessOf')),
  q('near-biggest-difference', 'growth', 'near-future', () => i18n.t('questionText.nearBiggestDifference')),
  q('near-opportunity', 'growth', 'near-future', () => i18n.t('questionText.nearOpportunity')),
  q('near-stretch', 'growth', 'near-future', () => i18n.t('questionText.nearStretch')),
  q('near-skill-now', 'growth', 'near-future', () => i18n.t('questionText.nearSkillNow')),
  q('near-interesting', 'growth', 'near-future', () => i18n.t('questionText.nearInteresting')),
  q('near-ownership', 'growth', 'near-future', () => i18n.t('questionText.nearOwnership')),
  q('near-team-stuck', 'check-in', 'near-future', () => i18n.t('questionText.nearTeamStuck')),
  q('near-process', 'check-in', 'near-future', () => i18n.t('questionText.nearProcess')),
  q('near-risk', 'check-in', 'near-future', () => i18n.t('questionText.nearRisk')),
  q('near-collaborate', 'check-in', 'near-future', () => i18n.t('questionText.nearCollaborate')),
  q('near-feedback-wanted', 'growth', 'near-future', () => i18n.t('questionText.nearFeedbackWanted')),
  q('near-goal-check', 'growth', 'near-future', () => i18n.t('questionText.nearGoalCheck')),
  q('near-remove-obstacle', 'trust', 'near-future', () => i18n.t('questionText.nearRemoveObstacle')),
  q('near-visibility', 'trust', 'near-future', () => i18n.t('questionText.nearVisibility')),
  q('near-teach', 'growth', 'near-future', () => i18n.t('questionText.nearTeach')),
  q('near-experiment', 'growth', 'near-future', () => i18n.t('questionText.nearExperiment')),
  q('near-priorities', 'trust', 'near-future', () => i18n.t('questionText.nearPriorities')),
  q('near-new-joiner', 'check-in', 'near-future', () => i18n.t('questionText.nearNewJoiner')),

  // The Horizon: career, skills, the leader they want to become.
  q('horizon-two-years', 'growth', 'horizon', () => i18n.t('questionText.horizonTwoYears')),
  q('horizon-dream-job', 'growth', 'horizon', () => i18n.t('questionText.horizonDreamJob')),
  q('horizon-skills', 'growth', 'horizon', () => i18n.t('questionText.horizonSkills')),
  q('horizon-leader', 'growth', 'horizon', () => i18n.t('questionText.horizonLeader')),
  q('horizon-admire', 'growth', 'horizon', () => i18n.t('questionText.horizonAdmire')),
  q('horizon-path', 'growth', 'horizon', () => i18n.t('questionText.horizonPath')),
  q('horizon-strengths', 'growth', 'horizon', () => i18n.t('questionText.horizonStrengths')),
  q('horizon-avoiding', 'growth', 'horizon', () => i18n.t('questionText.horizonAvoiding')),
  q('horizon-values', 'growth', 'horizon', () => i18n.t('questionText.horizonValues')),
  q('horizon-legacy', 'growth', 'horizon', () => i18n.t('questionText.horizonLegacy')),
  q('horizon-learning', 'growth', 'horizon', () => i18n.t('questionText.horizonLearning')),
  q('horizon-next-role', 'growth', 'horizon', () => i18n.t('questionText.horizonNextRole')),
  q('horizon-motivation', 'check-in', 'horizon', () => i18n.t('questionText.horizonMotivation')),
  q('horizon-leave', 'trust', 'horizon', () => i18n.t('questionText.horizonLeave')),
  q('horizon-stay', 'trust', 'horizon', () => i18n.t('questionText.horizonStay')),
  q('horizon-support-career', 'trust', 'horizon', () => i18n.t('questionText.horizonSupportCareer')),
  q('horizon-mentor', 'growth', 'horizon', () => i18n.t('questionText.horizonMentor')),
  q('horizon-side-interests', 'growth', 'horizon', () => i18n.t('questionText.horizonSideInterests')),

  // Wrap-up: every meeting ends by asking for feedback on the manager.
  q('wrap-one-thing', 'wrap-up', 'any', () => i18n.t('questionText.wrapOneThing')),
  q('wrap-this-meeting', 'wrap-up', 'any', () => i18n.t('questionText.wrapThisMeeting')),
  q('wrap-stop-doing', 'wrap-up', 'any', () => i18n.t('questionText.wrapStopDoing')),
  q('wrap-start-doing', 'wrap-up', 'any', () => i18n.t('questionText.wrapStartDoing')),
  q('wrap-blind-spot', 'wrap-up', 'any', () => i18n.t('questionText.wrapBlindSpot')),
  q('wrap-decision', 'wrap-up', 'any', () => i18n.t('questionText.wrapDecision')),
  q('wrap-communication', 'wrap-up', 'any', () => i18n.t('questionText.wrapCommunication')),
  q('wrap-rate', 'wrap-up', 'any', () => i18n.t('questionText.wrapRate')),

  // First meeting with someone.
  q('first-best-manager', 'first-meeting', 'any', () => i18n.t('questionText.firstBestManager')),
  q('first-worst-habit', 'first-meeting', 'any', () => i18n.t('questionText.firstWorstHabit')),
  q('first-feedback-style', 'first-meeting', 'any', () => i18n.t('questionText.firstFeedbackStyle')),
  q('first-recognition', 'first-meeting', 'any', () => i18n.t('questionText.firstRecognition')),
  q('first-want-from-1on1s', 'first-meeting', 'any', () => i18n.t('questionText.firstWantFrom1on1s')),
  q('first-know-about-you', 'first-meeting', 'any', () => i18n.t('questionText.firstKnowAboutYou')),
  q('first-good-day', 'first-meeting', 'any', () => i18n.t('questionText.firstGoodDay')),
  q('first-stress', 'first-meeting', 'any', () => i18n.t('questionText.firstStress')),
  q('first-cadence', 'first-meeting', 'any', () => i18n.t('questionText.firstCadence')),
  q('first-goals', 'first-meeting', 'any', () => i18n.t('questionText.firstGoals')),

  // After a difficult conversation.
  q('difficult-since', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultSince')),
  q('difficult-landed', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultLanded')),
  q('difficult-support', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultSupport')),
  q('difficult-different', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultDifferent')),
  q('difficult-progress', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultProgress')),
  q('difficult-missing', 'difficult-follow-up', 'any', () => i18n.t('questionText.difficultMissing')),
];
