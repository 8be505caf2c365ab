import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  excelDateTime,
  neutraliseFormula,
  pipelineCsvFilename,
  toExcelCsv,
} from './export-pipeline-csv';

describe('CSV for Excel in Japan', () => {
  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    const csv = toExcelCsv([
      ['氏名', '適合度'],
      ['山田 花子', 82],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('氏名,適合度\r\n山田 花子,82\r\n');
  });

  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toExcelCsv([['a,b', 'say "hi"', 'line 1\nline 2', null]]);
    expect(csv.slice(1)).toBe('"a,b","say ""hi""","line 1\nline 2",\r\n');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const dangerous of [
      '=HYPERLINK("http://evil.example")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
    ]) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseFormula('普通の回答')).toBe('普通の回答');
    expect(toExcelCsv([['=1+1', -5]]).slice(1)).toBe("'=1+1,-5\r\n");
  });

  it('names the file after the opportunity and the date in Japan', () => {
    // 2020-07-10 23:30 UTC is already 11 July in Japan.
    expect(pipelineCsvFilename('okayama-dx', new Date('2020-07-10T23:30:00Z'))).toBe(
      'pipeline-okayama-dx-20200711.csv',
    );
    expect(excelDateTime(new Date('2020-06-19T00:05:00Z'))).toBe('2020/06/19 09:05');
  });

  it('gives the file name as plain ASCII and as RFC 5987 UTF-8', () => {
    expect(contentDisposition('pipeline-abc-20200711.csv')).toBe(
      `attachment; filename="pipeline-abc-20200711.csv"; filename*=UTF-8''pipeline-abc-20200711.csv`,
    );
    expect(contentDisposition('応募者.csv')).toBe(
      `attachment; filename="___.csv"; filename*=UTF-8''%E5%BF%9C%E5%8B%9F%E8%80%85.csv`,
    );
  });
});
