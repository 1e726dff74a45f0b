import { shownTo } from '../src/core/conditions.js';
import type { Framework, Question } from '../src/core/framework.js';
import { decideDisclosure, type Disclosure } from '../src/core/report-model.js';
import type { AnswersDoc } from '../src/core/schema/answers.js';
import { itemScore } from '../src/core/scoring.js';
import { countAnswers, newTally } from '../src/core/tally.js';

/**
 * An attacker, for the privacy tests: given everything attune publishes about a set of answers
 * (the JSON report by unit and by role, and the CSV tables), and more than a reader would know
 * (who is in which role and unit, who is a workshop, who was shown and who gave a value to each
 * question, every workshop's answers, and the rule that decides what is shown), it writes each
 * published number as a linear equation in the unknown item scores of individuals, and solves.
 *
 * `audit` reports every set of fewer than `minGroupSize` people whose answers to a question it
 * can work out exactly, and every suppressed group's question, domain or overall mean it can.
 * It also checks that each published number is what its equation says: so that a number worked
 * out from more than it should be cannot slip past.
 */
export interface Outputs {
  /** The JSON report with `--by unit`, and the `by` section of the one with `--by role`. */
  jsonByUnit: string;
  jsonByRole: string;
  /** `--format csv` tables. */
  responses: string;
  domains: string;
  actions: string;
}

interface Person {
  role: string;
  unit: string;
  workshop: boolean;
  doc: AnswersDoc;
  shown: Set<string>;
  /** By question index: the value given, where shown and given one. */
  values: (number | undefined)[];
}

/** A linear equation: coefficients on the unknowns, and the value they sum to. */
interface Equation {
  coef: Float64Array;
  rhs: number;
  what: string;
}

export interface Finding {
  kind: 'recovered' | 'inconsistent' | 'linked';
  what: string;
}

const TOLERANCE = 0.05 + 1e-6; // published numbers are rounded to one decimal place
const NOT_SHOWN = '(not shown)';

export class Attacker {
  readonly persons: Person[];
  readonly disclosure: Disclosure;
  /** The unknowns: one per individual and scored question they gave a value to. */
  readonly unknown = new Map<string, number>();
  readonly truth: number[] = [];
  readonly equations: Equation[] = [];
  readonly findings: Finding[] = [];

  constructor(
    readonly framework: Framework,
    docs: readonly AnswersDoc[],
    readonly minGroupSize: number,
  ) {
    this.persons = docs.map((doc) => {
      const shown = shownTo(framework, doc);
      return {
        role: doc.respondent?.role ?? '',
        unit: doc.unit ?? '',
        workshop: doc.respondent?.workshop === true,
        doc,
        shown,
        values: framework.questions.map((q) => {
          const v =
            shown.has(q.id) && Object.hasOwn(doc.answers, q.id)
              ? doc.answers[q.id]?.value
              : undefined;
          return typeof v === 'number' ? v : undefined;
        }),
      };
    });
    const tally = newTally(framework);
    for (const d of docs) countAnswers(tally, d);
    // The rule is public, and works on counts the attacker is assumed to know.
    this.disclosure = decideDisclosure(tally, { minGroupSize });
    this.persons.forEach((p, i) => {
      if (p.workshop) return;
      for (const q of framework.questions) {
        const v = this.valueOf(p, q);
        if (v === undefined || !q.scored) continue;
        this.unknown.set(`${i}:${q.index}`, this.truth.length);
        this.truth.push(itemScore(q, v));
      }
    });
  }

  /** A person's value for a question they were shown, if they gave one. */
  valueOf(p: Person, q: Question): number | undefined {
    return p.values[q.index];
  }

  /** The people of a group who gave a scored question a value. */
  private valued(members: (p: Person) => boolean, q: Question): number[] {
    if (!q.scored) return [];
    return this.persons.flatMap((p, i) =>
      members(p) && this.valueOf(p, q) !== undefined ? [i] : [],
    );
  }

