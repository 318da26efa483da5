import type { PrinterModel } from '../printer/model';
import { isPrintActive } from '../printer/model';
import { elapsedWords, finishWords, timeLeftWords } from '../printer/time-words';
import { gadgetWords, layerWords, progressWords, temperatureList } from '../printer/words';

interface Props {
  printer: PrinterModel;
  /** When the printer said this: the finish clock counts from then, not from each render. */
  checkedAt: number;
}

/**
 * What the printer is doing, from the printer model alone: while a print is under way its
 * progress, times, layer and file; always the temperatures it reports, and Gadget's verdict.
 */
export function PrintProgress({ printer, checkedAt }: Props) {
  const active = isPrintActive(printer.state);
  const temps = temperatureList(printer);
  const gadget = gadgetWords(printer);
  const times = active ? [timeLeftWords(printer.timeLeftSec), finishWords(checkedAt, printer.timeLeftSec), elapsedWords(printer.elapsedSec), layerWords(printer)] : [];
  const timeLine = times.filter(Boolean).join(' · ');
  return (
    <div class="printer">
      {printer.subState && <p class="substate">{printer.subState}</p>}
      {active && printer.progress !== undefined && <ProgressBar percent={printer.progress} label={[progressWords(printer.progress), timeLeftWords(printer.timeLeftSec)].filter(Boolean).join(', ')} />}
      {timeLine && <p class="times">{timeLine}</p>}
      {active && printer.fileName && (
        <p class="file" title={printer.fileName}>
          {printer.fileName}
        </p>
      )}
      {temps.length > 0 && (
        <ul class="temps" aria-label="Temperatures">
          {temps.map((t) => (
            <li key={t.name}>
              <span class="muted">{t.name}</span> {t.text}
            </li>
          ))}
        </ul>
      )}
      {gadget && (
        <p class={`gadget tone-${gadget.tone}`}>
          <span class="dot" aria-hidden="true" />
          {gadget.text}
        </p>
      )}
    </div>
  );
}

function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div class="progress" role="progressbar" aria-label="Print progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.floor(percent)} aria-valuetext={label}>
      <div class="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
