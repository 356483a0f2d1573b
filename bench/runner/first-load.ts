/** The files a built index.html loads before any page of the app asks for more. */

/** What index.html itself loads: its module script, the modules it preloads, its stylesheets. */
export function staticFirstLoadOf(html: string): string[] {
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="(modulepreload|stylesheet)"/.test(tag);
    const ref = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && ref && !/^[a-z]+:/i.test(ref)) files.add(ref.replace(/^\.?\//, ''));
  }
  return [...files];
}
