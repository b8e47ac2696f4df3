/** The endpoint trait's host prefix (`foo.{label}.`), its labels filled from the input's host-label members. */

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Throws a TypeError when a label's value is missing or not a valid DNS label (it would change the host). */
export function expandHostPrefix(template: string, input: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = input && Object.prototype.hasOwnProperty.call(input, name) ? input[name] : undefined;
    if (typeof value !== 'string' || !HOST_LABEL.test(value)) {
      throw new TypeError(`Host label ${name} must be a valid DNS label, got ${JSON.stringify(value)}`);
    }
    return value;
  });
}
