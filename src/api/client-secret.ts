// Both halves are restricted to URL-safe characters because the id goes into request paths.
const SECRET_SHAPE = /^([A-Za-z0-9][A-Za-z0-9_]*?)_secret_([A-Za-z0-9]+)$/;

/** The session id is the part of `{sessionId}_secret_{token}` before `_secret_`; null for any other shape. */
export function sessionIdFromClientSecret(clientSecret: string | null | undefined): string | null {
  if (typeof clientSecret !== 'string') return null;
  const match = SECRET_SHAPE.exec(clientSecret);
  return match ? match[1] : null;
}
