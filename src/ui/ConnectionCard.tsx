import { useState } from 'preact/hooks';
import { displayName, type Connection } from '../model';
import { printerOf } from '../status/connection-status';
import { ConnectionDetails } from './ConnectionDetails';
import { Disclosure } from './Disclosure';
import { RemoveDialog } from './RemoveDialog';
import { RenameForm } from './RenameForm';
import { SecretField } from './SecretField';
import { PrintProgress } from './PrintProgress';
import { PrintControls } from './PrintControls';
import { LiveLinksDetails, ShareLiveView } from './ShareLiveView';
import { StatusBadge, StatusLine } from './StatusLine';
import { WebcamSlot } from './WebcamSlot';
import { useDashboard } from './use-dashboard';

interface Props {
  connection: Connection;
}

/**
 * One connected printer: what it is doing (or what keeps the dashboard from knowing), and what can
 * be done about it; where it is reached and the credentials it holds wait in Details. It reads only
 * its own status signals, so another printer's update does not re-render it.
 */
export function ConnectionCard({ connection }: Props) {
  const { secrets } = connection;
  const { statuses } = useDashboard();
  const status = statuses.statusOf(connection.id).value;
  const checking = statuses.checkingOf(connection.id).value;
  const info = status?.info ?? null;
  const printer = printerOf(status);
  const oeName = info?.printerName || connection.printerName;
  const name = displayName(connection, info);
  const nameId = `name-${connection.id}`;
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  return (
    <article class="card" aria-labelledby={nameId}>
      <header class="card-header">
        <h2 id={nameId}>{name}</h2>
        <StatusBadge status={status} />
      </header>
      {connection.label && <p class="muted oe-name">OctoEverywhere name: {oeName}</p>}
      <WebcamSlot connection={connection} status={status} name={name} />
      {printer && status && <PrintProgress printer={printer} checkedAt={status.checkedAt} />}
      {printer && <PrintControls connection={connection} printer={printer} name={name} />}
      <StatusLine connection={connection} status={status} checking={checking} name={name}>
        {status?.kind === 'online' && <ShareLiveView connection={connection} name={name} printer={printer} />}
        <button type="button" aria-label={`Rename ${name}`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" aria-label={`Remove ${name}`} onClick={() => setRemoving(true)}>
          Remove
        </button>
      </StatusLine>
      {renaming && <RenameForm connection={connection} onDone={() => setRenaming(false)} />}
      <div class="disclosures">
        <Disclosure summary="Details" class="details">
          {() => (
            <>
              <ConnectionDetails connection={connection} info={info} printer={printer} />
              <LiveLinksDetails connectionId={connection.id} />
            </>
          )}
        </Disclosure>
        <Disclosure summary="Show credentials" class="secrets">
          {() => (
            <dl>
              <SecretField label="App API token" value={secrets.appApiToken} />
              {secrets.basicUser && <SecretField label="Basic user" value={secrets.basicUser} />}
              {secrets.basicPassword && <SecretField label="Basic password" value={secrets.basicPassword} />}
              {secrets.bearerToken && <SecretField label="Bearer token" value={secrets.bearerToken} />}
              {secrets.octoPrintApiKey && <SecretField label="OctoPrint API key" value={secrets.octoPrintApiKey} />}
            </dl>
          )}
        </Disclosure>
      </div>
      {removing && (
        <RemoveDialog connection={connection} accessUrl={info?.userFacingUrl ?? connection.userPrinterAccessUrl ?? null} onClose={() => setRemoving(false)} />
      )}
    </article>
  );
}
