// akkoord.js: the banner for sites without a consent-log collector.
import { boot } from './boot.js';

boot();
