/**
 * Just enough of a terminal to read what a person would see: printable text, carriage return,
 * line feed, backspace, and the cursor and erase sequences Inquirer uses. Colours and other
 * modes are dropped. Lines wrap at the width, as on a real terminal, and the cursor can move up
 * no further than the top of the visible screen.
 */
export class Terminal {
  /** Lines too long for the width, which the terminal wrapped wherever the width fell. */
  readonly overflows: string[] = [];
  /**
   * Lines drawn wider than `limit` at any moment (redrawn lines included): a program that
   * means to keep within a reading width, narrower than the terminal, can be held to it.
   */
  readonly tooWide: string[] = [];
  limit = Infinity;
  private wideRows = new Set<number>();
  private lines: string[][] = [[]];
  private row = 0;
  private col = 0;
  private pending = '';

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {}

  write(data: string): void {
    const text = this.pending + data;
    this.pending = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '\x1b') {
        const end = this.escape(text, i);
        if (end < 0) {
          this.pending = text.slice(i);
          this.noteWide();
          return;
        }
        i = end;
        continue;
      }
      if (c === '\r') this.col = 0;
      else if (c === '\n') this.lineFeed();
      else if (c === '\b') this.col = Math.max(0, this.col - 1);
      else if (c >= ' ' || c === '\t') this.put(c === '\t' ? ' ' : c);
      i += c.length;
    }
    this.noteWide();
  }

  private noteWide(): void {
    for (const row of this.wideRows) this.tooWide.push((this.lines[row] ?? []).join(''));
    this.wideRows.clear();
  }

  /** Everything written, scrolled-off lines included, trailing spaces trimmed. */
  text(): string {
    return this.lines.map((l) => l.join('').trimEnd()).join('\n');
  }

  /** The visible screen: the last `rows` lines. */
  screen(): string {
    const top = Math.max(0, this.lines.length - this.rows);
    return this.lines
      .slice(top)
      .map((l) => l.join('').trimEnd())
      .join('\n')
      .trimEnd();
  }

  private get top(): number {
    return Math.max(0, this.lines.length - this.rows);
  }

  private line(): string[] {
    while (this.lines.length <= this.row) this.lines.push([]);
    return this.lines[this.row] ?? [];
  }

  private put(c: string): void {
    if (this.col >= this.columns) {
      this.overflows.push(this.line().join(''));
      this.col = 0;
      this.lineFeed();
    }
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    line[this.col] = c;
    if (this.col >= this.limit) this.wideRows.add(this.row);
    this.col++;
  }

  private lineFeed(): void {
    this.row++;
    this.line();
  }

  /** Handles the sequence at `i`; returns where it ends, or -1 where it is incomplete. */
  private escape(text: string, i: number): number {
    const kind = text[i + 1];
    if (kind === undefined) return -1;
    if (kind === ']') {
      // OSC: up to BEL or ESC \.
      const bel = text.indexOf('\x07', i);
      const st = text.indexOf('\x1b\\', i);
      const ends = [bel < 0 ? -1 : bel + 1, st < 0 ? -1 : st + 2].filter((n) => n > 0);
      return ends.length ? Math.min(...ends) : -1;
    }
    if (kind !== '[') return i + 2;
    // eslint-disable-next-line no-control-regex
    const m = /^\x1b\[([?0-9;]*)([@-~])/.exec(text.slice(i));
    if (!m) return text.length - i < 32 ? -1 : i + 2;
    const params = (m[1] ?? '').replace('?', '');
    const n = Number.parseInt(params || '1', 10) || 1;
    const first = Number.parseInt(params.split(';')[0] || '0', 10) || 0;
    switch (m[2]) {
      case 'A':
        this.row = Math.max(this.top, this.row - n);
        break;
      case 'B':
        this.row += n;
        this.line();
        break;
      case 'C':
        this.col = Math.min(this.columns - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'E':
        this.row += n;
        this.col = 0;
        this.line();
        break;
      case 'F':
        this.row = Math.max(this.top, this.row - n);
        this.col = 0;
        break;
      case 'G':
        this.col = Math.max(0, n - 1);
        break;
      case 'K': {
        const line = this.line();
        if (first === 0) line.length = Math.min(line.length, this.col);
        else if (first === 1) for (let k = 0; k <= this.col && k < line.length; k++) line[k] = ' ';
        else line.length = 0;
        break;
      }
      case 'J':
        if (first === 0) {
          const line = this.line();
          line.length = Math.min(line.length, this.col);
          this.lines.length = this.row + 1;
        } else if (first === 2 || first === 3) {
          for (let r = this.top; r < this.lines.length; r++) this.lines[r] = [];
        }
        break;
      default:
        // Colours (m), showing and hiding the cursor (h, l) and the rest: nothing to draw.
        break;
    }
    return i + m[0].length;
  }
}
