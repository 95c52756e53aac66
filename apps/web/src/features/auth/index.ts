export { SessionProvider, useSession } from './session-context.js';
export { SignInPage } from './SignInPage.js';
