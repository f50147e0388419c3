// jsdom ships no types and only the Mermaid parse test uses it (as a stand-in window): the one class it needs.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    window: Window & typeof globalThis;
  }
}
