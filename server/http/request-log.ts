import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context.js";
import { INTERNAL, formatError } from "../graphql/format-error.js";
import { logOperation, reportInternal } from "../graphql/operation-log.js";

/** Over HTTP: an internal error's stack logged once under the request id, which the client gets; one line per operation. */
export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) reportInternal(contextValue, formatError(error.toJSON(), error), error);
      },
      async willSendResponse({ contextValue, response, operationName }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        if (result.errors)
          result.errors = result.errors.map((e) =>
            e.extensions?.code === INTERNAL ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e,
          );
        logOperation(contextValue, operationName, result.errors);
      },
    };
  },
};
