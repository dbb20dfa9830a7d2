#!/usr/bin/env node
// The `charter` command. The CLI is TypeScript run by Node's own type stripping, so it needs the Node the
// project pins (npm scripts and npx put it first on PATH); an older Node gets a clear message instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `charter: needs Node 22.18 or later to run TypeScript (this is Node ${process.versions.node}).\n` +
      'Run it as "npx charter ..." inside the project, which uses the Node 24 that npm install brings.\n',
  );
  process.exit(2);
}
// The last line of defence, after main's own handler: whatever escapes it (an error thrown from a callback or
// event, a rejected promise nobody awaited) prints one line, never a stack trace, and exits 2 like any bug.
const fail = (error) => {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n', 1)[0].trim() || 'unexpected error';
  process.stderr.write(`charter: ${line} (an internal error; please report it)\n`);
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// A reader that stops early (`charter validate - | head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
try {
  const { main } = await import('../compiler/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error);
}
