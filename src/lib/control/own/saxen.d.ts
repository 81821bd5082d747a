// The part of saxen's API (a small SAX XML parser, shipped without types) that xlsx-read.ts uses.
declare module 'saxen' {
  type Decode = (s: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'openTag', cb: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void): void;
    on(event: 'closeTag', cb: (name: string, decode: Decode, selfClosing: boolean) => void): void;
    on(event: 'text', cb: (value: string, decode: Decode) => void): void;
    on(event: 'cdata', cb: (value: string) => void): void;
    on(event: 'error', cb: (err: Error) => void): void;
    parse(xml: string): void;
    stop(): void;
  }
}
