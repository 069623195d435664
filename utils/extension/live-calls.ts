/**
 * Live calls by tab, kept in storage.session (memory only, extension pages and
 * the background), and the user's picks of who a call is with, by meeting code.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import type { CallState } from '../protocol/messaging';

export interface LiveCall extends CallState {
  tabId: number;
  updatedAt: string;
}

export const liveCalls = storage.defineItem<Record<string, LiveCall>>(STORAGE_KEYS.liveCalls, { fallback: {}, version: 1 });
/** Meeting code → person id: "this call is with …", remembered. */
export const callPicks = storage.defineItem<Record<string, string>>(STORAGE_KEYS.callPicks, { fallback: {}, version: 1 });

export async function setLiveCall(tabId: number, call: CallState | null, now = new Date()): Promise<void> {
  const others = Object.entries(await liveCalls.getValue()).filter(([tab]) => tab !== String(tabId));
  if (call) others.push([String(tabId), { ...call, tabId, updatedAt: now.toISOString() }]);
  await liveCalls.setValue(Object.fromEntries(others));
}

/** The call to show: the one in the given tab, else the most recently active one. */
export function pickCall(calls: Record<string, LiveCall>, tabId?: number): LiveCall | undefined {
  if (tabId !== undefined && calls[String(tabId)]) return calls[String(tabId)];
  return Object.values(calls).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
