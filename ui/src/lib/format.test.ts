import { describe, expect, it } from 'vitest';
import { parseClipboard, parseNumber, percent, standing } from './format';

describe('numbers typed or pasted from a spreadsheet', () => {
  it('reads both decimal marks and thousands separators', () => {
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber('1.234,50')).toBe(1234.5);
    expect(parseNumber('12,000')).toBe(12000);
    expect(parseNumber('8.000')).toBe(8000);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('8.5')).toBe(8.5);
    expect(parseNumber('€ 300')).toBe(300);
    expect(parseNumber('-200')).toBe(-200);
    expect(parseNumber('(75)')).toBe(-75);
    expect(parseNumber('')).toBe(0);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('1..2')).toBeNull();
  });

  it('splits a copied block into rows and cells', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parseClipboard('7')).toEqual([['7']]);
  });

  it('says where a figure stands', () => {
    expect(percent(0.873)).toBe('87 %');
    expect(percent(null)).toBe('—');
    expect(standing(1.02)).toBe('ahead');
    expect(standing(0.95)).toBe('close');
    expect(standing(0.5)).toBe('behind');
    expect(standing(null)).toBe('none');
  });
});
