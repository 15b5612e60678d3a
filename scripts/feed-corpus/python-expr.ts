/**
 * The small part of Python that the corpus's `Expect:` conditions and date tables are written in,
 * read into a syntax tree: `or`/`and`/`not`, comparisons (chained, `in`, `is`), `+`/`-`, calls,
 * subscripts, attributes, and literals (strings with every prefix and escape the corpus uses,
 * numbers, `None`/`True`/`False`, tuples, lists, dicts). Anything else is a `SyntaxError` naming
 * the place, so a condition is never half-read.
 */

/** One node of a condition's syntax tree. */
export type Expr =
  | { kind: 'const'; value: string | number | boolean | null }
  | { kind: 'name'; name: string }
  | { kind: 'tuple' | 'list'; items: Expr[] }
  | { kind: 'dict'; entries: Array<[Expr, Expr]> }
  | { kind: 'attr'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; index: Expr }
  | { kind: 'call'; callee: Expr; args: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'neg'; operand: Expr }
  | { kind: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'binary'; op: '+' | '-'; left: Expr; right: Expr }
  | { kind: 'compare'; first: Expr; rest: Array<{ op: CompareOp; right: Expr }> };

/** The comparison operators of a condition. */
export type CompareOp = '==' | '!=' | '<' | '>' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';

