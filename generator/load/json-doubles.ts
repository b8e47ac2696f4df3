/**
 * Where a JSON text writes a whole number as a decimal (`1000.0`, `1e3`): `JSON.parse` gives the integer
 * 1000 and forgets it. The R reference reads example values with R's JSON reader, for which such a number
 * is a double (`1000`, not `1000L`), so the examples keep the list of those places (JSON pointers).
 */

/** JSON pointers of the whole-valued numbers written with a fraction or an exponent. */
export function wholeDecimals(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const str = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value(`${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      for (let n = 0; i < text.length && text[i] !== ']'; n++) {
        value(`${path}/${n}`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?|^(true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) throw new SyntaxError(`unexpected character at ${i}`);
      if ((m[1] !== undefined || m[2] !== undefined) && Number.isInteger(Number(m[0]))) out.push(path);
      i += m[0].length;
    }
  };
  value('');
  return out;
}
