// Lints every Dockerfile in a folder with dockerfile-utils, the validator behind the
// Dockerfile language server (an independent implementation of the Dockerfile rules),
// and fails on any error or warning it reports. Runs on the host's Node.js:
//   node tests/lint/lint.mjs DIR  (packaging/lint holds the pinned linter)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const linterRoot = process.env.STAGECRAFT_LINTER_MODULES;
const { validate } = require(join(linterRoot, 'dockerfile-utils'));

const folder = process.argv[2];
const files = readdirSync(folder).filter((name) => name.endsWith('Dockerfile')).sort();
let problems = 0;
for (const name of files) {
  const text = readFileSync(join(folder, name), 'utf8');
  for (const diagnostic of validate(text)) {
    problems += 1;
    const line = diagnostic.range.start.line + 1;
    console.log(`${name}:${line}: ${diagnostic.message} (${text.split('\n')[line - 1]})`);
  }
}
console.log(`lint.mjs: ${files.length} Dockerfiles, ${problems} problems`);
process.exit(files.length === 0 || problems > 0 ? 1 : 0);
