import fc from 'fast-check';

/** The generators and mutations behind completion.property.test.ts: URLs real portals send, and worse. */

export interface Origin {
  origin: string;
  protocol: string;
  hostname: string;
  /** `host` with the port, as an App Connection URL carries it. */
  host: string;
}

export const ORIGINS: Origin[] = [
  { origin: 'https://octoeverywhere.com', protocol: 'https:', hostname: 'octoeverywhere.com', host: 'octoeverywhere.com' },
  { origin: 'http://localhost:4300', protocol: 'http:', hostname: 'localhost', host: 'localhost:4300' },
];

export const BASE = 'https://dash.example/callback.html?attempt=0123456789abcdef0123456789abcdef';

export type Place = 'query' | 'second' | 'fragment';
export interface Pair {
  key: string;
  value: string;
  /** Put in the URL without encoding: a value that may break the URL's structure. */
  raw: boolean;
  place: Place;
}
export interface Case {
  pairs: Pair[];
  /** The secret values the case was built with. */
  secrets: string[];
  fragmentLead: string;
  plus: boolean;
  /** Raw text appended to the whole URL. */
  suffix: string;
}

// ---- generators -----------------------------------------------------------------------------

const ws = fc.constantFrom('', '', ' ', '  ', '\t', '\n', '\u00a0');
const place = fc.constantFrom<Place>('query', 'query', 'query', 'query', 'second', 'fragment');
// Built from integers rather than `stringMatching`/`mixedCase`: ten times cheaper, which is what
// lets 10,000 runs per property finish in a few seconds.
const hex = fc.nat().map((n) => n.toString(16));
const word = fc.nat().map((n) => n.toString(36));
const connectionId = fc.tuple(word, fc.constantFrom('', '', '.', '_', '~', '-'), word).map((parts) => parts.join(''));
const secretValue = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ minLength: 6, maxLength: 36 }).map((bytes) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, '')) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }) },
);
/** A key in random case: `bits` 0 keeps the camelCase of the docs, 1 gives the lower case of the apps. */
const recase = (key: string, bits: number) =>
  bits === 0 ? key : bits === 1 ? key.toLowerCase() : [...key].map((ch, i) => ((bits >> (i % 30)) & 1 ? ch.toUpperCase() : ch.toLowerCase())).join('');
const caseBits = fc.oneof(fc.constantFrom(0, 1), fc.nat());
const trueValue = fc.tuple(ws, caseBits, ws).map(([left, bits, right]) => `${left}${recase('true', bits)}${right}`);

function appUrl(o: Origin): fc.Arbitrary<string> {
  return fc.record({ label: hex, upper: fc.boolean(), slash: fc.boolean() }).map(({ label, upper, slash }) => {
    const host = `app-${label}.${o.host}`;
    return `${o.protocol}//${upper ? host.toUpperCase() : host}${slash ? '/' : ''}`;
  });
}

/** Host names that are, or try to pass for, a subdomain of the origin. */
function hostname(o: Origin): fc.Arbitrary<string> {
  const h = o.hostname;
  const lastDot = h.lastIndexOf('.');
  const variants = (x: string): string[] => {
    const label = `app-${x}`;
    return [
      `${label}.${h}`,
      `${label}.${h}`.toUpperCase(),
      `${label}.${h}.evil.net`,
      lastDot < 0 ? `${label}${h}` : `${label}.${h.slice(0, lastDot)}X${h.slice(lastDot + 1)}`,
      `${label}${h}`,
      `${label}.${h}.`,
      `${label}..${h}`,
      `${label}.x.${h}`,
      `www.${h}`,
      h,
      `.${h}`,
      `-${label}.${h}`,
      `${label}-.${h}`,
      `a_b.${h}`,
      `${'a'.repeat(64)}.${h}`,
      `${label}%2e${h}`,
      `${label}.${h.replace('o', '%6f')}`,
      `${label}.${h.replace('o', '\u03bf')}`,
      `${label}.${h.replace('o', '\uff4f')}`,
      `${label}\u3002${h}`,
      `${label}\uff0e${h}`,
      `${label}.${h}\u3002`,
      '127.0.0.1',
      '[::1]',
      '0x7f.0.0.1',
      '2130706433',
      `${label}.127.0.0.1`,
      `evil.net/${label}.${h}`,
      `evil.net\\@${label}.${h}`,
      `${label}.${h}@evil.net`,
      `${label}.${h}%40evil.net`,
      `xn--${x}.${h}`,
    ];
  };
  const count = variants('0').length;
  return fc.oneof(
    { weight: 2, arbitrary: hex.map((x) => `app-${x}.${h}`) },
    { weight: 1, arbitrary: fc.tuple(hex, fc.nat({ max: count - 1 })).map(([x, i]) => variants(x)[i]!) },
  );
}

