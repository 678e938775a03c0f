// akkoord-with-log.js: the banner plus the consent-log client, for sites that keep proof of
// consent with a collector (config `consentLog.endpoint`). A separate build, so sites without a
// collector do not load the client's bytes, and every site still loads exactly one file.
import { createConsentLog } from '@akkoord/consent-log';
import { boot } from './boot.js';

boot(createConsentLog);
