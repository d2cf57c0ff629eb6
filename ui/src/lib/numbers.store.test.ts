import { describe, expect, it } from 'vitest';
import { numbers } from './numbers.svelte';

describe('amounts typed on screen', () => {
  it('reads money the way either number style writes thousands', () => {
    numbers.use({ paper: 'a4', numberStyle: 'comma_point', currency: '€' });
    expect(numbers.parse('8.000')).toBe(8000);
    expect(numbers.parse('8,000')).toBe(8000);
    expect(numbers.parse('1.234.567')).toBe(1234567);
    expect(numbers.parse('−2.500')).toBe(-2500);
    expect(numbers.parse('12.5')).toBe(12.5);
    expect(numbers.parse('0.500')).toBe(0.5);
    expect(numbers.parse('€1,234.50')).toBe(1234.5);
    // A count may have a third decimal: read in the style.
    expect(numbers.parse('8.000', false)).toBe(8);
    expect(typeof numbers.parse('8.000,5.3')).toBe('string');

    numbers.use({ paper: 'a4', numberStyle: 'point_comma', currency: '€' });
    expect(numbers.parse('8.000')).toBe(8000);
    expect(numbers.parse('1.234,50 €')).toBe(1234.5);
    expect(numbers.money(1234.5)).toBe('1.235 €');
  });
});
