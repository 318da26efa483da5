import { useState } from 'preact/hooks';
import type { Connection } from '../model';
import type { PrinterModel } from '../printer/model';
import { actionAllowed, createControls, type ControlCommand } from '../state/controls';
import { busyWords, lightWords, resultIsOk, resultWords } from './control-words';
import { ConfirmDialog } from './ConfirmDialog';
import { Disclosure } from './Disclosure';
import { TemperatureForm } from './TemperatureForm';
import { usePart } from './use-dashboard';

interface Props {
  connection: Connection;
  printer: PrinterModel;
  /** The card's name for the printer. */
  name: string;
}

/** Which dialog asks before its command goes. */
type Asking = 'cancel' | 'home' | null;

/**
 * What can be done to an online printer from its card: Pause, Resume, Cancel as its state allows;
 * lights, temperatures and Home when its `Features` say so. Nothing else (no axis moves, no
 * extrusion). One command at a time; its result stays in words below the buttons.
 */
export function PrintControls({ connection, printer, name }: Props) {
  const controls = usePart(createControls);
  const run = controls.runOf(connection.id).value;
  const [asking, setAsking] = useState<Asking>(null);
  const running = run !== null && run.result === null;
  const allowed = (action: Parameters<typeof actionAllowed>[1]) => actionAllowed(printer, action);
  const send = (command: ControlCommand) => void controls.run(connection, command);
  const lights = allowed('set-light') ? (printer.lights ?? []) : [];
  const words = run && resultWords(run);

  /** A command's button: busy (and aria-disabled, so it keeps focus) while any command runs. */
  const button = (label: string, command: ControlCommand, onClick: () => void, extra: { class?: string } = {}) => {
    const busy = running && run.command.command === command.command;
    return (
      <button
        type="button"
        class={extra.class}
        aria-label={busy ? undefined : `${label} ${name}`}
        aria-disabled={running}
        aria-busy={busy || undefined}
        onClick={() => {
          if (!running) onClick();
        }}
      >
        {busy ? busyWords(run.command) : label}
      </button>
    );
  };

  const anything = allowed('pause') || allowed('resume') || allowed('cancel') || allowed('home') || lights.length > 0 || allowed('set-temp');
  if (!anything && !run) return null;
  return (
    <div class="controls">
      <div class="control-buttons">
        {allowed('pause') && button('Pause', { command: 'pause' }, () => send({ command: 'pause' }))}
        {allowed('resume') && button('Resume', { command: 'resume' }, () => send({ command: 'resume' }), { class: 'primary' })}
        {allowed('cancel') && button('Cancel print', { command: 'cancel' }, () => setAsking('cancel'))}
        {allowed('home') && button('Home', { command: 'home' }, () => setAsking('home'))}
      </div>
      {lights.length > 0 && (
        <div class="lights" role="group" aria-label={`Lights of ${name}`}>
          {lights.map((light) => {
            const busy = running && run.command.command === 'set-light' && run.command.name === light.name;
            return (
              <button
                key={light.name}
                type="button"
                role="switch"
                aria-checked={light.on === true}
                aria-disabled={running}
                aria-busy={busy || undefined}
                onClick={() => {
                  if (!running) send({ command: 'set-light', name: light.name, on: light.on !== true });
                }}
              >
                {lightWords(light.name)}
                <span aria-hidden="true">{busy ? ` · ${busyWords(run.command)}` : light.on ? ' · on' : ' · off'}</span>
              </button>
            );
          })}
        </div>
      )}
      {allowed('set-temp') && (
        <Disclosure summary="Set temperatures" class="set-temps">
          {() => <TemperatureForm printer={printer} waiting={running} setting={running && run.command.command === 'set-temp'} onSet={(temperatures) => send({ command: 'set-temp', ...temperatures })} />}
        </Disclosure>
      )}
      <p class={`control-result${run && !resultIsOk(run) ? ' problem' : ''}`} role="status">
        {words}
      </p>
      {asking === 'cancel' && (
        <ConfirmDialog
          title={`Cancel the print on ${name}?`}
          keep="Keep printing"
          confirm="Cancel print"
          onClose={() => setAsking(null)}
          onConfirm={() => send({ command: 'cancel' })}
        >
          <p>
            {printer.fileName ? <strong>{printer.fileName}</strong> : 'The print'} stops now. A cancelled print cannot be resumed: it would have to
            start again from the beginning.
          </p>
        </ConfirmDialog>
      )}
      {asking === 'home' && (
        <ConfirmDialog title={`Home ${name}?`} keep="Don’t home" confirm="Home" onClose={() => setAsking(null)} onConfirm={() => send({ command: 'home' })}>
          <p>The print head and bed move to their home positions on every axis. Make sure nothing is in their way.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
