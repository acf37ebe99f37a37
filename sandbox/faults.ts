/**
 * Fault injection shared by both simulators: latency, 429 with Retry-After, 5xx, dropped
 * connections (before or after the request is carried out) and malformed bodies. Rules are matched
 * in order and used up after `times` hits, so a test can say "the next GET /contracts answers 429".
 */
export type Fault =
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'server-error'; readonly status?: number }
  /** Closes the socket without answering; the request is not carried out. */
  | { readonly kind: 'drop' }
  /** Carries the request out, then closes the socket: the client never learns it worked. */
  | { readonly kind: 'drop-after' }
  /** Answers 200 with a truncated JSON body. */
  | { readonly kind: 'malformed' };

export interface FaultRule {
  readonly fault: Fault;
  readonly method?: string;
  /** A regular expression matched against the path (without query). */
  readonly path?: string;
  /** How many matching requests it applies to; default 1, 0 for every request until cleared. */
  readonly times?: number;
  /** Applies to every Nth matching request only (a portal that throttles every seventh request). */
  readonly every?: number;
}

interface ActiveRule extends FaultRule {
  remaining: number;
  matcher: RegExp | null;
  seen: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  /** Added before every answer (the "50 ms per request" of the benchmarks). */
  latencyMs = 0;

  add(rule: FaultRule): void {
    validateRule(rule);
    const matcher = rule.path ? new RegExp(rule.path) : null;
    this.rules.push({ ...rule, remaining: rule.times ?? 1, matcher, seen: 0 });
  }

  clear(): void {
    this.rules = [];
    this.latencyMs = 0;
  }

  list(): readonly FaultRule[] {
    return this.rules.map(({ fault, method, path, remaining, every }) => ({
      fault,
      method,
      path,
      times: remaining,
      every,
    }));
  }

  /** The faults that apply to this request, consuming one use of each matching rule. */
  take(method: string, path: string): Fault[] {
    const hits: Fault[] = [];
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.matcher && !rule.matcher.test(path)) continue;
      rule.seen += 1;
      if (rule.every !== undefined && rule.seen % rule.every !== 0) continue;
      hits.push(rule.fault);
      if (rule.remaining > 0) rule.remaining -= 1;
      // A rule with times 0 from the start never runs out.
      if (rule.remaining === 0 && (rule.times ?? 1) !== 0) rule.remaining = -1;
    }
    this.rules = this.rules.filter((rule) => rule.remaining !== -1);
    return hits;
  }
}

const FAULT_KINDS = new Set(['latency', 'rate-limit', 'server-error', 'drop', 'drop-after', 'malformed']);

function validateRule(rule: FaultRule): void {
  if (typeof rule !== 'object' || rule === null || !FAULT_KINDS.has(rule.fault?.kind)) {
    throw new TypeError(`fault.kind must be one of ${[...FAULT_KINDS].join(', ')}`);
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 0)) {
    throw new TypeError('times must be a whole number ≥ 0');
  }
  if (rule.every !== undefined && (!Number.isInteger(rule.every) || rule.every < 1)) {
    throw new TypeError('every must be a whole number ≥ 1');
  }
  if (rule.path !== undefined) new RegExp(rule.path);
}
