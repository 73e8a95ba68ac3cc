import type { Api } from './api.js';
import type { TokenStore } from './auth.js';
import type { Route } from './router.js';

/** What a page gets to render itself: the API, where to draw, and how to leave or be left. */
export interface PageContext {
  api: Api;
  tokens: TokenStore;
  route: Route;
  main: HTMLElement;
  /** Aborted when the user navigates away: stop polling, drop late answers. */
  signal: AbortSignal;
  navigate(url: string, options?: { replace?: boolean }): void;
  /** Read out by screen readers (a polite live region). */
  announce(message: string): void;
  /** Draws the page again (after a token change, a language switch). */
  rerender(): void;
}

export type PageRenderer = (ctx: PageContext) => Promise<void>;
