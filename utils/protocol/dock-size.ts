/**
 * The dock's size and the user's word on it: apart from calendar-settings.ts so the dock's
 * frame (the calendar content script's on-demand part) takes these without recognition.
 */
export const DOCK_WIDTH = { min: 280, max: 720, initial: 380 } as const;

export interface DockPreferences {
  width: number;
  collapsed: boolean;
}
