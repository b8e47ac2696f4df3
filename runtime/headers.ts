/**
 * Header values of the REST protocols: a list is its items joined with `, `, an item holding a comma or a
 * double quote being quoted (`"b,c"`, `"\"def\""`); HTTP dates, which hold a comma themselves, are never
 * quoted and are split back two commas at a time.
 */

const NEEDS_QUOTES = /[",]/;

/** One list item as it goes in a header. */
export function quoteHeaderItem(text: string): string {
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"' : text;
}

export function joinHeaderList(items: readonly string[], quote: boolean): string {
  return (quote ? items.map(quoteHeaderItem) : items).join(', ');
}

/** Splits a list header: commas outside double quotes separate items; quoted items are unescaped. */
export function splitHeaderList(value: string): string[] {
  const items: string[] = [];
  let i = 0;
  const n = value.length;
  while (i <= n) {
    while (i < n && (value[i] === ' ' || value[i] === '\t')) i++;
    let item = '';
    if (value[i] === '"') {
      i++;
      while (i < n && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < n) i++;
        item += value[i++];
      }
      i++; // the closing quote
      while (i < n && value[i] !== ',') i++;
    } else {
      const comma = value.indexOf(',', i);
      const end = comma < 0 ? n : comma;
      item = value.slice(i, end).trim();
      i = end;
    }
    items.push(item);
    i++; // the comma
  }
  return items;
}

/** Splits a list of HTTP dates (`Mon, 16 Dec 2019 23:48:18 GMT, Tue, ...`): every second comma separates. */
export function splitHttpDateList(value: string): string[] {
  const parts = value.split(',');
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) items.push((parts[i] + (i + 1 < parts.length ? ',' + parts[i + 1] : '')).trim());
  return items;
}
