/**
 * The recap sent to the other person after a 1:1: the shared notes and both
 * sides' commitments, nothing else. It is built only from what is passed in,
 * and what is passed in is only the shared part: private notes, preparation
 * and topics never reach it (tests/unit/utils/recap.test.ts).
 */
import { parseISO } from 'date-fns';
import { dayText } from './dates';
import { interfaceVoice, type Voice } from './voice';

export interface RecapInput {
  personName: string;
  personEmail?: string;
  meetingStart: string;
  shared: string;
  commitments: readonly { text: string; owner: 'me' | 'them'; due?: string; status: 'open' | 'done' }[];
}

export interface Recap {
  subject: string;
  markdown: string;
  html: string;
  mailto: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The recap in `voice`: the person's language when they have one (Person.language), else the interface's. */
export function buildRecap(input: RecapInput, voice: Voice = interfaceVoice()): Recap {
  const { t } = voice;
  const firstName = input.personName.split(' ')[0] ?? input.personName;
  const date = dayText(parseISO(input.meetingStart), { locale: voice.dateLocale });
  const subject = t('recapText.subject', { date });
  const line = (commitment: RecapInput['commitments'][number]) =>
    `${commitment.text}${commitment.due ? ` ${t('recapText.by', { day: dayText(parseISO(commitment.due), { year: false, locale: voice.dateLocale }) })}` : ''}${commitment.status === 'done' ? ` ${t('recapText.done')}` : ''}`;
  const mine = input.commitments.filter((commitment) => commitment.owner === 'me');
  const theirs = input.commitments.filter((commitment) => commitment.owner === 'them');

  const hello = t('recapText.hello', { name: firstName });
  const intro = t('recapText.intro', { date });
  const md: string[] = [hello, '', intro];
  const html: string[] = [`<p>${escapeHtml(hello)}</p>`, `<p>${escapeHtml(intro)}</p>`];
  if (input.shared.trim()) {
    md.push('', `## ${t('recapText.notes')}`, '', input.shared.trim());
    html.push(`<h2>${escapeHtml(t('recapText.notes'))}</h2>`, `<p>${escapeHtml(input.shared.trim()).replace(/\n/g, '<br>')}</p>`);
  }
  for (const [title, list] of [
    [t('recapText.iWill'), mine],
    [t('recapText.youWill'), theirs],
  ] as const) {
    if (list.length === 0) continue;
    md.push('', `## ${title}`, '', ...list.map((commitment) => `- ${line(commitment)}`));
    html.push(`<h2>${escapeHtml(title)}</h2>`, `<ul>${list.map((commitment) => `<li>${escapeHtml(line(commitment))}</li>`).join('')}</ul>`);
  }
  const markdown = md.join('\n');
  const to = input.personEmail ? encodeURIComponent(input.personEmail) : '';
  return {
    subject,
    markdown,
    html: html.join('\n'),
    mailto: `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(markdown)}`,
  };
}
