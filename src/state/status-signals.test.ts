import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../status/connection-status';
import { fakeStatus } from '../../test/support/fixtures';
import { everyAppApiUnreachable, forgetStatuses, statusesChanged, statusOf } from './status-signals';

const networkDown: ConnectionStatus = { kind: 'unreachable', detail: 'network', source: 'app-api', info: null, checkedAt: 0 };

describe('everyAppApiUnreachable', () => {
  it('is true only when every connection\'s App API check failed at the network level', () => {
    statusOf('a').value = networkDown;
    statusOf('b');
    statusesChanged();
    expect(everyAppApiUnreachable.value).toBe(false); // b has no answer yet
    statusOf('b').value = fakeStatus('online');
    expect(everyAppApiUnreachable.value).toBe(false); // b answered: the network is fine
    statusOf('b').value = { ...networkDown, source: 'relay' };
    expect(everyAppApiUnreachable.value).toBe(false); // only b's printer is out of reach
    statusOf('b').value = { ...networkDown, detail: 'timeout' };
    expect(everyAppApiUnreachable.value).toBe(false); // slow, not blocked
    statusOf('b').value = networkDown;
    expect(everyAppApiUnreachable.value).toBe(true);
    forgetStatuses(['a', 'b']);
    statusesChanged();
    expect(everyAppApiUnreachable.value).toBe(false);
  });
});
