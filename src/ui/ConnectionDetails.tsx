import { credentialKind, type Connection, type ConnectionInfo } from '../model';
import type { PrinterModel } from '../printer/model';
import { filamentWords } from '../printer/words';
import { formatDateTime, formatDuration, formatIso, formatMegabytes } from './format';

interface Props {
  connection: Connection;
  info: ConnectionInfo | null;
  printer: PrinterModel | null;
}

const SOURCE_WORDS = { plugin: 'OctoEverywhere Plugin APIs', octoprint: 'OctoPrint’s own API (the plugin is too old for the Plugin APIs)' } as const;

/** Everything a card keeps out of the way: where the printer is reached, how, and its limits. */
export function ConnectionDetails({ connection, info, printer }: Props) {
  const { secrets } = connection;
  const link = info?.userFacingUrl ?? connection.userPrinterAccessUrl;
  const rows: [string, string | null | undefined][] = [
    ['File', printer?.fileName],
    ['Filament', printer && filamentWords(printer)],
    ['Name on OctoEverywhere', info?.printerName ?? connection.printerName],
    ['App Connection host', new URL(connection.url).host],
    ['Connected', formatDateTime(connection.connectedAt)],
    ['Credentials', `${credentialKind(secrets)}${secrets.octoPrintApiKey ? ', OctoPrint API key' : ''}`],
    ['Printer software', printer?.platformVersion],
    ['Read through', printer && SOURCE_WORDS[printer.source]],
    ['Last connected', formatIso(info?.lastConnected ?? null)],
    ['Last disconnected', formatIso(info?.lastDisconnected ?? null)],
    ['Last known local IP', info?.localIp ?? connection.printerLastKnownLocalIp],
    ['Upload limit', formatMegabytes(info?.limits.maxUploadBytes ?? null)],
    ['Download limit', formatMegabytes(info?.limits.maxDownloadBytes ?? null)],
    ['Webcam stream limit', formatDuration(info?.limits.maxWebcamStreamSeconds ?? null)],
  ];
  return (
    <>
      <dl class="facts">
        {rows.map(([term, value]) =>
          value ? (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open on OctoEverywhere
          </a>
        </p>
      )}
    </>
  );
}
