// Jest's TypeScript transform: esbuild strips the types, a file at a time, in about a hundredth of
// the time the TypeScript compiler takes, which is most of a cold `npm test`. It checks no types:
// `npm run typecheck` (tsc on tsconfig.test.json) does, and .ci/run runs it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync, version } from 'esbuild';

const { compilerOptions } = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));
const options = { loader: 'ts', format: 'esm', target: 'esnext', sourcemap: 'external', tsconfigRaw: { compilerOptions } };
const optionsKey = `esbuild ${version} ${JSON.stringify(options)}`;

export default {
  process(source, filename) {
    const { code, map } = transformSync(source, { ...options, sourcefile: filename });
    return { code, map };
  },
  // Jest names its cache files after this key.
  getCacheKey(source, filename, { configString }) {
    return createHash('sha256').update(optionsKey).update('\0').update(configString).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
};
