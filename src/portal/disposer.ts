/** One registry of teardowns: every listener, timer and channel adds its own; one call runs them all. */
export class Disposer {
  private readonly teardowns: (() => void)[] = [];

  add(teardown: () => void): void {
    this.teardowns.push(teardown);
  }

  listen<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void): void {
    target.addEventListener(type, handler);
    this.add(() => target.removeEventListener(type, handler));
  }

  timeout(callback: () => void, ms: number): void {
    const id = setTimeout(callback, ms);
    this.add(() => clearTimeout(id));
  }

  interval(callback: () => void, ms: number): void {
    const id = setInterval(callback, ms);
    this.add(() => clearInterval(id));
  }

  dispose(): void {
    for (const teardown of this.teardowns.splice(0).reverse()) {
      try {
        teardown();
      } catch {
        // A failing teardown must not keep the others from running.
      }
    }
  }
}
