/** Dashboard link to a control, under WEB_URL (which may carry a sub-path). */
export function controlLink(webUrl: string, orgId: string, controlId: string): string {
  return `${webUrl.replace(/\/+$/, '')}/orgs/${orgId}/controls/${controlId}`;
}
