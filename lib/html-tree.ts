import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Calls `onElement` for every element under `node` of a parse5 tree, in document order,
 * including those in a `<template>`'s content, which React can clone into the page.
 */
export function visitElements(node: Node, onElement: (element: Element) => void) {
  if ('tagName' in node) onElement(node);
  if ('childNodes' in node) for (const child of node.childNodes) visitElements(child, onElement);
  if ('content' in node && node.content) visitElements(node.content, onElement);
}

/** An element's own text, as parsed: a `<script>` or `<style>`'s source, byte for byte. */
export function childText(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}
