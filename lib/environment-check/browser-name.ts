/**
 * The browser and its major version, from the user agent, for the environment report: enough for
 * a support ticket ("Firefox 128", "Edge 131", "Chrome 156"), nothing that identifies the machine.
 */
const BROWSERS: readonly [name: string, token: RegExp][] = [
  ['Firefox', /Firefox\/(\d+)/],
  ['Edge', /Edg\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Chrome', /Chrome\/(\d+)/],
  ['Safari', /Version\/(\d+).*Safari\//],
];

export function browserName(userAgent: string): string {
  for (const [name, token] of BROWSERS) {
    const version = token.exec(userAgent)?.[1];
    if (version !== undefined) return `${name} ${version}`;
  }
  return 'unknown';
}
