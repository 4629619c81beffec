import { createElement, type ReactNode } from 'react';

/**
 * An element carried from an exported page of the site (`lib/bench/carried-page.ts` writes
 * them): its tag, its props under React's names, then its children; text is a string.
 * Spelt out again here because this app is built on its own, from this folder only.
 */
export type CarriedNode = string | [tag: string, props: Record<string, unknown>, ...children: CarriedNode[]];

/** Renders carried elements with React, element by element, as the site's pages are. */
export function renderCarried(nodes: CarriedNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (typeof node === 'string') return node;
    const [tag, props, ...children] = node;
    return createElement(tag, { ...props, key: index }, ...renderCarried(children));
  });
}
