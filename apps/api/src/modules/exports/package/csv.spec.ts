import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv, type CsvColumn } from './csv';

interface Row {
  id: string;
  note: string | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'id', value: (r) => r.id, raw: true },
  { header: 'note', value: (r) => r.note },
];

describe('renderCsv', () => {
  it('writes a header row then one CRLF-ended record per row', () => {
    expect(
      renderCsv(columns, [
        { id: 'a', note: 'x' },
        { id: 'b', note: null },
      ]),
    ).toBe('id,note\r\na,x\r\nb,\r\n');
  });

  it('quotes fields holding a comma, a double quote or a line break, and they parse back unchanged (RFC 4180)', () => {
    const notes = ['one, two', 'say "hi"', 'line\nbreak', 'carriage\r\nreturn', 'plain'];
    const csv = renderCsv(
      columns,
      notes.map((note, i) => ({ id: `r${i}`, note })),
    );
    expect(csv).toContain('"one, two"');
    expect(csv).toContain('"say ""hi"""');
    expect(parse<Record<string, string>>(csv, { columns: true }).map((r) => r.note)).toEqual(notes);
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'])(
    'prefixes a free-text cell starting with a formula character (%j) with a quote',
    (note) => {
      const parsed = parse<Record<string, string>>(renderCsv(columns, [{ id: 'r', note }]), {
        columns: true,
      });
      expect(parsed[0]!.note).toBe(`'${note}`);
    },
  );

  it('leaves raw columns exactly as given and ordinary text untouched', () => {
    expect(csvField('=raw', true)).toBe('=raw');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  it('guards before quoting, so a formula holding a comma stays one guarded field', () => {
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
  });
});
