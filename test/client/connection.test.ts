import { describe, expect, it } from 'vitest';
import { connection, connectionEvents, connectionReplaced } from '../../client/connection.js';

describe("the live connection's state, as the banner shows it", () => {
  it('reports a drop until the socket is back or replaced, but not a normal close or a refused token', () => {
    connectionEvents.connected();
    connectionEvents.closed({ code: 1000 }); // no subscription needs the socket: closed on purpose
    expect(connection.lost).toBe(false);
    connectionEvents.closed({ code: 4401 }); // the token was refused: the user is sent to log in instead
    expect(connection.lost).toBe(false);

    connectionEvents.closed({ code: 1006 }); // the network or the server went away
    expect(connection.lost).toBe(true);
    connectionEvents.closed(new Error('connect failed')); // a retry that could not connect
    expect(connection.lost).toBe(true);
    connectionEvents.connected();
    expect(connection.lost).toBe(false);

    connectionEvents.closed({ code: 1001 });
    connectionReplaced(); // logged out or in: a new socket, nothing to report yet
    expect(connection.lost).toBe(false);
  });
});
