import type { ConnectionInfo } from '../api/info';
import type { Connection } from '../model';
import { formatDuration, formatIso, formatMegabytes } from './format';

/** What OctoEverywhere says about the printer, as of the last answer: the content of a card's Details. */
export function ConnectionDetails({ connection, info }: { connection: Connection; info: ConnectionInfo | null }) {
  const link = info?.userFacingUrl ?? connection.userPrinterAccessUrl;
  const rows: [string, string | null | undefined][] = [
    ['Name on OctoEverywhere', info?.printerName ?? connection.printerName],
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
