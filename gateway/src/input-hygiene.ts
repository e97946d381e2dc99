import type { ApolloServerPlugin } from '@apollo/server';
import { checkOperationInput } from '@member-graph/common/graphql';

/** Refuses an operation whose strings cannot be stored (NUL, lone surrogates) before it is planned: HTTP 400, BAD_USER_INPUT. */
export const inputHygienePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const unsafe = checkOperationInput(document, request.variables);
        if (unsafe) throw unsafe;
      },
    };
  },
};
