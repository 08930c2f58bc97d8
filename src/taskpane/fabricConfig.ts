// Must run before any Fluent UI module: an empty font base URL stops Fluent from registering web fonts on
// Microsoft's CDN (the pane makes no network request; it uses the system's Segoe UI or fallback fonts).
declare global {
  interface Window {
    FabricConfig?: { fontBaseUrl?: string; iconBaseUrl?: string };
  }
}
if (typeof window !== 'undefined') {
  window.FabricConfig = { ...(window.FabricConfig ?? {}), fontBaseUrl: '', iconBaseUrl: '' };
}
export {};
