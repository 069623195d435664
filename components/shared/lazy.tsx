/**
 * A component whose module loads after first paint: the page draws `fallback` at once and the
 * component a moment later, so the module (and what it imports) stays off the page's first
 * load (docs/PERFORMANCE.md). Loaded once per page; every use after that draws it at once.
 */
import { createElement, type ComponentType, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: (props: Props) => VNode | null = () => null,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  return function Lazy(props: Props) {
    const [component, setComponent] = useState<ComponentType<Props> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      loading ??= load().then((found) => (loaded = found));
      void loading.then((found) => live && setComponent(() => found));
      return () => {
        live = false;
      };
    }, [component]);
    // The module's own component, created once it has loaded (the same function every time).
    return component ? createElement(component, props) : fallback(props);
  };
}
