/** Our elements on the calendar page, by tag name: the dock's host and the warning's. */
export const DOCK_TAG = 'one-on-one-companion';
export const WARNING_TAG = 'one-on-one-companion-warning';