/** The valid part two times in three, so that whole valid URLs come up often enough too. */
const mostly = (valid: string, ...others: string[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: fc.constantFrom(...others) });

/** App Connection URLs put together from hostile parts, with a stray character sometimes. */
function builtUrl(o: Origin): fc.Arbitrary<string> {
  const port = o.host.slice(o.hostname.length);
  return fc
    .record({
      scheme: mostly(o.protocol, o.protocol.toUpperCase(), 'https:', 'http:', 'javascript:', 'data:', 'ftp:', 'wss:', 'file:', ''),
      slashes: mostly('//', '/', '', '///', '\\\\', '/\\'),
      userinfo: mostly('', 'a@', 'user:pw@', ':@', '@', `app-x.${o.hostname}@`),
      host: hostname(o),
      port: mostly(port, '', ':0', ':443', ':80', ':7125', ':', ':65536', ':4300', ':04300'),
      tail: mostly('', '/', '/api', '/.', '/..', '/%2e', '//', '?', '?a=1', '#', '#x', '/#frag', '/?q', ';x', '%2F', '/\u00e9'),
      stray: fc.option(
        fc.record({
          at: fc.nat(),
          text: fc.constantFrom('\t', '\n', '\r', ' ', '\u0000', '\u001f', '\u007f', '\u00a0', '\u00ad', '\u200b', '\u3002', '\\', '%00', '%20', '@', '#', '?', '/', '.', ':'),
        }),
        { freq: 4 },
      ),
    })
    .map(({ scheme, slashes, userinfo, host, port: p, tail, stray }) => {
      const url = `${scheme}${slashes}${userinfo}${host}${p}${tail}`;
      if (!stray) return url;
      const at = stray.at % (url.length + 1);
      return url.slice(0, at) + stray.text + url.slice(at);
    });
}

export function hostileUrl(o: Origin): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: builtUrl(o) },
    fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'about:blank', '//app-x.octoeverywhere.com'),
    fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'javascript', 'data'], withQueryParameters: true, withFragments: true, authoritySettings: { withIPv4: true, withIPv6: true, withUserInfo: true, withPort: true } }),
    fc.string({ maxLength: 60 }),
    fc.string({ maxLength: 60, unit: 'binary' }),
  );
}

export function validCase(o: Origin): fc.Arbitrary<Case> {
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  return fc
    .record({
      success: trueValue,
      id: connectionId,
      url: appUrl(o),
      token: secretValue,
      user: secretValue,
      password: secretValue,
      bearer: secretValue,
      creds: fc.constantFrom('basic', 'bearer', 'both', 'neither'),
      printerName: optional(fc.string({ maxLength: 30 })),
      access: optional(fc.constantFrom('https://octoeverywhere.com/printer/1', 'http://x.example/', 'javascript:alert(1)', 'not a url')),
      ip: optional(fc.ipV4()),
      apiKey: optional(secretValue),
      keyCase: fc.array(caseBits, { minLength: 11, maxLength: 11 }),
      places: fc.array(place, { minLength: 11, maxLength: 11 }),
      fragmentLead: fc.constantFrom('', '?', '&'),
      plus: fc.boolean(),
    })
    .map((g) => {
      const basic = g.creds === 'basic' || g.creds === 'both';
      const bearer = g.creds === 'bearer' || g.creds === 'both';
      const fields: Array<[string, string | undefined]> = [
        ['success', g.success],
        ['id', g.id],
        ['url', g.url],
        ['appApiToken', g.token],
        ['printerName', g.printerName],
        ['userPrinterAccessUrl', g.access],
        ['printerLastKnownLocalIp', g.ip],
        ['authBasicHttpUser', basic ? g.user : undefined],
        ['authBasicHttpPassword', basic ? g.password : undefined],
        ['authBearerToken', bearer ? g.bearer : undefined],
        ['octoPrintApiKey', g.apiKey],
      ];
      const pairs = fields.flatMap(([name, value], i): Pair[] =>
        value === undefined ? [] : [{ key: recase(name, g.keyCase[i] ?? 0), value, raw: false, place: g.places[i] ?? 'query' }],
      );
      const secrets = [g.token, g.user, g.password, g.bearer, g.apiKey].filter((s): s is string => s !== undefined);
      return { pairs, secrets, fragmentLead: g.fragmentLead, plus: g.plus, suffix: '' };
    });
}

