/**
 * Hosts that frame our pages, from Microsoft's list for Teams tabs (which also run in Outlook and
 * the Microsoft 365 app): https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 * ("Set Content Security Policy headers to allow Teams and any other host applications").
 * Word on the web frames the task pane from Office's own domains; Office does not publish a list
 * for add-ins, so the observed hosts are added and the whole list is configurable (FRAME_ANCESTORS).
 * Word on Windows/Mac loads the pane top-level in a WebView, where frame-ancestors does not apply.
 */
export const DEFAULT_FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com', 'https://*.teams.microsoft.com',
  'https://*.microsoft365.com', 'https://*.office.com',
  'https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook-sdf.office.com', 'https://outlook-sdf.office365.com',
  'https://*.officeapps.live.com', 'https://*.sharepoint.com',
] as const;
