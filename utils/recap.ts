/**
 * The recap sent to the other person after a 1:1: the shared notes and both
 * sides' commitments, nothing else. It is built only from what is passed in,
 * and what is passed in is only the shared part: private notes, preparation
 * and topics never reach it (tests/unit/utils/recap.test.ts).
 */
import { parseISO } from 'date-fns';
import { dayText } from './dates';

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

export function buildRecap(input: RecapInput): Recap {
  const firstName = input.personName.split(' ')[0] ?? input.personName;
  const date = dayText(parseISO(input.meetingStart));
  const subject = `Our 1:1 on ${date}`;
  const line = (commitment: RecapInput['commitments'][number]) =>
    `${commitment.text}${commitment.due ? ` (by ${dayText(parseISO(commitment.due), { year: false })})` : ''}${commitment.status === 'done' ? ' [done]' : ''}`;
  const mine = input.commitments.filter((commitment) => commitment.owner === 'me');
  const theirs = input.commitments.filter((commitment) => commitment.owner === 'them');

  const md: string[] = [`Hi ${firstName},`, '', `Here is what we noted in our 1:1 on ${date}.`];
  const html: string[] = [`<p>Hi ${escapeHtml(firstName)},</p>`, `<p>Here is what we noted in our 1:1 on ${escapeHtml(date)}.</p>`];
  if (input.shared.trim()) {
    md.push('', '## Notes', '', input.shared.trim());
    html.push('<h2>Notes</h2>', `<p>${escapeHtml(input.shared.trim()).replace(/\n/g, '<br>')}</p>`);
  }
  for (const [title, list] of [
    ['I will', mine],
    ['You will', theirs],
  ] as const) {
    if (list.length === 0) continue;
    md.push('', `## ${title}`, '', ...list.map((commitment) => `- ${line(commitment)}`));
    html.push(`<h2>${title}</h2>`, `<ul>${list.map((commitment) => `<li>${escapeHtml(line(commitment))}</li>`).join('')}</ul>`);
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
