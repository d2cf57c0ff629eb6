// Report once the page is painted, as Salesdesk does for its first screen.
window.addEventListener('load', () => {
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ui_ready', { pageMs: performance.now() }));
});
