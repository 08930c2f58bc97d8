// V8's flags for `jalon check`, set by the executable before its reader thread starts (worker threads share the
// process's flags). A batch of drafts is short for V8: on the .docx bench (50 drafts, `--jobs 2`) its optimising
// compiler, on background threads, took a third of the process's CPU, more than either thread's own work, and
// on two cores that third stream bounds the wall time. Without inlining and without on-stack replacement (a
// second compilation of functions with long loops, such as the unzipping and XML parsing loops) it compiles less
// for about the same speed of the code it makes: see DEVELOPERS.md ("Speed", the row on V8's flags).
// Node says flags set after start may be ignored: these are read at each compilation, and measured to apply.
import { setFlagsFromString } from 'node:v8';

export const CHECK_FLAGS = ['--no-turbo-inlining', '--no-use-osr'];

/** Sets CHECK_FLAGS when the command is `check` (publishing runs long enough for inlining to pay). */
export function setV8Flags(argv: readonly string[]): boolean {
  if (argv[0] !== 'check') return false;
  for (const flag of CHECK_FLAGS) setFlagsFromString(flag);
  return true;
}
