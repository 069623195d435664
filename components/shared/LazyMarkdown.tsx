/**
 * The Markdown renderer (./Markdown.tsx, with marked) loaded after first paint: a panel draws
 * notes as plain text at once and formatted a moment later, so marked's ~40 kB stay off the
 * panel's first load (docs/PERFORMANCE.md).
 */
import { lazyComponent } from './lazy';

export const LazyMarkdown = lazyComponent(
  () => import('./Markdown').then((module) => module.Markdown),
  (props) => <p class={`md-raw ${props.class ?? ''}`}>{props.text}</p>,
);
