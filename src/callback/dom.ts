/** Tiny DOM helpers for the callback page: text only, never HTML from a value. */
type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function button(label: string, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button' }, label);
  node.addEventListener('click', onClick);
  return node;
}

/** Replaces the page's content, and moves focus to its heading for screen readers. */
export function show(title: string, ...body: Child[]): void {
  const main = document.getElementById('callback');
  if (!main) return;
  const heading = el('h1', { tabindex: '-1' }, title);
  main.replaceChildren(heading, ...body);
  main.classList.add('shown'); // at once, not after the page's first moment (callback.css): focus needs it drawn
  document.title = `${title} · Printer Dashboard`;
  heading.focus();
}
