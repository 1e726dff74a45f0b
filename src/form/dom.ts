import type { Shown } from '../core/form-model.js';

/**
 * The only way the form builds elements: text always goes in as text nodes, never as markup,
 * so nothing in a framework can become HTML. (ESLint forbids innerHTML and its kin here.)
 */
export type Child = Node | string | false | undefined;

export interface Props {
  // An attribute given as undefined is left off the element.
  id?: string | undefined;
  className?: string | undefined;
  lang?: string | undefined;
  hidden?: boolean | undefined;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.id !== undefined) node.id = props.id;
  if (props.className !== undefined) node.className = props.className;
  if (props.lang !== undefined) node.lang = props.lang;
  if (props.hidden) node.hidden = true;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** An element the page's template provides; a missing one is a bug in attune. */
export function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`attune form: element #${id} is missing`);
  return node;
}

export function inputById(id: string): HTMLInputElement {
  const node = byId(id);
  if (!(node instanceof HTMLInputElement)) throw new Error(`attune form: #${id} is not an input`);
  return node;
}

/** Replaces an element's children with text: the same as textContent, named for the reader. */
export function setText(node: HTMLElement, text: string): void {
  node.textContent = text;
}

/** A framework text with its language, in an element of its own. */
export function local<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props,
  text: Shown,
): HTMLElementTagNameMap[K] {
  return h(tag, { ...props, lang: text.lang }, text.text);
}

/** Sets an element's text, and its language, to a framework text (or empties it). */
export function setLocal(node: HTMLElement, text: Shown | undefined): void {
  node.textContent = text?.text ?? '';
  if (text) node.lang = text.lang;
  else node.removeAttribute('lang');
}