  /**
   * A group's mean score (0-1) on a question as a linear form: coefficients on the unknowns,
   * plus the part known (workshops' answers). Undefined where nobody gave a value.
   */
  private meanForm(
    members: (p: Person) => boolean,
    q: Question,
  ): { coef: Map<number, number>; known: number; truth: number } | undefined {
    const who = this.valued(members, q);
    if (who.length === 0) return undefined;
    const coef = new Map<number, number>();
    let known = 0;
    let truth = 0;
    for (const i of who) {
      const p = this.persons[i] as Person;
      const item = itemScore(q, this.valueOf(p, q) as number);
      truth += item / who.length;
      const k = this.unknown.get(`${i}:${q.index}`);
      if (k === undefined) known += item / who.length;
      else coef.set(k, (coef.get(k) ?? 0) + 1 / who.length);
    }
    return { coef, known, truth };
  }

  /**
   * A weighted mean of question means (a domain, area, grid cell or, over domains, the whole),
   * times 100, over the questions `included` says, as a linear form.
   */
  private weightedForm(
    members: (p: Person) => boolean,
    questions: readonly Question[],
    included: (q: Question) => boolean,
  ): { coef: Map<number, number>; known: number; truth: number; weight: number } | undefined {
    const parts = questions
      .filter(included)
      .map((q) => ({ q, form: this.meanForm(members, q) }))
      .filter((x): x is { q: Question; form: NonNullable<typeof x.form> } => x.form !== undefined);
    const weight = parts.reduce((s, x) => s + x.q.weight, 0);
    if (weight === 0) return undefined;
    const coef = new Map<number, number>();
    let known = 0;
    let truth = 0;
    for (const { q, form } of parts) {
      const f = (100 * q.weight) / weight;
      for (const [k, c] of form.coef) coef.set(k, (coef.get(k) ?? 0) + f * c);
      known += f * form.known;
      truth += f * form.truth;
    }
    return { coef, known, truth, weight };
  }

  /** Records a published number as an equation, after checking it is what the form says. */
  private publish(
    what: string,
    value: number | null | undefined,
    form: { coef: Map<number, number>; known: number; truth: number } | undefined,
    tolerance = TOLERANCE,
  ): void {
    if (value === null || value === undefined) return;
    if (!form || Math.abs(form.truth - value) > tolerance) {
      this.findings.push({
        kind: 'inconsistent',
        what: `${what} is ${value}, not ${form ? form.truth.toFixed(3) : 'computable'} from what may be shown`,
      });
      return;
    }
    const coef = new Float64Array(this.truth.length);
    for (const [k, c] of form.coef) coef[k] = c;
    this.equations.push({ coef, rhs: value - form.known, what });
  }

  private domainForms(members: (p: Person) => boolean, shown: (q: Question) => boolean) {
    return this.framework.domains.map((d) => ({
      d,
      form: this.weightedForm(members, d.questions, shown),
    }));
  }

  /** The overall score as a form: domain scores weighted by domain weight. */
  private overallForm(members: (p: Person) => boolean, shown: (q: Question) => boolean) {
    const parts = this.domainForms(members, shown).filter((x) => x.form !== undefined);
    const weight = parts.reduce((s, x) => s + x.d.weight, 0);
    if (weight === 0) return undefined;
    const coef = new Map<number, number>();
    let known = 0;
    let truth = 0;
    for (const { d, form } of parts) {
      if (!form) continue;
      const f = d.weight / weight;
      for (const [k, c] of form.coef) coef.set(k, (coef.get(k) ?? 0) + f * c);
      known += f * form.known;
      truth += f * form.truth;
    }
    return { coef, known, truth };
  }

  private roleShown = (role: string, q: Question) => {
    const d = this.disclosure;
    const qd = d.questions[q.index];
    return !!qd && qd.level === 'scores' && !d.smallRoles.has(role) && !qd.hiddenRoles.has(role);
  };
  private unitShown = (unit: string, q: Question) => {
    const d = this.disclosure;
    const qd = d.questions[q.index];
    return !!qd && qd.level === 'scores' && !d.smallUnits.has(unit) && !qd.hiddenUnits.has(unit);
  };

  /** Reads everything published, as equations. */
  read(out: Outputs): void {
    this.readJson(out.jsonByUnit);
    // The same report but for its `by` section, which is all that is read of it again.
    this.readJson(out.jsonByRole, true);
    this.readResponses(out.responses);
    this.readTables(out, JSON.parse(out.jsonByUnit) as ReportJson);
  }

