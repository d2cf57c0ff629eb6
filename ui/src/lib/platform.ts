// Which desktop webview the UI runs in.

/** The OS, for the system font on macOS and Windows (see app.css). */
export function osName(userAgent: string): 'mac' | 'windows' | 'linux' {
  if (userAgent.includes('Mac OS X')) return 'mac';
  if (userAgent.includes('Windows')) return 'windows';
  return 'linux';
}
