import { parse, type DocumentNode } from 'graphql';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './playground.css';

/**
 * The gateway's offline playground: GraphiQL bundled from npm (no CDN, fonts inlined in its CSS).
 * Queries and mutations go to this origin's /graphql over HTTP, subscriptions over graphql-ws on the
 * same URL; the header editor's headers are sent with both (as connection params on the socket).
 */
const httpUrl = new URL('/graphql', window.location.href).toString();
const base = createGraphiQLFetcher({ url: httpUrl, subscriptionUrl: httpUrl.replace(/^http/, 'ws') });

/** Header names are case-insensitive over HTTP, but the gateway reads `authorization` from the socket's connection params. */
const lowerCaseNames = (headers: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** The document being sent, parsed now: the editor's own parse lags its text, and decides whether the operation goes over the socket. */
const documentOf = (query: string): DocumentNode | undefined => {
  try {
    return parse(query);
  } catch {
    return undefined; // the server reports the syntax error
  }
};

const fetcher: Fetcher = (params, options) =>
  base(params, { ...options, headers: lowerCaseNames(options?.headers), documentAST: documentOf(params.query) ?? options?.documentAST });

const DEFAULT_QUERY = `# Member Graph playground (works offline).
# 1. Put a token in Headers below: { "Authorization": "Bearer <token>" }
#    (a development token: npm run token -- --role agent --sub agent-1).
# 2. Write an operation (Ctrl-Space completes, the book icon opens the schema docs) and run it (Ctrl-Enter).
#    Subscriptions (returnProgress, ticketProgress, ticketQueue) stream here over graphql-ws.
query {
  __typename
}
`;

createRoot(document.getElementById('playground')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility="headers" shouldPersistHeaders={false} />,
);