  /** A JSON report's every number, as equations. */
  readJson(text: string, byOnly = false): void {
    const { framework } = this;
    const everyone = () => true;
    const shownForAll = (q: Question) => this.disclosure.questions[q.index]?.level === 'scores';
    const scaled = (f: ReturnType<Attacker['meanForm']>) =>
      f && {
        coef: new Map([...f.coef].map(([k, c]) => [k, 100 * c])),
        known: 100 * f.known,
        truth: 100 * f.truth,
      };
    const m = JSON.parse(text) as Partial<ReportJson>;
    if (!byOnly && m.questions && m.domains && m.areas && m.overall && m.actions) {
      for (const q of m.questions) {
        const question = framework.questionById.get(q.id) as Question;
        this.publish(`${q.id} score`, q.score, scaled(this.meanForm(everyone, question)));
        for (const [role, cell] of Object.entries(q.byRole))
          if ('score' in cell)
            this.publish(
              `${q.id} score of ${role}`,
              cell.score,
              scaled(this.meanForm((p) => p.role === role, question)),
            );
      }
      for (const d of m.domains) {
        const domain = framework.domains.find((x) => x.id === d.id);
        if (!domain) continue;
        this.publish(
          `${d.id} score`,
          d.score,
          this.weightedForm(everyone, domain.questions, shownForAll),
        );
        for (const [role, cell] of Object.entries(d.byRole))
          if ('score' in cell)
            this.publish(
              `${d.id} score of ${role}`,
              cell.score,
              this.weightedForm(
                (p) => p.role === role,
                domain.questions,
                (q) => this.roleShown(role, q),
              ),
            );
      }
      for (const a of m.areas) {
        const tagged = framework.questions.filter((q) => q.area === a.id);
        this.publish(`area ${a.id}`, a.score, this.weightedForm(everyone, tagged, shownForAll));
        for (const [d, v] of Object.entries(a.byDomain))
          this.publish(
            `area ${a.id} in ${d}`,
            v,
            this.weightedForm(
              everyone,
              tagged.filter((q) => q.domain === d),
              shownForAll,
            ),
          );
      }
      this.publish('overall', m.overall.score, this.overallForm(everyone, shownForAll));
      this.readCycles(m as ReportJson);
      for (const a of m.actions) {
        const q = m.questions.find((x) => x.id === a.question);
        if (!q || q.score === null || Math.abs(q.score - a.score) > 1e-9)
          this.findings.push({
            kind: 'inconsistent',
            what: `action on ${a.question} at ${a.score}`,
          });
      }
    }
    {
      for (const row of m.by?.rows ?? []) {
        const key = m.by?.kind;
        const members = (p: Person) => (key === 'unit' ? p.unit : p.role) === row.id;
        const shown = (q: Question) =>
          key === 'unit' ? this.unitShown(row.id, q) : this.roleShown(row.id, q);
        for (const { d, form } of this.domainForms(members, shown))
          this.publish(`${key} ${row.id} ${d.id}`, row.domains[d.id], form);
        this.publish(`${key} ${row.id} overall`, row.overall, this.overallForm(members, shown));
      }
    }
  }

