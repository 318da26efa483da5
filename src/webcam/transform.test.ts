import { describe, expect, it } from 'vitest';
import { chooseWebcam, webcamTransform, type WebcamSettings } from './transform';

type Point = [number, number];

/**
 * Where a point of the picture ends up on screen under a CSS transform made of `rotate(Ndeg)` and
 * `scale(a, b)`, applied right to left as CSS does. Screen coordinates: y grows downwards.
 */
function place(transform: string, point: Point): Point {
  if (transform === 'none') return point;
  const steps = [...transform.matchAll(/(rotate|scale)\(([^)]*)\)/g)].reverse();
  return steps.reduce<Point>(([x, y], [, fn, args]) => {
    if (fn === 'scale') {
      const [a, b] = args!.split(',').map(Number) as [number, number];
      return [a * x, b * y];
    }
    const rad = (parseFloat(args!) * Math.PI) / 180;
    return [Math.round(Math.cos(rad) * x - Math.sin(rad) * y), Math.round(Math.sin(rad) * x + Math.cos(rad) * y)];
  }, point);
}

const TOP_LEFT: Point = [-1, -1];
const TOP_RIGHT: Point = [1, -1];
const BOTTOM_LEFT: Point = [-1, 1];
const BOTTOM_RIGHT: Point = [1, 1];

describe('webcamTransform', () => {
  it.each([
    // flipH, flipV, rotation → where the picture's top-left corner is shown
    [false, false, 0, TOP_LEFT, 'none'],
    [true, false, 0, TOP_RIGHT, 'scale(-1, 1)'],
    [false, true, 0, BOTTOM_LEFT, 'scale(1, -1)'],
    [true, true, 0, BOTTOM_RIGHT, 'scale(-1, -1)'],
    [false, false, 90, TOP_RIGHT, 'rotate(90deg)'],
    [false, false, 180, BOTTOM_RIGHT, 'rotate(180deg)'],
    [false, false, 270, BOTTOM_LEFT, 'rotate(270deg)'],
    // Flipped first, then turned clockwise: the flipped top-left is the top-right, turned 90° it is bottom-right.
    [true, false, 90, BOTTOM_RIGHT, 'rotate(90deg) scale(-1, 1)'],
    [false, true, 90, TOP_LEFT, 'rotate(90deg) scale(1, -1)'],
    [true, false, 270, TOP_LEFT, 'rotate(270deg) scale(-1, 1)'],
  ] as const)('flipH %s, flipV %s, %i° shows the top-left corner at %j', (flipH, flipV, rotation, corner, css) => {
    const { transform } = webcamTransform({ flipH, flipV, rotation });
    expect(transform).toBe(css);
    expect(place(transform, TOP_LEFT)).toEqual(corner);
  });

  it.each([
    [0, false],
    [90, true],
    [180, false],
    [270, true],
  ])('%i° turns the box: %s', (rotation, quarterTurn) => {
    expect(webcamTransform({ flipH: false, flipV: false, rotation }).quarterTurn).toBe(quarterTurn);
  });

  it.each([
    [360, 'none'],
    [-90, 'rotate(270deg)'],
    [450, 'rotate(90deg)'],
    [45, 'none'],
    [Number.NaN, 'none'],
  ])('reads a rotation of %s as %s', (rotation, css) => {
    expect(webcamTransform({ flipH: false, flipV: false, rotation }).transform).toBe(css);
  });
});

const cam = (index: number, enabled = true): WebcamSettings => ({ index, name: `Cam ${index}`, flipH: false, flipV: false, rotation: 0, enabled });
const indexes = (cams: WebcamSettings[]) => cams.map((c) => c.index);

describe('chooseWebcam', () => {
  const three = { defaultIndex: 1, list: [cam(0), cam(1), cam(2)] };

  it.each([
    ['the default when nothing is remembered', three, undefined, 1],
    ['a remembered choice over the default', three, 2, 2],
    ['the default when the remembered one is gone', three, 7, 1],
    ['the default when the remembered one is disabled', { defaultIndex: 1, list: [cam(0), cam(1), cam(2, false)] }, 2, 1],
    ['the first enabled when the default is disabled', { defaultIndex: 0, list: [cam(0, false), cam(1), cam(2)] }, null, 1],
    ['the first enabled when the default does not exist', { defaultIndex: 5, list: [cam(0, false), cam(1)] }, undefined, 1],
    ['webcam 0 when remembered as 0', three, 0, 0],
  ])('picks %s', (_name, webcams, remembered, expected) => {
    expect(chooseWebcam(webcams, remembered).selected?.index).toBe(expected);
  });

  it('shows only enabled webcams, in the plugin’s order', () => {
    expect(indexes(chooseWebcam({ defaultIndex: 0, list: [cam(0), cam(1, false), cam(2)] }).shown)).toEqual([0, 2]);
  });

  it.each([
    ['no webcam list', undefined],
    ['an empty list', { defaultIndex: 0, list: [] }],
    ['only disabled webcams', { defaultIndex: 0, list: [cam(0, false), cam(1, false)] }],
  ])('selects nothing for %s', (_name, webcams) => {
    expect(chooseWebcam(webcams, 0)).toEqual({ shown: [], selected: null });
  });
});
