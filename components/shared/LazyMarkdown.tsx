/**
 * The Markdown renderer (./Markdown.tsx, with marked) loaded after first paint: a panel draws
 * notes as plain text at once and formatted a moment later, so marked's ~40 kB stay off the
 * panel's first load (docs/PERFORMANCE.md).
 */
import { createElement } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Markdown as MarkdownComponent } from './Markdown';

type Renderer = typeof MarkdownComponent;
let loaded: Renderer | undefined;
let loading: Promise<Renderer> | undefined;

export function LazyMarkdown(props: Parameters<Renderer>[0]) {
  const [renderer, setRenderer] = useState<Renderer | undefined>(() => loaded);
  useEffect(() => {
    if (renderer) return;
    let live = true;
    loading ??= import('./Markdown').then((module) => (loaded = module.Markdown));
    void loading.then((found) => live && setRenderer(() => found));
    return () => {
      live = false;
    };
  }, [renderer]);
  // The module's own component, created once it has loaded (the same function every time).
  return renderer ? createElement(renderer, props) : <p class={`md-raw ${props.class ?? ''}`}>{props.text}</p>;
}