  /**
   * The numbers added for the improvement cycle: the key findings (overall, strengths, areas to
   * develop, the largest difference between roles), every point of the trend, and each year's
   * score with roles weighted alike, each as an equation; and the response rates by unit,
   * which must not give the count of a unit's role that fewer than the threshold answered in.
   */
  private readCycles(m: ReportJson): void {
    const { framework } = this;
    const everyone = () => true;
    const shownForAll = (q: Question) => this.disclosure.questions[q.index]?.level === 'scores';
    const scaled = (f: ReturnType<Attacker['meanForm']>) =>
      f && {
        coef: new Map([...f.coef].map(([k, c]) => [k, 100 * c])),
        known: 100 * f.known,
        truth: 100 * f.truth,
      };
    const question = (id: string) => framework.questionById.get(id) as Question;
    const k = m.keyFindings;
    if (k) {
      this.publish(
        'key findings: overall',
        k.overall.score,
        this.overallForm(everyone, shownForAll),
      );
      for (const q of [...k.strengths, ...k.areasToDevelop])
        this.publish(
          `key findings: ${q.id}`,
          q.score,
          scaled(this.meanForm(everyone, question(q.id))),
        );
      const r = k.roleDifference;
      if (r)
        for (const side of [r.high, r.low])
          this.publish(
            `key findings: ${r.question} of ${side.role}`,
            side.score,
            scaled(this.meanForm((p) => p.role === side.role, question(r.question))),
          );
    }
    const domainOf = (id: string) => framework.domains.find((d) => d.id === id);
    for (const [i] of (m.trend?.cycles ?? []).entries()) {
      this.publish(
        `trend ${i}: overall`,
        m.trend?.overall[i]?.score,
        this.overallForm(everyone, shownForAll),
      );
      for (const d of m.trend?.domains ?? []) {
        const domain = domainOf(d.id);
        if (domain)
          this.publish(
            `trend ${i}: ${d.id}`,
            d.points[i]?.score,
            this.weightedForm(everyone, domain.questions, shownForAll),
          );
      }
    }
    const mix = m.comparison?.roleMix;
    if (mix) {
      // Shares from the published counts, which are exact (the percentages are rounded).
      const totalBefore = mix.roles.reduce((s, r) => s + r.before, 0);
      const totalAfter = mix.roles.reduce((s, r) => s + r.after, 0);
      const share = new Map(
        mix.roles.map((r) => [
          r.id,
          ((100 * r.before) / (totalBefore || 1) + (100 * r.after) / (totalAfter || 1)) / 2,
        ]),
      );
      for (const d of mix.domains) {
        const domain = domainOf(d.id);
        if (!domain || d.roles.length === 0) continue;
        // Each year's score with roles weighted alike: a weighted sum of role domain scores.
        const coef = new Map<number, number>();
        let known = 0;
        let truth = 0;
        const total = d.roles.reduce((s, r) => s + (share.get(r) ?? 0), 0);
        let complete = true;
        for (const role of d.roles) {
          const f = this.weightedForm(
            (p) => p.role === role,
            domain.questions,
            (q) => this.roleShown(role, q),
          );
          if (!f) {
            complete = false;
            continue;
          }
          const w = (share.get(role) ?? 0) / total;
          for (const [x, c] of f.coef) coef.set(x, (coef.get(x) ?? 0) + w * c);
          known += w * f.known;
          truth += w * f.truth;
        }
        const form = complete ? { coef, known, truth } : undefined;
        // Worked out from role scores as published (rounded), then rounded again.
        this.publish(`roles weighted alike, ${d.id} then`, d.before, form, 2 * TOLERANCE);
        this.publish(`roles weighted alike, ${d.id} now`, d.after, form, 2 * TOLERANCE);
      }
    }
    for (const r of m.responseRates ?? []) {
      if (r.unit === undefined || r.answered === null) continue;
      const n = this.persons.filter(
        (p) => !p.workshop && p.role === r.role && p.unit === r.unit,
      ).length;
      if (n > 0 && n < this.minGroupSize)
        this.findings.push({ kind: 'recovered', what: `${r.unit}: ${r.role} answered ${n}` });
    }
  }

