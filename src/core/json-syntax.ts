/**
 * Where a text stops being JSON, and why, in words that are the same on every Node version
 * (JSON.parse's messages differ between them and do not always give a position). Called only
 * after JSON.parse has failed, so it is written for clarity rather than speed.
 */
export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units) of the first character that cannot be JSON. */
  offset: number;
  message: string;
}

/** Deeper than any answers document; a guard so that a hostile line cannot exhaust the stack. */
const MAX_DEPTH = 256;

export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new Located(at, message);
  };
  const unexpected = (at: number): string =>
    at >= text.length ? 'the line ends too soon' : `unexpected “${text.slice(at, at + 1)}”`;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const word = (w: string) => {
    if (text.startsWith(w, i)) i += w.length;
    else fail(`${unexpected(i)}; a value is needed here`);
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('a string is not closed with "');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a control character inside a string must be escaped');
      if (c === 0x5c) {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail('\\u must be followed by four hexadecimal digits');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else fail(`“\\${next}” is not an escape JSON has`);
      } else i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`${unexpected(i)}; a value is needed here`);
    i += match?.[0].length ?? 0;
  };
  /** The members of an object or array, after its opening bracket, up to its closing one. */
  const members = (close: '}' | ']', member: () => void) => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      const next = text.charAt(i);
      i++;
      if (next === close) return;
      if (next !== ',') fail(`${unexpected(i - 1)}; “,” or “${close}” is needed here`, i - 1);
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    space();
    const c = text.charAt(i);
    if (c === '{')
      return members('}', () => {
        space();
        if (text.charAt(i) !== '"') fail(`${unexpected(i)}; a key in double quotes is needed here`);
        string();
        space();
        if (text.charAt(i) !== ':') fail(`${unexpected(i)}; “:” is needed after a key`);
        i++;
        value(depth + 1);
      });
    if (c === '[') return members(']', () => value(depth + 1));
    if (c === '"') return string();
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    return number();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail(`${unexpected(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Located) return { offset: error.offset, message: error.message };
    throw error;
  }
}

class Located extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
