import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: string;
  class?: string;
  /** Rendered only while open: with hundreds of cards, closed sections cost nothing. */
  children: () => ComponentChildren;
}

/** A native <details>, whose content is built only when someone opens it. */
export function Disclosure({ summary, class: className, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
