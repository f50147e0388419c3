import { JSDOM } from 'jsdom';

/** The bodies of every ```mermaid fenced block in a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

type Mermaid = { parse: (text: string) => Promise<{ diagramType: string }> };
let mermaid: Mermaid | undefined;

/**
 * Parses a diagram with the real `mermaid` package (the parser GitHub's renderer uses); throws its parse error.
 * mermaid reaches for a DOM (DOMPurify) when it loads, so a jsdom window stands in for the browser.
 */
export async function parseMermaid(text: string): Promise<string> {
  if (!mermaid) {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = (await import('mermaid')).default as unknown as Mermaid;
  }
  return (await mermaid.parse(text)).diagramType;
}
