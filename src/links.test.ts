import { describe, expect, it } from 'vitest';
import { printerLink, webLink } from './links';

const OE = 'https://octoeverywhere.com';
const STUB = 'http://localhost:4300';

describe('printerLink', () => {
  it('keeps a page on the origin or one of its subdomains, normalised', () => {
    expect(printerLink('https://octoeverywhere.com/printer/abc', OE)).toBe('https://octoeverywhere.com/printer/abc');
    expect(printerLink(' https://OctoEverywhere.com/printer/abc ', OE)).toBe('https://octoeverywhere.com/printer/abc');
    expect(printerLink('https://app-x.octoeverywhere.com/', OE)).toBe('https://app-x.octoeverywhere.com/');
    expect(printerLink('https://a.b.octoeverywhere.com/x?y=1#z', OE)).toBe('https://a.b.octoeverywhere.com/x?y=1#z');
  });

  it.each([
    ['another site', 'https://evil.example/octoeverywhere.com'],
    ['a look-alike host', 'https://octoeverywhere.com.evil.net/printer/1'],
    ['a suffix without the dot', 'https://evil-octoeverywhere.com/'],
    ['plain http', 'http://octoeverywhere.com/printer/1'],
    ['another port', 'https://octoeverywhere.com:8443/printer/1'],
    ['user info', 'https://user@octoeverywhere.com/printer/1'],
    ['user info hiding the host', 'https://octoeverywhere.com@evil.net/'],
    ['a backslash', 'https://evil.net\\@octoeverywhere.com/'],
    ['a tab', 'https://octo\teverywhere.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['a relative link', '/printer/1'],
    ['text', 'not a url'],
  ])('drops %s', (_name, raw) => {
    expect(printerLink(raw, OE)).toBeUndefined();
  });

  it('drops nothing-at-all without fuss', () => {
    for (const empty of [undefined, null, '', '   ']) expect(printerLink(empty, OE)).toBeUndefined();
  });

  it('follows the origin\'s scheme and port, as the local stub needs', () => {
    expect(printerLink('http://localhost:4300/printer/1', STUB)).toBe('http://localhost:4300/printer/1');
    expect(printerLink('http://app-x.localhost:4300/', STUB)).toBe('http://app-x.localhost:4300/');
    expect(printerLink('https://localhost:4300/printer/1', STUB)).toBeUndefined();
    expect(printerLink('http://localhost:4301/printer/1', STUB)).toBeUndefined();
  });
});

describe('webLink', () => {
  it('keeps an http(s) page on any host, normalised', () => {
    expect(webLink(' https://oe.ink/abc ')).toBe('https://oe.ink/abc');
    expect(webLink('http://octoeverywhere.com/live/1')).toBe('http://octoeverywhere.com/live/1');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['user info hiding the host', 'https://oe.ink@evil.net/'],
    ['a tab', 'https://oe.\tink/'],
    ['a relative link', '/live/1'],
    ['not text', 42],
    ['nothing', null],
  ])('drops %s', (_name, raw) => {
    expect(webLink(raw)).toBeUndefined();
  });
});