// ---- mutations ------------------------------------------------------------------------------

type Mutation = (c: Case) => Case;

const at = <T>(list: T[], n: number): number => n % Math.max(list.length, 1);
const withPairs = (c: Case, pairs: Pair[]): Case => ({ ...c, pairs });
const setValue = (c: Case, index: number, value: string, raw = false): Case =>
  withPairs(c, c.pairs.map((p, i) => (i === index ? { ...p, value, raw } : p)));

function mutation(o: Origin): fc.Arbitrary<Mutation> {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
  const successValue = fc.oneof(
    trueValue,
    fc.constantFrom('false', 'FALSE', '0', '1', 'yes', 'truee', 't rue', '', ' ', 'true true', '"true"', 'true\u0000', 'tru\u00e9'),
    anyText,
  );
  const keyOf = (c: Case, name: string) => c.pairs.findIndex((p) => p.key.trim().toLowerCase() === name);
  return fc.oneof(
    fc.record({ n: fc.nat(), bits: fc.nat() }).map(({ n, bits }): Mutation => (c) =>
      withPairs(c, c.pairs.map((p, i) => (i === at(c.pairs, n) ? { ...p, key: recase(p.key, bits) } : p)))),
    fc.record({ n: fc.nat(), left: ws, right: ws }).map(({ n, left, right }): Mutation => (c) =>
      withPairs(c, c.pairs.map((p, i) => (i === at(c.pairs, n) ? { ...p, key: `${left}${p.key}${right}` } : p)))),
    fc.nat().map((n): Mutation => (c) => withPairs(c, c.pairs.filter((_, i) => i !== at(c.pairs, n)))),
    fc.record({ n: fc.nat(), bits: fc.nat(), value: fc.option(anyText), where: place }).map(({ n, bits, value, where }): Mutation => (c) => {
      const copied = c.pairs[at(c.pairs, n)];
      if (!copied) return c;
      return withPairs(c, [...c.pairs, { ...copied, key: recase(copied.key, bits), value: value ?? copied.value, place: where }]);
    }),
    { weight: 6, arbitrary: fc.record({ url: hostileUrl(o), raw: fc.boolean() }).map(({ url, raw }): Mutation => (c) => {
      const index = keyOf(c, 'url');
      return index < 0 ? c : setValue(c, index, url, raw);
    }) },
    { weight: 2, arbitrary: successValue.map((value): Mutation => (c) => {
      const index = keyOf(c, 'success');
      return index < 0 ? c : setValue(c, index, value);
    }) },
    fc.record({ n: fc.nat(), value: anyText }).map(({ n, value }): Mutation => (c) => setValue(c, at(c.pairs, n), value)),
    fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }): Mutation => (c) => {
      const [i, j] = [at(c.pairs, a), at(c.pairs, b)];
      const [x, y] = [c.pairs[i], c.pairs[j]];
      if (!x || !y) return c;
      return withPairs(c, c.pairs.map((p, k) => (k === i ? { ...p, value: y.value } : k === j ? { ...p, value: x.value } : p)));
    }),
    fc.record({
      key: fc.oneof(anyText, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'attempt', 'url ', 'SUCCESS', 'id')),
      value: anyText,
      where: place,
    }).map(({ key, value, where }): Mutation => (c) => withPairs(c, [...c.pairs, { key, value, raw: false, place: where }])),
    fc.record({ n: fc.nat(), where: place }).map(({ n, where }): Mutation => (c) =>
      withPairs(c, c.pairs.map((p, i) => (i === at(c.pairs, n) ? { ...p, place: where } : p)))),
    fc.oneof(anyText, fc.constantFrom('&success=true', '?url=javascript:alert(1)', '#url=https://evil.net', '&&&', '%', '%zz', '#')).map(
      (suffix): Mutation => (c) => ({ ...c, suffix: c.suffix + suffix }),
    ),
  );
}

export function mutatedCase(o: Origin): fc.Arbitrary<Case> {
  return fc
    .tuple(validCase(o), fc.array(mutation(o), { maxLength: 4 }))
    .map(([base, mutations]) => mutations.reduce((c, mutate) => mutate(c), base));
}
