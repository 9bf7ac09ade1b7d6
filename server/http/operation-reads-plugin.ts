import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context.js";

/**
 * Over HTTP: the operation's read transactions end when its execution does, and at the latest before
 * its response is sent (a request that failed before executing, or whose execution threw).
 */
export const operationReadsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue }) {
        return { executionDidEnd: () => contextValue.reads.end() };
      },
      async willSendResponse({ contextValue }) {
        await contextValue.reads.end();
      },
    };
  },
};
