// Where `jalon check` writes its report: stdout, or the --out file. The file is written part by part as the
// drafts are reviewed (no whole-report string to build), beside its final name, and renamed when complete: a
// report that is there is whole, and a run that fails leaves the old one. (Writing here costs less than handing
// the parts to another thread: a structured clone of 12 MB of text is slower than encoding it.)
import { closeSync, existsSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

export interface Output {
  write(piece: string): void;
  /** The system's error (its code says why: messages/cli.ts, system) if the report could not be written whole. */
  close(): Error | undefined;
  /** The run failed: nothing is written, the partial file is removed. */
  abandon(): void;
}

/** Written at the end, once the progress bar is cleared: stderr and stdout are often the same terminal. */
export function stdoutOutput(stdout: { write(s: string): unknown }): Output {
  const pieces: string[] = [];
  return {
    write: (piece) => void pieces.push(piece),
    close() {
      stdout.write(pieces.join(''));
      return undefined;
    },
    abandon: () => void (pieces.length = 0),
  };
}

/**
 * Throws (open) when the file cannot be written: before any draft is reviewed. The folder it goes in must be there:
 * a mistyped --out is said with the folder missing, not made with every folder above it.
 */
export function fileOutput(out: string): Output {
  // Said before anything is made: the partial file would go beside the folder, the renaming fail at the end.
  if (existsSync(out) && statSync(out).isDirectory())
    throw Object.assign(new Error(`EISDIR: ${out}`), { code: 'EISDIR', path: out });
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) throw Object.assign(new Error(`ENOENT: ${folder}`), { code: 'ENOENT', path: folder });
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  const fd = openSync(partial, 'w');
  let failed: Error | undefined;
  const remove = () => {
    try {
      unlinkSync(partial);
    } catch {
      // already gone
    }
  };
  return {
    write(piece) {
      if (!piece || failed !== undefined) return;
      try {
        writeSync(fd, piece);
      } catch (e) {
        failed = e as Error;
      }
    },
    close() {
      try {
        closeSync(fd);
        if (failed === undefined) renameSync(partial, out);
      } catch (e) {
        failed ??= e as Error;
      }
      if (failed !== undefined) remove();
      return failed;
    },
    abandon() {
      try {
        closeSync(fd);
      } catch {
        // closed already
      }
      remove();
    },
  };
}

/**
 * The input that `out` would overwrite, if any: the same file once paths and symbolic links are resolved (or the
 * same file under another name, a hard link). An `out` that does not exist yet is none of the inputs.
 */
export function inputAt(out: string, inputs: readonly string[]): string | undefined {
  let target: { real: string; dev: number; ino: number };
  try {
    const st = statSync(out);
    target = { real: realpathSync(out), dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
  // The input named as --out is, when it is there, named rather than another name of the same file.
  const named = inputs.find((input) => resolve(input) === resolve(out));
  if (named !== undefined) return named;
  return inputs.find((input) => {
    try {
      const st = statSync(input);
      return realpathSync(input) === target.real || (st.ino !== 0 && st.dev === target.dev && st.ino === target.ino);
    } catch {
      return false;
    }
  });
}

/**
 * Each draft's name as the reports people read give it: its path relative to the folder given on the command line
 * (« ministere-a/plan.docx » for `jalon check /home/me/projets`), or its own name for a file given; never the
 * facilitator's own folders, which mean nothing to a ministry. Two drafts that would get the same name (two folders
 * given, each with a plan.docx) keep their folder's name before it.
 */
export function displayNames(paths: readonly string[], files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const roots = paths.map((p) => resolve(p));
  for (const file of files) {
    const full = resolve(file);
    const root = roots.find((r) => full.startsWith(r + sep));
    names.set(file, root === undefined ? basename(file) : relative(root, full).split(sep).join('/'));
  }
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
  for (const [file, n] of names) {
    if (count.get(n)! < 2) continue;
    const full = resolve(file);
    const root = roots.find((r) => full.startsWith(r + sep)) ?? dirname(full);
    names.set(file, `${basename(root)}/${n}`);
  }
  return names;
}

/**
 * Where `--out-dir DIR` writes each draft's report: DIR, the draft's folders below the one given, its name with the
 * report's extension (« ministere-a/plan.html »). Drafts that would share a report (plan.docx and plan.md), or a
 * report that would be one of the inputs (a Markdown report beside its draft), get the draft's kind in the name
 * (« plan-docx.html »), then a number.
 */
export function reportPaths(
  dir: string,
  names: ReadonlyMap<string, string>,
  ext: string,
  inputs: readonly string[],
): Map<string, string> {
  const taken = new Set(inputs.map((i) => resolve(i).toLowerCase()));
  const out = new Map<string, string>();
  const stemOf = (name: string) => name.slice(0, name.length - extname(name).length);
  const shared = new Map<string, number>();
  for (const name of names.values())
    shared.set(stemOf(name).toLowerCase(), (shared.get(stemOf(name).toLowerCase()) ?? 0) + 1);
  for (const [file, name] of names) {
    const kind = extname(name);
    const stem = stemOf(name);
    const own = `${stem}-${kind.slice(1).toLowerCase() || 'sans'}.${ext}`;
    // Drafts that share a stem all say their kind, whichever comes first.
    const candidates = shared.get(stem.toLowerCase())! > 1 ? [own] : [`${stem}.${ext}`, own];
    let path = '';
    for (let i = 0; ; i++) {
      const candidate = i < candidates.length ? candidates[i] : `${stem}-${i}.${ext}`;
      path = join(dir, ...candidate.split('/'));
      if (!taken.has(resolve(path).toLowerCase())) break;
    }
    taken.add(resolve(path).toLowerCase());
    out.set(file, path);
  }
  return out;
}
