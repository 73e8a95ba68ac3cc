/** A tiny element builder: text always goes in as text nodes, so API data can never become markup. */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A table in a scrollable region that keyboard users can scroll too (readable at 390 px). */
export function scrollTable(caption: string, table: HTMLTableElement): HTMLElement {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 }, table);
}

/**
 * What is shown as it is in every language: identifiers, names people typed, numbers with their units. Marked
 * `translate="no"` so that neither a browser's translator nor a reader's expectations change it; absent, a dash.
 */
export const keep = (text: string | number | null | undefined): HTMLElement | string =>
  text === null || text === undefined || text === '' ? '—' : h('span', { translate: 'no' }, String(text));

const ID_SHOWN = 22;

/** A long id shortened in its middle (ids differ at their ends: `prj-2025-hz-0001`), so tables keep their width. */
export const abbreviate = (id: string): string => (id.length <= ID_SHOWN ? id : `${id.slice(0, 11)}…${id.slice(-8)}`);

/** An id in a table cell: shortened when long, whole on hover. */
export const idText = (id: string): HTMLElement => h('span', { translate: 'no', class: 'id', title: id.length > ID_SHOWN ? id : null }, abbreviate(id));

/** A link to an id's page: the link carries the whole id, the text may be shortened (whole on hover). */
export const idLink = (url: string, id: string): HTMLAnchorElement =>
  h('a', { href: url, translate: 'no', class: 'id', title: id.length > ID_SHOWN ? id : null, 'aria-label': id.length > ID_SHOWN ? id : null }, abbreviate(id));
