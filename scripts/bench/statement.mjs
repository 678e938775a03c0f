// Privacy-statement generator speed (issue 3): a generated 40-purpose, 30-processor declarations
// file to nl + en HTML in-process (median of 25 runs after warm-up), and the CLI cold start
// (`akkoord --help`) beside bare `node -e 0` (median of 11 each, interleaved so machine load hits
// both alike). Imports the built package: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}packages/privacy-statement/dist/`;

/** A large but realistic declarations object: 40 purposes, 30 processors, 60 cookies. */
export function largeDeclarations() {
  const bases = ['consent', 'contract', 'legal-obligation', 'legitimate-interests'];
  const countries = [['NL'], ['DE', 'NL'], ['US'], ['IE', 'US'], ['GB'], ['FR']];
  const recipients = Array.from({ length: 30 }, (_, i) => {
    const cs = countries[i % countries.length];
    const outside = cs.some((c) => c === 'US' || c === 'GB');
    return {
      id: `proc-${i}`,
      name: `Verwerker ${i} B.V.`,
      role: 'processor',
      service: { nl: `dienst nummer ${i} voor onze klanten`, en: `service number ${i} for our customers` },
      country: cs[0],
      countries: cs,
      ...(outside
        ? { transfer: cs.includes('US') ? { mechanism: 'dpf', dpfCheckedOn: '2026-05-01', fallback: 'sccs' } : { mechanism: 'adequacy' } }
        : {}),
      processingAgreement: { signed: true, date: '2025-01-01' },
      privacyPolicyUrl: `https://proc${i}.example/privacy`,
    };
  });
  const purposes = Array.from({ length: 40 }, (_, i) => {
    const legalBasis = bases[i % bases.length];
    return {
      id: `purpose-${i}`,
      name: { nl: `Doel ${i}`, en: `Purpose ${i}` },
      description: {
        nl: `Wij gebruiken uw gegevens voor doel ${i}, omdat dat nodig is voor onze dienst.`,
        en: `We use your data for purpose ${i}, because our service needs it.`,
      },
      dataSubjects: ['customers'],
      dataCategories: ['contact', 'order'],
      legalBasis,
      ...(legalBasis === 'consent' ? { consentWithdrawal: { nl: 'Via uw account.', en: 'Through your account.' } } : {}),
      ...(legalBasis === 'legitimate-interests'
        ? { legitimateInterest: { nl: 'Wij verbeteren onze webwinkel.', en: 'We improve our web shop.' } }
        : {}),
      provision: { requirement: 'voluntary' },
      recipients: [`proc-${i % 30}`, `proc-${(i + 7) % 30}`],
      retention: { period: `P${1 + (i % 7)}Y`, start: { nl: 'het einde van het contract', en: 'the end of the contract' } },
    };
  });
  const cookies = Array.from({ length: 60 }, (_, i) => ({
    name: `_c${i}`,
    service: `proc-${i % 30}`,
    category: ['analytics', 'marketing', 'preferences'][i % 3],
    purpose: { nl: `cookie ${i}`, en: `cookie ${i}` },
    duration: `P${1 + (i % 12)}M`,
  }));
  return {
    meta: {
      version: '1.0',
      effectiveDate: '2026-01-01',
      changelog: [{ version: '1.0', date: '2026-01-01', material: true, summary: 'Eerste versie.' }],
    },
    organisation: {
      legalName: 'Groot Bedrijf B.V.',
      kvk: '12345678',
      address: { street: 'Straat 1', postalCode: '1234 AB', city: 'Utrecht' },
      email: 'privacy@groot.example',
    },
    dpo: 'none',
    dataSubjects: [{ id: 'customers', label: { nl: 'klanten', en: 'customers' } }],
    dataCategories: [
      { id: 'contact', label: { nl: 'contactgegevens', en: 'contact details' } },
      { id: 'order', label: { nl: 'bestellingen', en: 'orders' } },
    ],
    purposes,
    recipients,
    cookies,
    security: [{ type: 'technical', description: { nl: 'Versleutelde verbindingen.', en: 'Encrypted connections.' } }],
  };
}

function timeRun(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function bench() {
  if (!existsSync(`${dist}index.js`)) throw new Error('packages/privacy-statement/dist is missing: run npm run build first');
  const lib = await import(pathToFileURL(`${dist}index.js`).href);
  const d = largeDeclarations();
  const errors = lib.validateDeclarations(d).filter((f) => f.severity === 'error');
  if (errors.length) throw new Error(`bench declarations invalid: ${errors[0].path} ${errors[0].message}`);
  const both = () => {
    lib.generateStatement(d, { lang: 'nl', format: 'html' });
    lib.generateStatement(d, { lang: 'en', format: 'html' });
  };
  for (let i = 0; i < 5; i++) both();
  const inProcess = [];
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    both();
    inProcess.push(performance.now() - t);
  }
  const cli = [];
  const bare = [];
  for (let i = 0; i < 11; i++) {
    bare.push(timeRun(['-e', '0']));
    cli.push(timeRun([`${dist}cli.js`, '--help']));
  }
  const gen = median(inProcess);
  const cold = median(cli);
  const node = median(bare);
  return [
    {
      name: '40 purposes + 30 processors → nl+en HTML (in-process, median of 25)',
      value: Math.round(gen * 100) / 100,
      unit: 'ms',
      goal: '< 150 ms',
      ok: gen < 150,
    },
    {
      name: 'akkoord --help cold start (median of 11)',
      value: Math.round(cold),
      unit: 'ms',
      peer: { name: 'node -e 0', value: Math.round(node) },
      goal: '≤ 3× bare node',
      ok: cold <= 3 * node,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await bench());
}
