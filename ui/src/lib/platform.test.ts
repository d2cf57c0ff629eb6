import { describe, expect, it } from 'vitest';
import { osName } from './platform';

describe('osName', () => {
  it('tells the three desktop webviews apart by their user agents', () => {
    expect(
      osName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)'),
    ).toBe('mac');
    expect(
      osName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Edg/120.0'),
    ).toBe('windows');
    expect(osName('Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko)')).toBe('linux');
  });
});
