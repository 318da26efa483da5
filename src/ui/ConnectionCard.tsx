import { useState } from 'preact/hooks';
import { credentialKind, type Connection } from '../model';
import { statusOf } from '../state';
import { ConnectionDetails } from './ConnectionDetails';
import { Disclosure } from './Disclosure';
import { RemoveDialog } from './RemoveDialog';
import { RenameForm } from './RenameForm';
import { SecretField } from './SecretField';
import { StatusLine } from './StatusLine';
import { formatDateTime } from './format';

interface Props {
  connection: Connection;
}

/**
 * One connected printer: its status, where it is reached, and the credentials it holds. It reads
 * only its own status signal, so another printer's update does not re-render it.
 */
export function ConnectionCard({ connection }: Props) {
  const { secrets } = connection;
  const status = statusOf(connection.id);
  const info = status.value?.info ?? null;
  const oeName = info?.printerName || connection.printerName;
  const name = connection.label || oeName;
  const nameId = `name-${connection.id}`;
  const [renaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState(false);
  return (
    <article class="card" aria-labelledby={nameId}>
      <header class="card-header">
        <h2 id={nameId}>{name}</h2>
        {connection.label && <p class="muted">OctoEverywhere name: {oeName}</p>}
      </header>
      <StatusLine connection={connection} status={status} name={name} />
      <dl class="facts">
        <div>
          <dt>Host</dt>
          <dd>{new URL(connection.url).host}</dd>
        </div>
        <div>
          <dt>Connected</dt>
          <dd>
            <time dateTime={new Date(connection.connectedAt).toISOString()}>{formatDateTime(connection.connectedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Credentials</dt>
          <dd>
            {credentialKind(secrets)}
            {secrets.octoPrintApiKey ? ', OctoPrint API key' : ''}
          </dd>
        </div>
      </dl>
      <Disclosure summary="Details" class="details">
        {() => <ConnectionDetails connection={connection} info={info} />}
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
      {renaming && <RenameForm connection={connection} onDone={() => setRenaming(false)} />}
      <div class="card-actions">
        <button type="button" aria-label={`Rename ${name}`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" aria-label={`Remove ${name}`} onClick={() => setRemoving(true)}>
          Remove
        </button>
      </div>
      {removing && (
        <RemoveDialog connection={connection} accessUrl={info?.userFacingUrl ?? connection.userPrinterAccessUrl ?? null} onClose={() => setRemoving(false)} />
      )}
    </article>
  );
}
