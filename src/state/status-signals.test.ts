import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../status/connection-status';
import { fakeStatus } from '../../test/support/fixtures';
import { createStatusSignals } from './status-signals';

const networkDown: ConnectionStatus = { kind: 'unreachable', detail: 'network', source: 'app-api', info: null, checkedAt: 0 };

describe('everyAppApiUnreachable', () => {
  it('is true only when every connection\'s App API check failed at the network level', () => {
    const { everyAppApiUnreachable, follow, statusOf } = createStatusSignals();
    expect(everyAppApiUnreachable.value).toBe(false); // no connections: nothing to say
    follow(new Set(['a', 'b']));
    statusOf('a').value = networkDown;
    expect(everyAppApiUnreachable.value).toBe(false); // b has no answer yet
    statusOf('b').value = fakeStatus('online');
    expect(everyAppApiUnreachable.value).toBe(false); // b answered: the network is fine
    statusOf('b').value = { ...networkDown, source: 'relay' };
    expect(everyAppApiUnreachable.value).toBe(false); // only b's printer is out of reach
    statusOf('b').value = { ...networkDown, detail: 'timeout' };
    expect(everyAppApiUnreachable.value).toBe(false); // slow, not blocked
    statusOf('b').value = networkDown;
    expect(everyAppApiUnreachable.value).toBe(true);
    follow(new Set(['a']));
    expect(everyAppApiUnreachable.value).toBe(true); // b was removed: a alone decides
    follow(new Set());
    expect(everyAppApiUnreachable.value).toBe(false);
  });
});
