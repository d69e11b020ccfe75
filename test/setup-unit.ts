import '@testing-library/jest-dom/vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { installStaticRange } from './support/static-range';

installStaticRange();

beforeEach(() => {
  fakeBrowser.reset();
});
