/**
 * One registry of teardowns: every listener, timer and channel adds its own; one call runs them
 * all. The helpers below register the common ones; they are functions rather than methods so a
 * page loads only those it uses.
 */
export class Disposer {
  private readonly teardowns: (() => void)[] = [];

  add(teardown: () => void): void {
    this.teardowns.unshift(teardown);
  }

  dispose(): void {
    for (const teardown of this.teardowns.splice(0)) {
      try {
        teardown();
      } catch {
        // A failing teardown must not keep the others from running.
      }
    }
  }
}

export function listen<K extends keyof WindowEventMap>(disposer: Disposer, target: Window, type: K, handler: (event: WindowEventMap[K]) => void): void {
  target.addEventListener(type, handler);
  disposer.add(() => target.removeEventListener(type, handler));
}

export function timeout(disposer: Disposer, callback: () => void, ms: number): void {
  const id = setTimeout(callback, ms);
  disposer.add(() => clearTimeout(id));
}

export function interval(disposer: Disposer, callback: () => void, ms: number): void {
  const id = setInterval(callback, ms);
  disposer.add(() => clearInterval(id));
}
