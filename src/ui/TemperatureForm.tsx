import { useId } from 'preact/hooks';
import type { PrinterModel } from '../printer/model';
import { TEMPERATURE_LIMITS } from '../state/controls';

type Temperatures = { bedC?: number; toolC?: number; chamberC?: number };

interface Props {
  printer: PrinterModel;
  /** A command to this printer runs: Set waits. */
  waiting: boolean;
  /** The command running is this form's. */
  setting: boolean;
  onSet: (temperatures: Temperatures) => void;
}

const HEATERS = [
  { key: 'toolC', name: 'Hotend', model: 'hotend' },
  { key: 'bedC', name: 'Bed', model: 'bed' },
  { key: 'chamberC', name: 'Chamber', model: 'chamber' },
] as const;

/** An empty field leaves its heater alone; anything else is checked (in words) before sending. */
function read(form: HTMLFormElement): Temperatures {
  const values: Temperatures = {};
  for (const { key } of HEATERS) {
    const field = form.elements.namedItem(key);
    if (!(field instanceof HTMLInputElement) || field.value.trim() === '') continue;
    values[key] = field.valueAsNumber;
  }
  return values;
}

/**
 * Targets for the heaters the printer has (a chamber only when it reports one). The fields do not
 * block out-of-range values themselves (`noValidate`): the state layer refuses them in words.
 */
export function TemperatureForm({ printer, waiting, setting, onSet }: Props) {
  const id = useId();
  const heaters = HEATERS.filter((h) => h.model !== 'chamber' || printer.temperatures.chamber);
  return (
    <form
      class="temp-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!waiting) onSet(read(event.currentTarget));
      }}
    >
      {heaters.map(({ key, name, model }) => {
        const target = printer.temperatures[model]?.target;
        return (
          <label key={key} for={`${id}-${key}`}>
            {name} °C <span class="muted">(0–{TEMPERATURE_LIMITS[key]}{target !== undefined ? `, now ${target}` : ''})</span>
            <input id={`${id}-${key}`} name={key} type="number" inputMode="decimal" min={0} max={TEMPERATURE_LIMITS[key]} step="any" />
          </label>
        );
      })}
      <button type="submit" aria-disabled={waiting} aria-busy={setting || undefined}>
        {setting ? 'Setting…' : 'Set'}
      </button>
    </form>
  );
}
