/**
 * Evaluates a condition's syntax tree over the values of `values.ts`, with Python's meaning where
 * the corpus relies on it (short-circuit `and`/`or` returning an operand, truthiness, chained
 * comparisons, negative indexes) and three-valued logic for what Brief does not keep: `False and
 * Unknown` is False, `True and Unknown` is Unknown, and so on, so a check is decided only by what
 * Brief actually produced.
 */
import type { CompareOp, Expr } from './python-expr.ts';
import { AuthorText, Callable, CheckFailure, decoderName, Encoding, Instant, Missing, normalUrl, PlainText, squeeze, Text, textOf, Unknown, Url, View, type Value } from './values.ts';

/** The names a condition can use. */
export type Scope = (name: string) => Value;

function isUnknown(value: Value): value is Unknown {
  return value instanceof Unknown;
}

function fail(value: Missing): never {
  throw new CheckFailure(`${value.what} is missing`);
}

/** Python truthiness; Unknown stays Unknown. */
export function truth(value: Value): boolean | Unknown {
  if (value instanceof Unknown) return value;
  if (value instanceof Missing) fail(value);
  if (value instanceof Text) return value.value.length > 0;
  if (value instanceof Url) return value.href.length > 0;
  if (value instanceof Instant || value instanceof Encoding || value instanceof View || value instanceof Callable) return true;
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Brief's author line against feedparser's `name (email)` form: Brief shows the name. */
function authorMatches(brief: string, expected: string): boolean {
  const named = /^(.+?)\s*\(([^()\s]+@[^()\s]+)\)$/.exec(expected.trim());
  return squeeze(brief) === textOf(expected) || (named !== null && squeeze(brief) === textOf(named[1]!));
}

/** The instant a `time.struct_time` tuple names, in UTC milliseconds. */
function tupleInstant(tuple: Value[]): number | undefined {
  if (tuple.length < 6 || !tuple.slice(0, 6).every((n) => typeof n === 'number')) return undefined;
  const [y, mo, d, h, mi, s] = tuple as number[];
  const date = new Date(Date.UTC(2000, mo! - 1, d!, h!, mi!, s!));
  date.setUTCFullYear(y!, mo! - 1, d!);
  return date.getTime();
}

/** Python `==`, with the comparisons that Brief's own values define. */
export function equals(a: Value, b: Value): boolean | Unknown {
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  if (a instanceof Missing) fail(a);
  if (b instanceof Missing) fail(b);
  const special = (v: Value) => v instanceof Text || v instanceof Url || v instanceof Instant || v instanceof Encoding;
  if (special(b) && !special(a)) return equals(b, a);
  if (a instanceof Text) {
    if (b instanceof Text) return squeeze(a.value) === squeeze(b.value);
    if (typeof b !== 'string') return false;
    if (a instanceof AuthorText) return authorMatches(a.value, b);
    return squeeze(a.value) === (a instanceof PlainText ? squeeze(b) : textOf(b));
  }
  if (a instanceof Url) return (typeof b === 'string' || b instanceof Url) && normalUrl(a.href) === normalUrl(typeof b === 'string' ? b : b.href);
  if (a instanceof Instant) {
    if (b instanceof Instant) return a.iso === b.iso;
    return Array.isArray(b) && tupleInstant(b) === Math.floor(Date.parse(a.iso) / 1000) * 1000;
  }
  if (a instanceof Encoding) return typeof b === 'string' ? decoderName(a.name) === decoderName(b) : b instanceof Encoding && decoderName(a.name) === decoderName(b.name);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return allOf(a.map((x, i) => () => equals(x, b[i]!)));
  }
  if (a instanceof View || b instanceof View || a instanceof Callable || b instanceof Callable) return a === b;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return allOf(keys.map((k) => () => k in b && equals((a as Record<string, Value>)[k]!, (b as Record<string, Value>)[k]!)));
  }
  return a === b;
}

/** Three-valued conjunction of lazily computed parts. */
function allOf(parts: Array<() => boolean | Unknown>): boolean | Unknown {
  let unknown: Unknown | undefined;
  for (const part of parts) {
    const result = part();
    if (result === false) return false;
    if (result instanceof Unknown) unknown ??= result;
  }
  return unknown ?? true;
}

function contains(container: Value, item: Value): boolean | Unknown {
  if (isUnknown(container)) return container;
  if (isUnknown(item)) return item;
  if (container instanceof View) return typeof item === 'string' ? container.has(item) : false;
  if (container instanceof Text) return typeof item === 'string' && container.value.includes(item);
  if (typeof container === 'string') return typeof item === 'string' && container.includes(item);
  if (Array.isArray(container)) {
    let unknown: Unknown | undefined;
    for (const member of container) {
      const same = equals(member, item);
      if (same === true) return true;
      if (same instanceof Unknown) unknown ??= same;
    }
    return unknown ?? false;
  }
  if (container && typeof container === 'object' && !(container instanceof Missing)) return typeof item === 'string' && item in container;
  throw new CheckFailure('`in` on a value that holds nothing');
}

