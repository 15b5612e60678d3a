/**
 * Prometheus metrics, on a registry of Brief's own (never the global one, so tests and several
 * instances do not collide).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly commands = new Counter({ name: 'brief_commands_total', help: 'Commands answered, by intent and platform', labelNames: ['intent', 'platform'] as const, registers: [this.registry] });
  readonly answerSeconds = new Histogram({
    name: 'brief_answer_seconds',
    help: 'Time to answer a command',
    labelNames: ['intent'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 3],
    registers: [this.registry],
  });
  readonly deliveries = new Counter({ name: 'brief_deliveries_total', help: 'Scheduled deliveries, by outcome', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly feedPolls = new Counter({ name: 'brief_feed_polls_total', help: 'Feed polls, by outcome', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly briefingsLoaded = new Gauge({ name: 'brief_briefings_loaded', help: 'Briefings loaded and answering', registers: [this.registry] });
  readonly briefingProblems = new Gauge({ name: 'brief_briefing_problems', help: 'Problems found in briefing files at the last load', registers: [this.registry] });
  readonly unexpectedErrors = new Counter({ name: 'brief_unexpected_errors_total', help: 'Errors no handler caught, logged and survived', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'brief_rate_limited_total', help: 'Commands refused by the rate limiter', labelNames: ['scope'] as const, registers: [this.registry] });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'brief_' });
  }
}
