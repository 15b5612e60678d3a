/**
 * Static checks of the Dockerfile, for machines without a Docker engine: a current Node LTS slim
 * base (22 or 24; the README's Deployment section names it), a build stage that compiles with
 * `npm run build` and drops the dev dependencies, a final stage with the compiled output and no
 * TypeScript sources, a non-root user, a health check on /healthz, volumes for briefings and data,
 * and `node bin/brief.js start` as the main process (exec form, as the README says). Exits 1
 * listing what is wrong.
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
const deployment = readme.slice(readme.indexOf('## Deployment'));

for (const from of stages) {
  const image = from.args.split(/\s+/)[0]!;
  const m = /^node:(\d+)(?:[.\d]*)-(?:bookworm-|bullseye-|trixie-)?slim$/.exec(image);
  if (!m) problems.push(`Dockerfile:${from.line}: base image \`${image}\` should be a Node LTS slim image such as node:24-bookworm-slim`);
  else if (Number(m[1]) % 2 !== 0 || Number(m[1]) < 22) problems.push(`Dockerfile:${from.line}: Node ${m[1]} is not a current LTS line — use 22 or 24`);
  else if (!deployment.includes(`Node ${m[1]}`)) problems.push(`Dockerfile:${from.line}: Node ${m[1]}, but the README's Deployment section does not say "Node ${m[1]}"`);
}
if (stages.length < 2) problems.push('Dockerfile: expected a build stage (compile, drop dev dependencies) and a slim runtime stage');
const runs = dockerfile.filter((i) => i.op === 'RUN').map((i) => i.args);
if (!runs.some((r) => /\bnpm run build\b/.test(r))) problems.push('Dockerfile: no `RUN npm run build` — the image runs the compiled output in dist/');
if (!runs.some((r) => /npm (?:prune|ci)\b.*--omit=dev/.test(r))) problems.push('Dockerfile: no `npm prune --omit=dev` (or `npm ci --omit=dev`) — the image gets production dependencies only');
const copies = finalStage.filter((i) => i.op === 'COPY').map((i) => i.args);
if (!copies.some((c) => /--from=\S+\s+\S*dist\b/.test(c))) problems.push('Dockerfile: the final stage must copy the compiled dist/ from the build stage');
if (copies.some((c) => /(^|\s)(\.\/)?src\b/.test(c.replace(/--from=\S+/, '')))) problems.push('Dockerfile: the final stage copies src/ — the image runs dist/ and carries no TypeScript sources');
const user = finalStage.filter((i) => i.op === 'USER').pop();
if (!user || /^(root|0)(:|$)/.test(user.args.trim())) problems.push('Dockerfile: the final stage must switch to a non-root USER');
const health = finalStage.find((i) => i.op === 'HEALTHCHECK');
if (!health || !health.args.includes('/healthz')) problems.push('Dockerfile: the final stage needs a HEALTHCHECK that calls /healthz');
const volumes = finalStage.filter((i) => i.op === 'VOLUME').map((i) => i.args).join(' ');
for (const dir of ['briefings', 'data']) if (!new RegExp(`/${dir}\\b`).test(volumes)) problems.push(`Dockerfile: no VOLUME for ${dir}/`);
const cmd = finalStage.filter((i) => i.op === 'CMD').pop();
const command = cmd?.args.startsWith('[') ? (JSON.parse(cmd.args) as string[]).join(' ') : undefined;
if (command !== 'node bin/brief.js start') problems.push(`Dockerfile: CMD should be ["node", "bin/brief.js", "start"] (exec form: node is the main process and receives SIGTERM), not \`${cmd?.args ?? 'nothing'}\``);
else if (!deployment.includes(`\`${command}\``)) problems.push(`README.md: the Deployment section should say the image runs \`${command}\``);
for (const entry of ['node_modules', 'data', 'dist', '.git']) if (!dockerignore.includes(entry)) problems.push(`.dockerignore: add \`${entry}\``);

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`Dockerfile: ${stages.length} stages, base ${stages.map((s) => s.args.split(/\s+/)[0]).join(' → ')}, user ${user!.args}, CMD \`${command}\` — consistent with the README`);
