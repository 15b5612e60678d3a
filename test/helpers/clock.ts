/**
 * A clock tests move by hand, so scheduling is tested without sleeping.
 */
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export class FakeClock {
  private t: number;

  constructor(start: string | number | Date) {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  get ms(): number {
    return this.t;
  }

  set(at: string | number | Date): void {
    this.t = new Date(at).getTime();
  }

  /** Moves forward by milliseconds or a duration such as "90s", "3d", "2h". */
  advance(by: number | string): void {
    if (typeof by === 'number') {
      this.t += by;
      return;
    }
    const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(by.trim());
    if (!m) throw new Error(`FakeClock.advance: \`${by}\` is not a duration like 90s, 3d or 2h`);
    this.t += Number(m[1]) * UNITS[m[2]!]!;
  }
}
