/**
 * The built-in question bank, in our own words. Every question is open (it
 * cannot be answered with yes or no) and is about the person, never about
 * tickets. Ids are stable forever: meetings record the ids of the questions
 * asked, so never reuse or renumber one; retire a question by removing it.
 */
import type { Focus } from '../cadence';

export type QuestionKind = 'check-in' | 'growth' | 'trust' | 'wrap-up' | 'first-meeting' | 'difficult-follow-up';
export type QuestionFocus = Focus | 'any';

export const QUESTION_KINDS: readonly QuestionKind[] = ['check-in', 'growth', 'trust', 'wrap-up', 'first-meeting', 'difficult-follow-up'];

export interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  focus: QuestionFocus;
}

const q = (id: string, kind: QuestionKind, focus: QuestionFocus, text: string): Question => ({ id, text, kind, focus });

export const BUILT_IN_QUESTIONS: readonly Question[] = [
  // The Present: energy, what is on their mind, where they are stuck.
  q('present-on-your-mind', 'check-in', 'present', 'What is on your mind this week?'),
  q('present-energy', 'check-in', 'present', 'How is your energy these days, and what is draining or feeding it?'),
  q('present-frustrating', 'check-in', 'present', 'What has been frustrating you lately?'),
  q('present-slowing-down', 'check-in', 'present', 'What is slowing you down right now?'),
  q('present-learned', 'check-in', 'present', 'What have you learned since we last talked?'),
  q('present-proud', 'check-in', 'present', 'What are you proud of from the last couple of weeks?'),
  q('present-stuck', 'check-in', 'present', 'Where do you feel stuck, and what have you tried so far?'),
  q('present-best-part', 'check-in', 'present', 'What was the best part of your week?'),
  q('present-worst-part', 'check-in', 'present', 'What was the hardest part of your week?'),
  q('present-workload', 'check-in', 'present', 'How does your workload feel: too much, too little, or about right, and why?'),
  q('present-focus-time', 'check-in', 'present', 'When did you last get a few hours of deep focus, and what made it possible?'),
  q('present-outside-work', 'check-in', 'present', 'How are things outside work, as much as you care to share?'),
  q('present-one-change', 'check-in', 'present', 'If you could change one thing about how the team works this week, what would it be?'),
  q('present-surprised', 'check-in', 'present', 'What surprised you recently?'),
  q('present-decision', 'check-in', 'present', 'Which decision are you wrestling with at the moment?'),
  q('present-you-decide', 'growth', 'present', 'What do you think you should do about it, and what would help you do it?'),
  q('present-options', 'growth', 'present', 'Which options have you considered, and which one are you leaning towards?'),
  q('present-enjoying', 'growth', 'present', 'Which part of your current work are you enjoying most?'),
  q('present-avoiding', 'growth', 'present', 'What have you been putting off, and what makes it hard to start?'),
  q('present-help-someone', 'growth', 'present', 'Who on the team have you helped lately, and how did it go?'),
  q('present-meetings', 'check-in', 'present', 'Which of your meetings could you drop without missing anything?'),
  q('present-not-helpful', 'trust', 'present', 'What am I doing that is not helpful to you right now?'),
  q('present-context', 'trust', 'present', 'What context are you missing to do your best work?'),
  q('present-wanted-to-tell', 'trust', 'present', 'What have you been wanting to tell me but have not found the moment for?'),
  q('present-support', 'trust', 'present', 'How can I support you this week?'),
  q('present-team-mood', 'trust', 'present', 'How would you describe the mood on the team right now?'),
  q('present-unclear', 'trust', 'present', 'What feels unclear about our priorities at the moment?'),
  q('present-recognition', 'trust', 'present', 'Whose work deserves more recognition than it is getting?'),

  // The Near Future: growth and impact in the coming weeks; where the team gets stuck.
  q('near-more-of', 'growth', 'near-future', 'What kind of work would you like to do more of in the next month?'),
  q('near-less-of', 'growth', 'near-future', 'What kind of work would you like to do less of?'),
  q('near-biggest-difference', 'growth', 'near-future', 'What could you do in the coming weeks that would make the biggest difference?'),
  q('near-opportunity', 'growth', 'near-future', 'Which opportunity coming up would you like to take on?'),
  q('near-stretch', 'growth', 'near-future', 'What would be a good stretch for you this quarter?'),
  q('near-skill-now', 'growth', 'near-future', 'Which skill would help you most with what is coming up?'),
  q('near-interesting', 'growth', 'near-future', 'What would make your work more interesting over the next few weeks?'),
  q('near-ownership', 'growth', 'near-future', 'Which area would you like to own more fully?'),
  q('near-team-stuck', 'check-in', 'near-future', 'Where does the team keep getting stuck, and what would unstick it?'),
  q('near-process', 'check-in', 'near-future', 'Which of our habits or processes is costing more than it gives?'),
  q('near-risk', 'check-in', 'near-future', 'What worries you about the next few weeks?'),
  q('near-collaborate', 'check-in', 'near-future', 'Who would you like to work with more closely, and on what?'),
  q('near-feedback-wanted', 'growth', 'near-future', 'On what would you like more feedback, and from whom?'),
  q('near-goal-check', 'growth', 'near-future', 'How are you tracking against what you set out to do this quarter?'),
  q('near-remove-obstacle', 'trust', 'near-future', 'Which obstacle could I remove for you this month?'),
  q('near-visibility', 'trust', 'near-future', 'Which of your work should more people know about?'),
  q('near-teach', 'growth', 'near-future', 'What could you teach the rest of the team?'),
  q('near-experiment', 'growth', 'near-future', 'What small experiment would you like to try in how you work?'),
  q('near-priorities', 'trust', 'near-future', 'How well do your priorities match what you think matters most?'),
  q('near-new-joiner', 'check-in', 'near-future', 'What would a new person on the team struggle with first?'),

  // The Horizon: career, skills, the leader they want to become.
  q('horizon-two-years', 'growth', 'horizon', 'Where would you like to be in two years?'),
  q('horizon-dream-job', 'growth', 'horizon', 'What does your ideal job look like, and how far is this one from it?'),
  q('horizon-skills', 'growth', 'horizon', 'Which skills do you want to build over the next year?'),
  q('horizon-leader', 'growth', 'horizon', 'What kind of leader do you want to become?'),
  q('horizon-admire', 'growth', 'horizon', 'Whose career do you admire, and what about it draws you?'),
  q(
    'horizon-path',
    'growth',
    'horizon',
    'Which path appeals to you more right now: going deeper as an expert, or leading people, and why?',
  ),
  q('horizon-strengths', 'growth', 'horizon', 'Which of your strengths are we not using enough?'),
  q('horizon-avoiding', 'growth', 'horizon', 'What are you avoiding that might matter for your growth?'),
  q('horizon-values', 'growth', 'horizon', 'What matters most to you in your work, and how well does this role give you that?'),
  q('horizon-legacy', 'growth', 'horizon', 'What would you like to be known for on this team a year from now?'),
  q('horizon-learning', 'growth', 'horizon', 'How do you learn best, and how could we make more room for it?'),
  q('horizon-next-role', 'growth', 'horizon', 'What would you need to learn or show to be ready for your next role?'),
  q('horizon-motivation', 'check-in', 'horizon', 'What keeps you motivated over the long run, and what wears it down?'),
  q('horizon-leave', 'trust', 'horizon', 'What might make you think about leaving one day?'),
  q('horizon-stay', 'trust', 'horizon', 'What keeps you here?'),
  q('horizon-support-career', 'trust', 'horizon', 'How could I better support your career, not just your current work?'),
  q('horizon-mentor', 'growth', 'horizon', 'Who could mentor you, inside or outside the company?'),
  q('horizon-side-interests', 'growth', 'horizon', 'Which interests outside your current role would you like to bring into your work?'),

  // Wrap-up: every meeting ends by asking for feedback on the manager.
  q('wrap-one-thing', 'wrap-up', 'any', 'What is one thing I could do differently to be more useful to you?'),
  q('wrap-this-meeting', 'wrap-up', 'any', 'How could we make these 1:1s more useful for you?'),
  q('wrap-stop-doing', 'wrap-up', 'any', 'What should I stop doing?'),
  q('wrap-start-doing', 'wrap-up', 'any', 'What should I start doing that I am not doing today?'),
  q('wrap-blind-spot', 'wrap-up', 'any', 'Which of my habits gets in the way of the team, that I might not see?'),
  q('wrap-decision', 'wrap-up', 'any', 'Which recent decision of mine did you disagree with, and why?'),
  q('wrap-communication', 'wrap-up', 'any', 'How could I communicate better with you?'),
  q('wrap-rate', 'wrap-up', 'any', 'What would make this meeting a better use of your time next week?'),

  // First meeting with someone.
  q('first-best-manager', 'first-meeting', 'any', 'What did the best manager you have had do that you would like me to do too?'),
  q('first-worst-habit', 'first-meeting', 'any', 'What did a manager do that you never want to experience again?'),
  q('first-feedback-style', 'first-meeting', 'any', 'How do you like to receive feedback: in the moment, in writing, in our 1:1s?'),
  q('first-recognition', 'first-meeting', 'any', 'How do you like your work to be recognised?'),
  q(
    'first-want-from-1on1s',
    'first-meeting',
    'any',
    'What would you like to get out of our 1:1s: coaching, venting, technical growth, career?',
  ),
  q('first-know-about-you', 'first-meeting', 'any', 'What should I know about you that would help us work well together?'),
  q('first-good-day', 'first-meeting', 'any', 'What does a good working day look like for you?'),
  q('first-stress', 'first-meeting', 'any', 'How will I know when you are stressed, and what helps then?'),
  q('first-cadence', 'first-meeting', 'any', 'How often, and for how long, would you like us to meet?'),
  q('first-goals', 'first-meeting', 'any', 'What are you hoping to achieve in your first months in this role?'),

  // After a difficult conversation.
  q('difficult-since', 'difficult-follow-up', 'any', 'How have things been since we talked about it last time?'),
  q('difficult-landed', 'difficult-follow-up', 'any', 'How did our last conversation land with you, looking back?'),
  q('difficult-support', 'difficult-follow-up', 'any', 'What support would help you with what we discussed?'),
  q('difficult-different', 'difficult-follow-up', 'any', 'What would you like me to do differently in how we talk about hard things?'),
  q('difficult-progress', 'difficult-follow-up', 'any', 'What progress do you see, and where is it still hard?'),
  q('difficult-missing', 'difficult-follow-up', 'any', 'What did I miss or misunderstand when we talked?'),
];
