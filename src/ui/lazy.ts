import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it renders, then renders as itself (nothing until
 * then). For views that only some visits need (an import's plan, a damaged record's card), so the
 * first screen's JavaScript stays within its byte budget.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      loading ??= load().then(
        (component) => (loaded = component),
        // A chunk that failed to load (offline, or replaced by a new deployment) is tried again next time.
        () => (loading = null),
      );
      void loading.then(() => live && loaded && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
