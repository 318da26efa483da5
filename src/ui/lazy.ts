import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it renders, then renders as itself (nothing until
 * then). For views that only some visits need (an import's plan, a damaged record's card), so the
 * first screen's JavaScript stays within its byte budget.
 */
export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading now, before the first render needs it. */
  preload(): void;
};

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      // A chunk that failed to load (offline, or replaced by a new deployment) is tried again next time.
      () => (loading = null),
    ));
  function Lazy(props: P) {
    const [, setReady] = useState(false);
    const renderedWithout = !loaded;
    useEffect(() => {
      // The code may have arrived between this render and its effect: render again with it.
      if (loaded) {
        if (renderedWithout) setReady(true);
        return;
      }
      let live = true;
      void start().then(() => live && loaded && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  }
  return Object.assign(Lazy, { preload: () => void start() });
}
