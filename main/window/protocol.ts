/** Serves the renderer build from app://reseller-console/ with the strict CSP header (not file://). */
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../../common/csp';
import { readStatic } from '../static-files';
import { APP_SCHEME } from './sender-guard';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = new URL(request.url).pathname;
    const found = await readStatic(rendererDir, path === '/' ? 'index.html' : path);
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(found.body), { headers: { ...SECURITY_HEADERS, 'content-type': found.type } });
  });
}