type Token = { type: 'name' | 'number' | 'string' | 'op' | 'end'; text: string; value?: string | number; at: number };

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', '+', '-'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** Reads the body of a string literal (without quotes), applying Python's escapes unless raw. */
function unescape(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, esc: string) => {
    if (/^[xuU]/.test(esc) && esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]+$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    return ESCAPES[esc] ?? whole;
  });
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const str = /^([rRuUbB]{0,2})('''|"""|'|")/.exec(source.slice(i));
    if (str && (str[1] === '' || /^[rRuUbB]+$/.test(str[1]!))) {
      const quote = str[2]!;
      let j = i + str[0].length;
      while (j < source.length && !source.startsWith(quote, j)) j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) throw new SyntaxError(`unterminated string at ${i}`);
      tokens.push({ type: 'string', text: source.slice(i, j + quote.length), value: unescape(source.slice(i + str[0].length, j), /r/i.test(str[1]!)), at: i });
      i = j + quote.length;
      continue;
    }
    const num = /^(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?/.exec(source.slice(i));
    if (num) {
      tokens.push({ type: 'number', text: num[0], value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (name) {
      tokens.push({ type: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new SyntaxError(`unexpected “${ch}” at ${i}`);
    tokens.push({ type: 'op', text: op, at: i });
    i += op.length;
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}

/** A recursive-descent reader over the tokens, one method per precedence level. */
class Reader {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }
  private isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.type === 'name' && token.text === text;
  }
  private isOp(text: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.text === text;
  }
  private take(): Token {
    return this.tokens[this.pos++]!;
  }
  private expectOp(text: string): void {
    if (!this.isOp(text)) throw new SyntaxError(`expected “${text}” at ${this.peek().at}, found “${this.peek().text}”`);
    this.pos++;
  }

  whole(): Expr {
    const expr = this.test();
    if (this.peek().type !== 'end') throw new SyntaxError(`unexpected “${this.peek().text}” at ${this.peek().at}`);
    return expr;
  }

  /** A full expression, or a bare tuple (`a, b`) where the grammar allows one. */
  testList(): Expr {
    const first = this.test();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.take();
      if (this.isOp(')') || this.peek().type === 'end') break;
      items.push(this.test());
    }
    return { kind: 'tuple', items };
  }

  test(): Expr {
    let left = this.andTest();
    while (this.isWord('or')) {
      this.take();
      left = { kind: 'bool', op: 'or', left, right: this.andTest() };
    }
    return left;
  }

  private andTest(): Expr {
    let left = this.notTest();
    while (this.isWord('and')) {
      this.take();
      left = { kind: 'bool', op: 'and', left, right: this.notTest() };
    }
    return left;
  }

  private notTest(): Expr {
    if (this.isWord('not')) {
      this.take();
      return { kind: 'not', operand: this.notTest() };
    }
    return this.comparison();
  }

  private compareOp(): CompareOp | undefined {
    const token = this.peek();
    if (token.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(token.text)) return this.take().text as CompareOp;
    if (this.isWord('in')) return (this.take(), 'in');
    if (this.isWord('not') && this.isWord('in', 1)) return (this.take(), this.take(), 'not in');
    if (this.isWord('is')) {
      this.take();
      if (this.isWord('not')) return (this.take(), 'is not');
      return 'is';
    }
    return undefined;
  }

  private comparison(): Expr {
    const first = this.arith();
    const rest: Array<{ op: CompareOp; right: Expr }> = [];
    for (let op = this.compareOp(); op; op = this.compareOp()) rest.push({ op, right: this.arith() });
    return rest.length ? { kind: 'compare', first, rest } : first;
  }

  private arith(): Expr {
    let left = this.unary();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.take().text as '+' | '-';
      left = { kind: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      this.take();
      return { kind: 'neg', operand: this.unary() };
    }
    if (this.isOp('+')) {
      this.take();
      return this.unary();
    }
    return this.trailers(this.atom());
  }

  private trailers(target: Expr): Expr {
    for (;;) {
      if (this.isOp('.')) {
        this.take();
        const name = this.take();
        if (name.type !== 'name') throw new SyntaxError(`expected a name after “.” at ${name.at}`);
        target = { kind: 'attr', target, name: name.text };
      } else if (this.isOp('[')) {
        this.take();
        const index = this.testList();
        this.expectOp(']');
        target = { kind: 'index', target, index };
      } else if (this.isOp('(')) {
        this.take();
        const args: Expr[] = [];
        while (!this.isOp(')')) {
          args.push(this.test());
          if (!this.isOp(')')) this.expectOp(',');
        }
        this.take();
        target = { kind: 'call', callee: target, args };
      } else return target;
    }
  }

  private sequence(close: string): Expr[] {
    const items: Expr[] = [];
    while (!this.isOp(close)) {
      items.push(this.test());
      if (!this.isOp(close)) this.expectOp(',');
    }
    this.take();
    return items;
  }

  private atom(): Expr {
    const token = this.take();
    if (token.type === 'number') return { kind: 'const', value: token.value as number };
    if (token.type === 'string') {
      let value = token.value as string;
      // Adjacent literals join, as in Python: 'a' "b" is 'ab'.
      while (this.peek().type === 'string') value += this.take().value as string;
      return { kind: 'const', value };
    }
    if (token.type === 'name') {
      if (token.text === 'None') return { kind: 'const', value: null };
      if (token.text === 'True' || token.text === 'False') return { kind: 'const', value: token.text === 'True' };
      return { kind: 'name', name: token.text };
    }
    if (token.type === 'op' && token.text === '(') {
      if (this.isOp(')')) return (this.take(), { kind: 'tuple', items: [] });
      const inner = this.testList();
      this.expectOp(')');
      return inner;
    }
    if (token.type === 'op' && token.text === '[') return { kind: 'list', items: this.sequence(']') };
    if (token.type === 'op' && token.text === '{') {
      const entries: Array<[Expr, Expr]> = [];
      while (!this.isOp('}')) {
        const key = this.test();
        this.expectOp(':');
        entries.push([key, this.test()]);
        if (!this.isOp('}')) this.expectOp(',');
      }
      this.take();
      return { kind: 'dict', entries };
    }
    throw new SyntaxError(`unexpected “${token.text || 'end'}” at ${token.at}`);
  }
}

/** Reads one condition (`not bozo and entries[0]['title'] == u'Example'`). Throws `SyntaxError`. */
export function parsePython(source: string): Expr {
  return new Reader(tokenize(source)).whole();
}
