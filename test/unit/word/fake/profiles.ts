// The Word hosts Jalon's users have, each as the list of documented behaviours the fake Word reproduces.
// Sources: Microsoft's "Word JavaScript API requirement sets" (which sets each host lists), "Browsers and webview
// controls used by Office Add-ins" (which webview runs the pane), and the OfficeDev/office-js issues named beside
// each behaviour. The fake applies a behaviour only where its profile says so.

export interface HostProfile {
  name: string;
  label: string;
  /** Highest WordApi set the host lists (requirement-sets page: Office 2019 volume-licensed 1.3, Office 2024 1.8). */
  wordApi: string;
  /** Office.context.platform. */
  platform: 'OfficeOnline' | 'PC' | 'Mac';
  /** The webview the pane runs in ("Browsers and webview controls used by Office Add-ins"), and its user agent. */
  webview: 'browser' | 'webview2' | 'trident' | 'edgehtml' | 'wkwebview';
  userAgent: string;
  /**
   * uniqueLocalId: 'stable'; 'null' on builds with connected experiences off (office-js#4258, Windows and Mac);
   * 'moves' on Mac, where insertParagraph('After') gives the anchor's id to the new paragraph (office-js#5784).
   */
  uid: 'stable' | 'null' | 'moves';
  /** Critiques need a Microsoft 365 subscription (WordApi 1.7 set page; office-js#5179: GeneralException). */
  annotations: boolean;
  /** Range.highlight() draws something (office-js#6168: nothing happens on Word 2024 perpetual). */
  tempHighlightShows: boolean;
  /** Range.highlight() selects the range and scrolls to it (office-js#6141, Word on the web). */
  highlightSelects: boolean;
  /** ContentControl.placeholderText is refused with NotAllowed (office-js#785, Word on the web, "by design"). */
  placeholderRefused: boolean;
  /** Range.insertComment refused with NotAllowed on some tenants of Word on the web (office-js#6746). */
  commentsRefused: false | 'batch' | 'all';
  /** paragraph.text includes tracked-deleted text (office-js#1267, #5286: Word on the web). */
  textIncludesDeleted: boolean;
  /** Request and response size limit (resource limits page: 5 MB documented for Office on the web). */
  payloadLimit?: number;
  /** Delete events missed (office-js#3864: Mac under Track Changes; #5400: Mac, documents past ~250 pages). */
  missesDeleteEvents: boolean;
}

const UA = {
  chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
  webview2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0',
  trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edgehtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  wkwebview: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

const base: Omit<HostProfile, 'name' | 'label' | 'wordApi' | 'platform' | 'webview' | 'userAgent'> = {
  uid: 'stable',
  annotations: true,
  tempHighlightShows: true,
  highlightSelects: false,
  placeholderRefused: false,
  commentsRefused: false,
  textIncludesDeleted: false,
  missesDeleteEvents: false,
};

export const PROFILES = {
  web: {
    ...base,
    name: 'web',
    label: 'Word on the web',
    wordApi: '1.9',
    platform: 'OfficeOnline',
    webview: 'browser',
    userAgent: UA.chrome,
    highlightSelects: true,
    placeholderRefused: true,
    textIncludesDeleted: true,
    payloadLimit: 5_000_000,
  },
  windows365: {
    ...base,
    name: 'windows365',
    label: 'Word for Windows, Microsoft 365',
    wordApi: '1.9',
    platform: 'PC',
    webview: 'webview2',
    userAgent: UA.webview2,
  },
  windows2019: {
    ...base,
    name: 'windows2019',
    label: 'Word 2016/2019 perpetual for Windows (WordApi 1.3, Internet Explorer or old Edge webview)',
    wordApi: '1.3',
    platform: 'PC',
    webview: 'trident',
    userAgent: UA.trident,
    annotations: false,
  },
  windows2024: {
    ...base,
    name: 'windows2024',
    label: 'Word 2024 perpetual for Windows (WordApi 1.8, no Microsoft 365 services)',
    wordApi: '1.8',
    platform: 'PC',
    webview: 'webview2',
    userAgent: UA.webview2,
    annotations: false,
    tempHighlightShows: false,
  },
  mac: {
    ...base,
    name: 'mac',
    label: 'Word for Mac, Microsoft 365',
    wordApi: '1.9',
    platform: 'Mac',
    webview: 'wkwebview',
    userAgent: UA.wkwebview,
    uid: 'moves',
    missesDeleteEvents: true,
  },
} satisfies Record<string, HostProfile>;

/** Variants of the same hosts that some administrations have. */
export const VARIANTS = {
  /** A tenant of Word on the web that refuses add-in comments (office-js#6746). */
  webNoComments: {
    ...PROFILES.web,
    name: 'webNoComments',
    label: 'Word on the web, comments refused',
    commentsRefused: 'all',
  },
  /** Comments refused only several at a time. */
  webCommentsOneByOne: {
    ...PROFILES.web,
    name: 'webCommentsOneByOne',
    label: 'Word on the web, one comment per request',
    commentsRefused: 'batch',
  },
  /** Connected experiences turned off: uniqueLocalId is null (office-js#4258). */
  windows365Offline: {
    ...PROFILES.windows365,
    name: 'windows365Offline',
    label: 'Word for Windows, connected experiences off',
    uid: 'null',
  },
  /** Old Edge (EdgeHTML) webview: retail Office 2016/2019 without WebView2. */
  windows2019Edge: {
    ...PROFILES.windows2019,
    name: 'windows2019Edge',
    label: 'Word 2019 retail without WebView2',
    webview: 'edgehtml',
    userAgent: UA.edgehtml,
  },
} satisfies Record<string, HostProfile>;

export const ALL_PROFILES: HostProfile[] = [...Object.values(PROFILES), ...Object.values(VARIANTS)];

export function atLeast(api: string, set: string): boolean {
  const [a1, a2] = api.split('.').map(Number);
  const [b1, b2] = set.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}
