// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazy', () => {
  it('renders its component once the code arrives', async () => {
    const root = document.createElement('div');
    const Lazy = lazy(() => Promise.resolve(Hello));
    render(<Lazy name="a" />, root);
    await vi.waitFor(() => expect(root.textContent).toBe('Hello a'));
  });

  it('renders it too when the code arrives between the first render and its effect', async () => {
    const root = document.createElement('div');
    let arrive: (component: typeof Hello) => void = () => undefined;
    const Lazy = lazy(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    Lazy.preload();
    render(<Lazy name="b" />, root);
    expect(root.textContent).toBe('');
    // Preact runs effects after the next frame; the code lands before that.
    arrive(Hello);
    await Promise.resolve();
    await vi.waitFor(() => expect(root.textContent).toBe('Hello b'));
  });
});
