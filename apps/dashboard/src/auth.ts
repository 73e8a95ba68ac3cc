const STORAGE_KEY = 'dashboard.token';

export interface TokenClaims {
  sub?: string;
  name?: string;
  roles?: string[];
  orgUnit?: string;
  customerId?: string;
  exp?: number;
}

/**
 * The token is asked for once per tab and kept in sessionStorage (gone when the tab closes). A link made from the CLI's
 * `token` command may carry it in the fragment (`#token=…`), which browsers never send to a server: it is taken, stored
 * and removed from the address bar so that it does not linger in history or screenshots.
 */
export class TokenStore {
  constructor(private readonly storage: Storage) {}

  adoptFromFragment(location: Location, history: History): void {
    const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    const token = fragment.get('token');
    if (!token) return;
    this.set(token);
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  }

  get(): string | null {
    return this.storage.getItem(STORAGE_KEY);
  }

  set(token: string): void {
    this.storage.setItem(STORAGE_KEY, token.trim());
  }

  clear(): void {
    this.storage.removeItem(STORAGE_KEY);
  }

  /** What the token says about its holder, for display only: the server verifies it on every call. */
  claims(): TokenClaims | null {
    const token = this.get();
    return token ? decodeClaims(token) : null;
  }
}

export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token.trim());

export function decodeClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as TokenClaims;
  } catch {
    return null;
  }
}
