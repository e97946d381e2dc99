/** The staff token of this tab: kept in sessionStorage, so it goes when the tab closes. */
const KEY = 'member-graph.dashboard.token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  signIn: (token: string) => sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, '')),
  signOut: () => sessionStorage.removeItem(KEY),
};
