import { useState } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
}

/** A secret shown masked, with Reveal and Copy. Copying never reveals it on screen. */
export function SecretField({ label, value }: Props) {
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState('');
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setStatus('Copied'),
      () => setStatus('Copy failed'),
    );
  };
  return (
    <div class="secret">
      <dt>{label}</dt>
      <dd>
        <code class="secret-value">{revealed ? value : '•'.repeat(12)}</code>
        <button type="button" class="small" aria-pressed={revealed} aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label}`} onClick={() => setRevealed(!revealed)}>
          {revealed ? 'Hide' : 'Reveal'}
        </button>
        <button type="button" class="small" aria-label={`Copy ${label}`} onClick={copy}>
          Copy
        </button>
        <span role="status" class="muted">{status}</span>
      </dd>
    </div>
  );
}
