import { describe, expect, it } from 'vitest';
import { afterRolesChanged, connection, connectionEvents, connectionReplaced } from '../../client/connection.js';
import { ROLES_CHANGED } from '../../server/http/ws-sessions.js';

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

  it("reads the page again once the socket is back after the user's roles changed, and only then", () => {
    let rereads = 0;
    const roles = afterRolesChanged(() => rereads++);
    roles.closed({ code: 1006 }); // a drop: what the page shows still holds
    roles.connected();
    expect(rereads).toBe(0);
    roles.closed({ code: ROLES_CHANGED }); // the server's close when an administrator changed the roles
    expect(rereads).toBe(0); // not before the socket is back with the new roles
    roles.connected();
    expect(rereads).toBe(1);
    roles.connected(); // a later reconnect is no roles change
    expect(rereads).toBe(1);
  });
});
