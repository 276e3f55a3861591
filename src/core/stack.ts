import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A frame's location: a path or file URL of a JavaScript file, then its line and column. */
const FRAME_LOCATION = /((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^\s()]*?\.[cm]?js):(\d+):(\d+)/g;

/**
 * The stack with every frame in a bundled file that has a source map beside it (`index.js.map`)
 * pointing at the original source, as Node's --enable-source-maps would. Done only when an internal
 * error is reported: turning source maps on at start-up reads and indexes every map of the bundle
 * on every run (about 40 ms of the action's start), for a stack almost no run prints.
 */
export function mapStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(FRAME_LOCATION, (location: string, file: string, line: string, column: string) => {
    const path = file.startsWith('file://') ? fileURLToPath(file) : file;
    if (!maps.has(path)) maps.set(path, readSourceMap(path));
    const origin = maps.get(path)?.findOrigin(Number(line), Number(column));
    if (!origin || !('fileName' in origin)) return location;
    // Sources are named relative to the map, as Node resolves them.
    const source = new URL(origin.fileName, pathToFileURL(path));
    return `${source.protocol === 'file:' ? fileURLToPath(source) : origin.fileName}:${origin.lineNumber}:${origin.columnNumber}`;
  });
}

function readSourceMap(file: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
  } catch {
    // No map beside the file (the source run by tests, Node's own files): the frame stays as it is.
    return undefined;
  }
}
