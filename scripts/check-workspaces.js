// Every workspace offers the same scripts and the dependency rules of docs/ARCHITECTURE.md hold.
import { readFileSync } from 'node:fs';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const dir of root.workspaces) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  if (!pkg.scripts?.typecheck) problems.push(`${dir}: missing "typecheck" script`);
  const internal = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => d.startsWith('@kmm/'));
  // The detector depends on no workspace; no package depends on an app.
  const forbidden = dir === 'packages/detector' ? internal : dir.startsWith('packages/') ? internal.filter((d) => !['@kmm/detector', '@kmm/content'].includes(d)) : [];
  if (forbidden.length) problems.push(`${dir}: may not depend on ${forbidden.join(', ')}`);
  for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`${dir}: ${name}@${version} is not pinned to an exact version`);
  }
}
for (const [name, version] of Object.entries(root.devDependencies)) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`root: ${name}@${version} is not pinned`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`workspaces ok: ${root.workspaces.length}`);