function compare(op: CompareOp, a: Value, b: Value): boolean | Unknown {
  switch (op) {
    case '==':
    case 'is':
      return equals(a, b);
    case '!=':
    case 'is not': {
      const same = equals(a, b);
      return same instanceof Unknown ? same : !same;
    }
    case 'in':
      return contains(b, a);
    case 'not in': {
      const inside = contains(b, a);
      return inside instanceof Unknown ? inside : !inside;
    }
    default: {
      if (isUnknown(a)) return a;
      if (isUnknown(b)) return b;
      if (typeof a !== 'number' || typeof b !== 'number') throw new CheckFailure(`cannot order ${String(a)} and ${String(b)}`);
      return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
  }
}

function index(target: Value, key: Value): Value {
  if (isUnknown(target)) return target;
  if (isUnknown(key)) return key;
  if (target instanceof Missing) fail(target);
  if (target instanceof View) {
    if (typeof key !== 'string') throw new CheckFailure(`${target.label}[${String(key)}]: keys are names`);
    return target.lookup(key);
  }
  if (Array.isArray(target) || typeof target === 'string' || target instanceof Text) {
    const list = target instanceof Text ? target.value : target;
    if (typeof key !== 'number') throw new CheckFailure('a list is indexed by a number');
    const at = key < 0 ? list.length + key : key;
    if (at < 0 || at >= list.length) throw new CheckFailure(`index ${key} is out of range (${list.length} there)`);
    return list[at]!;
  }
  if (target && typeof target === 'object' && !(target instanceof Callable) && typeof key === 'string') {
    const record = target as Record<string, Value>;
    if (key in record) return record[key]!;
  }
  throw new CheckFailure(`no “${String(key)}” there`);
}

function attribute(target: Value, name: string): Value {
  if (isUnknown(target)) return target;
  if (target instanceof View) {
    if (name === 'get')
      return new Callable(([key, fallback]) => {
        const has = target.has(String(key));
        return has instanceof Unknown ? has : has ? target.lookup(String(key)) : (fallback ?? null);
      });
    if (name === 'has_key') return new Callable(([key]) => target.has(String(key)));
    return target.lookup(name);
  }
  throw new CheckFailure(`no attribute “${name}” there`);
}

/** Evaluates an expression; throws `CheckFailure` where Python would raise. */
// Long on purpose: one case per kind of syntax node reads best as one switch.
export function evaluate(expr: Expr, scope: Scope): Value {
  switch (expr.kind) {
    case 'const':
      return expr.value;
    case 'name':
      return scope(expr.name);
    case 'tuple':
    case 'list':
      return expr.items.map((item) => evaluate(item, scope));
    case 'dict':
      return Object.fromEntries(expr.entries.map(([k, v]) => [String(evaluate(k, scope)), evaluate(v, scope)]));
    case 'attr':
      return attribute(evaluate(expr.target, scope), expr.name);
    case 'index':
      return index(evaluate(expr.target, scope), evaluate(expr.index, scope));
    case 'call': {
      const callee = evaluate(expr.callee, scope);
      const args = expr.args.map((arg) => evaluate(arg, scope));
      if (isUnknown(callee)) return callee;
      if (!(callee instanceof Callable)) throw new CheckFailure('not a function');
      return callee.call(args);
    }
    case 'not': {
      const value = truth(evaluate(expr.operand, scope));
      return value instanceof Unknown ? value : !value;
    }
    case 'neg': {
      const value = evaluate(expr.operand, scope);
      if (isUnknown(value)) return value;
      if (typeof value !== 'number') throw new CheckFailure('minus on a non-number');
      return -value;
    }
    case 'binary': {
      const [a, b] = [evaluate(expr.left, scope), evaluate(expr.right, scope)];
      if (isUnknown(a)) return a;
      if (isUnknown(b)) return b;
      if (typeof a === 'string' && typeof b === 'string' && expr.op === '+') return a + b;
      if (typeof a === 'number' && typeof b === 'number') return expr.op === '+' ? a + b : a - b;
      throw new CheckFailure(`cannot apply ${expr.op} here`);
    }
    case 'bool': {
      const left = evaluate(expr.left, scope);
      const leftTruth = truth(left);
      if (expr.op === 'and' && leftTruth === false) return left;
      if (expr.op === 'or' && leftTruth === true) return left;
      const right = evaluate(expr.right, scope);
      if (!(leftTruth instanceof Unknown)) return right;
      const rightTruth = truth(right);
      // Unknown and False is False; Unknown or True is True; otherwise still unknown.
      if (expr.op === 'and' && rightTruth === false) return right;
      if (expr.op === 'or' && rightTruth === true) return right;
      return leftTruth;
    }
    case 'compare': {
      let left = evaluate(expr.first, scope);
      const parts: Array<() => boolean | Unknown> = [];
      for (const { op, right } of expr.rest) {
        const a = left;
        const b = evaluate(right, scope);
        parts.push(() => compare(op, a, b));
        left = b;
      }
      return allOf(parts);
    }
  }
}
