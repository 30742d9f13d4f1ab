/** Canonical URL globs for include/exclude: `*` matches any run of characters; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
  return new RegExp(`^${escaped}$`);
}

export function matchesAny(url: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(url));
}
