/** A kind of question, in the catalogue's words. */
import type { QuestionKind } from '@/utils/rules/questions/bank';
import { i18n } from '#i18n';

const KEYS = {
  'check-in': 'bank.kinds.checkIn',
  growth: 'bank.kinds.growth',
  trust: 'bank.kinds.trust',
  'wrap-up': 'bank.kinds.wrapUp',
  'first-meeting': 'bank.kinds.firstMeeting',
  'difficult-follow-up': 'bank.kinds.difficultFollowUp',
} as const;

export function kindLabel(kind: QuestionKind): string {
  return i18n.t(KEYS[kind]);
}
