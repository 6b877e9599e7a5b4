import { describe, expect, it } from 'vitest';
import { boundsCentre, clickToLonLat, fitProjection } from './projection';

describe('placing on the SVG map', () => {
  const bounds: [number, number, number, number] = [5.1, 52.09, 5.13, 52.11];

  it('the middle of the drawing is the centre of the bounds', () => {
    const p = fitProjection(bounds, 800, 520);
    const [lon, lat] = boundsCentre(bounds);
    expect(lon).toBeCloseTo(5.115, 9);
    expect(lat).toBeCloseTo(52.1, 9);
    const [x, y] = p.toScreen(lon, lat);
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(260, 6);
  });

  it('a click is read in the drawing’s own units, also when the element is scaled on the page', () => {
    const p = fitProjection(bounds, 800, 520);
    // Drawn 400 × 260 CSS pixels, 100 px from the left and 50 from the top of the page.
    const box = { left: 100, top: 50, width: 400, height: 260 };
    const [lon, lat] = clickToLonLat(p, box, 300, 180);
    expect(lon).toBeCloseTo(5.115, 9);
    expect(lat).toBeCloseTo(52.1, 9);
    const [x, y] = p.toScreen(...clickToLonLat(p, box, 150, 70));
    expect(x).toBeCloseTo(100, 6);
    expect(y).toBeCloseTo(40, 6);
  });
});
