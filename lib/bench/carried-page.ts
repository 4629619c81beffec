import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { childText } from '../html-tree';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * An element as the benchmark's bare Next.js app renders it with `createElement`: its tag,
 * its props under React's names, then its children. Text is a string.
 */
export type CarriedNode = string | [tag: string, props: CarriedProps, ...children: CarriedNode[]];

export type CarriedProps = { [prop: string]: string | boolean | Record<string, string> };

/** What a bare Next.js page carries of an exported page: its inlined styles, and its body. */
export type CarriedPage = { styles: string[]; body: CarriedNode[] };

/** HTML attributes whose React prop is spelled otherwise, for the elements of a page's body. */
const reactNames: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  autocomplete: 'autoComplete',
  readonly: 'readOnly',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  datetime: 'dateTime',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck',
  novalidate: 'noValidate',
  crossorigin: 'crossOrigin',
  fetchpriority: 'fetchPriority',
  maxlength: 'maxLength',
};

/** Attributes present or absent: React drops one whose value is the empty string. */
const booleanAttributes = new Set(['hidden', 'disabled', 'checked', 'required', 'readonly', 'open', 'novalidate', 'multiple', 'inert']);

/** A checkbox or radio's state is React's to keep unless given as where it starts. */
const defaultProps: Record<string, string> = { checked: 'defaultChecked' };

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A style attribute as React's style object: properties camel-cased, custom ones as written. */
function styleObject(style: string): Record<string, string> {
  const declarations = style.split(';').flatMap((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon < 0) return [];
    const property = declaration.slice(0, colon).trim();
    return [[property.startsWith('--') ? property : camelCase(property), declaration.slice(colon + 1).trim()]];
  });
  return Object.fromEntries(declarations);
}

function propsOf(element: Element): CarriedProps {
  const props: CarriedProps = {};
  for (const { name, value } of element.attrs) {
    if (name === 'style') {
      props.style = styleObject(value);
      continue;
    }
    const isBoolean = booleanAttributes.has(name);
    const propName =
      defaultProps[name] ??
      reactNames[name] ??
      (name.startsWith('aria-') || name.startsWith('data-') ? name : camelCase(name));
    props[propName] = isBoolean ? true : value;
  }
  return props;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Next's own parts of a page, which the bare app renders for itself. */
const leftOut = (element: Element) =>
  element.tagName === 'script' ||
  element.tagName === 'link' ||
  element.tagName === 'template' ||
  // Next's outlet for metadata, first in the body of every page.
  (element.tagName === 'div' && element.attrs.some(({ name }) => name === 'hidden') && element.childNodes.every((child) => !isElement(child)));

function carry(node: Node): CarriedNode[] {
  if (node.nodeName === '#text' && 'value' in node) return [node.value];
  if (!isElement(node) || leftOut(node)) return [];
  return [[node.tagName, propsOf(node), ...node.childNodes.flatMap(carry)]];
}

/**
 * The parts of an exported page a bare Next.js page needs to show the same thing: the
 * `<style>` elements the build inlined, and every element of the body but Next's own
 * (its scripts, links, templates and metadata outlet). The benchmark's control page renders
 * them with React, element by element, as the site's page does.
 */
export function carriedPage(html: string): CarriedPage {
  const document = parse(html);
  const root = document.childNodes.find(isElement);
  const head = root?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const body = root?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'body');
  // parse5 builds a head and a body for any input, as a browser does.
  if (!head || !body) throw new Error('parse5 gave a document without a head or a body');
  const styles = head.childNodes
    .filter((node): node is Element => isElement(node) && node.tagName === 'style')
    .map(childText);
  return { styles, body: body.childNodes.flatMap(carry) };
}
