import { reactive } from 'vue';

/**
 * Whether the live connection (graphql-ws) is down after having been up. The socket closes normally
 * (1000) when no subscription needs it or when it is replaced after a login; anything else is a drop,
 * and lasts until the client has reconnected.
 */
export const connection = reactive({ lost: false });

const NORMAL_CLOSURE = 1000;

export const connectionEvents = {
  connected: (): void => {
    connection.lost = false;
  },
  closed: (event: unknown): void => {
    const code = typeof event === 'object' && event !== null && 'code' in event ? (event as { code: unknown }).code : undefined;
    if (code !== NORMAL_CLOSURE) connection.lost = true;
  },
};