  /** The tidy table: each row's class (role and unit as written), and its numbered respondents. */
  private readResponses(text: string): void {
    const { framework, disclosure: d } = this;
    const rows = readCsv(text);
    const classes = new Map<string, { sum: number; rows: number }>();
    const numbered = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.question}\u0000${r.role}\u0000${r.unit}`;
      const c = classes.get(key) ?? { sum: 0, rows: 0 };
      c.rows++;
      if (r['item score'] !== '') c.sum += Number(r['item score']);
      classes.set(key, c);
      if (r.respondent !== '') {
        const set = numbered.get(r.respondent ?? '') ?? new Set();
        set.add(`${r.role}\u0000${r.unit}`);
        numbered.set(r.respondent ?? '', set);
        if (r.role === NOT_SHOWN || r.unit === NOT_SHOWN)
          this.findings.push({
            kind: 'linked',
            what: `respondent ${r.respondent} on a pooled row`,
          });
      }
    }
    // Whose rows are in which class, by the public rule; the counts must match what is written.
    for (const q of framework.questions) {
      const qd = d.questions[q.index];
      if (!qd) continue;
      const label = (p: Person) =>
        `${q.id}\u0000${d.smallRoles.has(p.role) || qd.hiddenRoles.has(p.role) ? NOT_SHOWN : p.role}\u0000${
          d.smallUnits.has(p.unit) || qd.unnamedUnits.has(p.unit) ? NOT_SHOWN : p.unit
        }`;
      const members = new Map<string, Person[]>();
      for (const p of this.persons) {
        if (!p.shown.has(q.id) || qd.level === 'none') continue;
        const list = members.get(label(p)) ?? [];
        list.push(p);
        members.set(label(p), list);
      }
      for (const [key, people] of members) {
        const c = classes.get(key);
        if (!c || c.rows !== people.length)
          this.findings.push({
            kind: 'inconsistent',
            what: `rows of ${key.replaceAll('\u0000', '/')}`,
          });
        if (qd.level !== 'scores' || !q.scored) continue;
        const form = this.meanForm((p) => people.includes(p), q);
        const n = this.valued((p) => people.includes(p), q).length;
        if (form)
          this.publish(`responses ${key.replaceAll('\u0000', '/')}`, c ? c.sum / n : null, form);
      }
      for (const key of classes.keys())
        if (key.startsWith(`${q.id}\u0000`) && !members.has(key))
          this.findings.push({ kind: 'inconsistent', what: `unexpected rows ${key}` });
    }
    // A numbered respondent's rows can be joined: they must all say one class, of enough people.
    for (const [n, labels] of numbered) {
      if (labels.size !== 1) {
        this.findings.push({ kind: 'linked', what: `respondent ${n} in ${labels.size} classes` });
        continue;
      }
      const [role, unit] = [...labels][0]?.split('\u0000') ?? [];
      const individuals = this.persons.filter(
        (p) => !p.workshop && p.role === role && p.unit === unit,
      );
      if (individuals.length > 0 && individuals.length < this.minGroupSize)
        this.findings.push({
          kind: 'linked',
          what: `respondent ${n} is one of ${individuals.length}`,
        });
    }
  }

  /** The domain and action tables carry the JSON's numbers, and no others. */
  private readTables(out: Outputs, m: ReportJson): void {
    const round = (v: number | null) => (v === null ? '' : String(Math.round(v * 10) / 10));
    const domains = readCsv(out.domains);
    for (const row of domains) {
      const d = m.domains.find((x) => x.id === row['domain id']);
      if (!d) continue;
      const expected: Record<string, string> = { score: round(d.score) };
      for (const [role, cell] of Object.entries(d.byRole))
        expected[`score: ${role}`] = 'score' in cell ? round(cell.score) : '';
      for (const [k, v] of Object.entries(expected))
        if ((row[k] ?? '') !== v)
          this.findings.push({
            kind: 'inconsistent',
            what: `domains table ${d.id} ${k}: ${row[k]}`,
          });
    }
    const actions = readCsv(out.actions);
    if (actions.length !== m.actions.length)
      this.findings.push({ kind: 'inconsistent', what: 'actions table' });
  }

  /** Whether a linear form of the unknowns is determined by the equations read, and its value. */
  solve(target: Map<number, number>): number | undefined {
    const basis = this.basis();
    const f = new Float64Array(this.truth.length);
    for (const [k, c] of target) f[k] = c;
    let value = 0;
    const rest = Float64Array.from(f);
    for (const b of basis) {
      let dot = 0;
      for (let i = 0; i < rest.length; i++) dot += (rest[i] ?? 0) * (b.coef[i] ?? 0);
      for (let i = 0; i < rest.length; i++) rest[i] = (rest[i] ?? 0) - dot * (b.coef[i] ?? 0);
      value += dot * b.rhs;
    }
    const norm = Math.sqrt(f.reduce((s, x) => s + x * x, 0));
    const left = Math.sqrt(rest.reduce((s, x) => s + x * x, 0));
    return left <= 1e-7 * Math.max(1, norm) ? value : undefined;
  }

  private cached: Equation[] | undefined;

  /** An orthonormal basis of the equations (Gram-Schmidt, twice for accuracy), values carried along. */
  private basis(): Equation[] {
    if (this.cached) return this.cached;
    const basis: Equation[] = [];
    for (const e of this.equations) {
      const v = Float64Array.from(e.coef);
      let rhs = e.rhs;
      for (let pass = 0; pass < 2; pass++)
        for (const b of basis) {
          let dot = 0;
          for (let i = 0; i < v.length; i++) dot += (v[i] ?? 0) * (b.coef[i] ?? 0);
          for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) - dot * (b.coef[i] ?? 0);
          rhs -= dot * b.rhs;
        }
      const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      if (norm < 1e-9) continue;
      for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) / norm;
      basis.push({ coef: v, rhs: rhs / norm, what: e.what });
    }
    this.cached = basis;
    return basis;
  }

  /**
   * Everything the attacker can work out that it must not: each set of fewer than the threshold
   * of individuals who gave a question a value (all of them, up to that size), and each group
   * below the threshold's question, domain and overall means.
   */
  audit(): Finding[] {
    const found = [...this.findings];
    const { framework, minGroupSize: min } = this;
    for (const q of framework.questions) {
      const who = this.persons.flatMap((p, i) =>
        !p.workshop && q.scored && this.valueOf(p, q) !== undefined ? [i] : [],
      );
      for (const set of subsets(who, min - 1)) {
        const target = new Map(set.map((i) => [this.unknown.get(`${i}:${q.index}`) as number, 1]));
        if (this.solve(target) !== undefined)
          found.push({
            kind: 'recovered',
            what: `${q.id}: the answers of ${set.length === 1 ? 'one person' : `${set.length} people`} (${set.join(', ')})`,
          });
      }
    }
    const small = [
      ...new Set(this.persons.map((p) => `role\u0000${p.role}`)),
      ...new Set(this.persons.map((p) => `unit\u0000${p.unit}`)),
    ].flatMap((key) => {
      const [kind, id] = key.split('\u0000') as [string, string];
      const members = (p: Person) => (kind === 'role' ? p.role : p.unit) === id;
      const n = this.persons.filter((p) => members(p) && !p.workshop).length;
      return n > 0 && n < min ? [{ what: `${kind} "${id}"`, members }] : [];
    });
    for (const g of small) {
      const forms = [
        ...framework.questions.map((q) => ({ what: q.id, form: this.meanForm(g.members, q) })),
        ...this.domainForms(g.members, () => true).map((x) => ({ what: x.d.id, form: x.form })),
        { what: 'overall', form: this.overallForm(g.members, () => true) },
      ];
      for (const { what, form } of forms)
        if (form && form.coef.size > 0 && this.solve(form.coef) !== undefined)
          found.push({ kind: 'recovered', what: `${g.what}: its ${what} mean` });
    }
    return found;
  }
}

/** Every non-empty subset of up to `size` items. */
function* subsets(items: readonly number[], size: number): Generator<number[]> {
  const pick = (from: number, chosen: number[]): number[][] =>
    chosen.length === size
      ? [chosen]
      : [chosen, ...items.slice(from).flatMap((x, i) => pick(from + i + 1, [...chosen, x]))];
  for (const s of pick(0, [])) if (s.length > 0) yield s;
}

/** The parts of a JSON report the attacker reads. */
export interface ReportJson {
  overall: { score: number | null };
  domains: {
    id: string;
    score: number | null;
    byRole: Record<string, { score: number | null } | { suppressed: true }>;
  }[];
  areas: { id: string; score: number | null; byDomain: Record<string, number | null> }[];
  questions: {
    id: string;
    score: number | null;
    byRole: Record<string, { score: number | null } | { suppressed: true }>;
  }[];
  actions: { question: string; score: number }[];
  keyFindings?: {
    overall: { score: number | null };
    strengths: { id: string; score: number }[];
    areasToDevelop: { id: string; score: number }[];
    roleDifference: {
      question: string;
      high: { role: string; score: number };
      low: { role: string; score: number };
    } | null;
  } | null;
  trend?: {
    cycles: unknown[];
    overall: { score: number | null }[];
    domains: { id: string; points: { score: number | null }[] }[];
  } | null;
  comparison?: {
    roleMix?: {
      roles: {
        id: string;
        before: number;
        after: number;
        shareBefore: number;
        shareAfter: number;
      }[];
      domains: { id: string; before: number | null; after: number | null; roles: string[] }[];
    };
  } | null;
  responseRates?: { role: string; unit?: string; answered: number | null }[];
  by: {
    kind: 'unit' | 'role';
    rows: { id: string; overall: number | null; domains: Record<string, number | null> }[];
  } | null;
}

/** A CSV table as attune writes it (RFC 4180, a byte order mark, CRLF), as records by header. */
export function readCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
