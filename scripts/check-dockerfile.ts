/**
 * Static checks of the Dockerfile, for machines without a Docker engine: Node LTS slim base of the
 * README's major, production-only install, a non-root user, a health check on /healthz, volumes for
 * briefings and data, and the README's start command. Exits 1 listing what is wrong.
 */
import { readFileSync } from 'node:fs';

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Parses a Dockerfile into instructions, joining continuation lines. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: Instruction | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    const continues = line.endsWith('\\');
    const body = continues ? line.slice(0, -1).trim() : line;
    if (pending) pending.args += ` ${body}`;
    else {
      const m = /^(\w+)\s*(.*)$/.exec(body);
      if (m) pending = { op: m[1]!.toUpperCase(), args: m[2]!, line: i + 1 };
    }
    if (!continues && pending) {
      out.push(pending);
      pending = undefined;
    }
  });
  return out;
}

const root = new URL('../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, root), 'utf8');
const dockerfile = parseDockerfile(read('Dockerfile'));
const readme = read('README.md');
const dockerignore = read('.dockerignore').split('\n').map((l) => l.trim());
const problems: string[] = [];

const stages = dockerfile.filter((i) => i.op === 'FROM');
const finalStageStart = dockerfile.indexOf(stages[stages.length - 1]!);
const finalStage = dockerfile.slice(finalStageStart);
const readmeNode = /Node (\d+)/.exec(readme)?.[1];

for (const from of stages) {
  const image = from.args.split(/\s+/)[0]!;
  const m = /^node:(\d+)(?:[.\d]*)-(?:bookworm-|bullseye-|trixie-)?slim$/.exec(image);
  if (!m) problems.push(`Dockerfile:${from.line}: base image \`${image}\` should be a Node LTS slim image such as node:20-bookworm-slim`);
  else if (readmeNode && m[1] !== readmeNode) problems.push(`Dockerfile:${from.line}: Node ${m[1]} but the README says Node ${readmeNode}`);
  else if (Number(m[1]) % 2 !== 0) problems.push(`Dockerfile:${from.line}: Node ${m[1]} is not an LTS line`);
}
if (stages.length < 2) problems.push('Dockerfile: expected a multi-stage build (dependencies, then a slim runtime)');
if (!dockerfile.some((i) => i.op === 'RUN' && /npm ci\b.*--omit=dev/.test(i.args))) problems.push('Dockerfile: no `RUN npm ci --omit=dev` — install production dependencies only');
const user = finalStage.filter((i) => i.op === 'USER').pop();
if (!user || /^(root|0)(:|$)/.test(user.args.trim())) problems.push('Dockerfile: the final stage must switch to a non-root USER');
const health = finalStage.find((i) => i.op === 'HEALTHCHECK');
if (!health || !health.args.includes('/healthz')) problems.push('Dockerfile: the final stage needs a HEALTHCHECK that calls /healthz');
const volumes = finalStage.filter((i) => i.op === 'VOLUME').map((i) => i.args).join(' ');
for (const dir of ['briefings', 'data']) if (!new RegExp(`/${dir}\\b`).test(volumes)) problems.push(`Dockerfile: no VOLUME for ${dir}/`);
const cmd = finalStage.filter((i) => i.op === 'CMD').pop();
const command = cmd ? (cmd.args.startsWith('[') ? (JSON.parse(cmd.args) as string[]).join(' ') : cmd.args) : '';
const readmeStart = /```sh\n(npm ci && [^\n]+)\n```/.exec(readme)?.[1]?.replace(/^npm ci && /, '');
if (!readmeStart) problems.push('README.md: no quick-start block of the form `npm ci && npm start`');
else if (command !== readmeStart) problems.push(`Dockerfile: CMD \`${command}\` differs from the README's start command \`${readmeStart}\``);
for (const entry of ['node_modules', 'data', '.git']) if (!dockerignore.includes(entry)) problems.push(`.dockerignore: add \`${entry}\``);

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`Dockerfile: ${stages.length} stages, base ${stages.map((s) => s.args.split(/\s+/)[0]).join(' → ')}, user ${user!.args}, CMD \`${command}\` — consistent with the README`);
