/** Shell-style globs for --include/--exclude: `*`, `?`, `**`, `{a,b}`; a pattern without `/` matches the file name. */

function escapeRegex(char: string): string {
  return /[.+^$()|[\]\\]/.test(char) ? `\\${char}` : char;
}

/** Compile one glob to a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      inBraces = true;
      source += '(?:';
    } else if (char === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (char === ',' && inBraces) source += '|';
    else source += escapeRegex(char);
  }
  return new RegExp(`^${source}$`, 'u');
}

/** A predicate over relative paths: included by any `include` (or all when none) and by no `exclude`. */
export function pathFilter(include: string[], exclude: string[]): (relativePath: string) => boolean {
  const compile = (glob: string) => {
    const regex = globToRegExp(glob);
    return glob.includes('/')
      ? (path: string) => regex.test(path)
      : (path: string) => regex.test(path.slice(path.lastIndexOf('/') + 1));
  };
  const includes = include.map(compile);
  const excludes = exclude.map(compile);
  return (path) =>
    (includes.length === 0 || includes.some((test) => test(path))) && !excludes.some((test) => test(path));
}
