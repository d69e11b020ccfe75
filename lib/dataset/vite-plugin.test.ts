import { describe, expect, test, vi } from 'vitest';
import { articlesPlugin } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => void;

function hook(plugin: ReturnType<typeof articlesPlugin>, name: 'buildStart' | 'generateBundle'): Hook {
  const value = plugin[name];
  return (typeof value === 'function' ? value : (value as { handler: Hook }).handler) as Hook;
}

function fakeContext() {
  return {
    addWatchFile: vi.fn(),
    emitFile: vi.fn(),
    error: (message: string) => {
      throw new Error(message);
    },
  };
}

const popupChunk = { type: 'chunk', facadeModuleId: '/repo/entrypoints/popup/index.html' };
const optionsChunk = { type: 'chunk', facadeModuleId: '/repo/entrypoints/options/index.html' };

describe('articlesPlugin', () => {
  test('runs in builds only, so unit tests never depend on the articles', () => {
    expect(articlesPlugin().apply).toBe('build');
  });

  test('an invalid article fails the build naming the file and the field', () => {
    const plugin = articlesPlugin({ dir: 'test/fixtures/dataset/bad' });
    expect(() => hook(plugin, 'buildStart').call(fakeContext())).toThrow(
      /bad\/2022-06-01-example-unknown-tag\.md: tags\[1\]: Invalid option/,
    );
  });

  test('emits the compiled articles as articles.json with the popup’s build, watching every file', () => {
    const plugin = articlesPlugin({ dir: 'test/fixtures/dataset/good' });
    const context = fakeContext();
    hook(plugin, 'buildStart').call(context);
    expect(context.addWatchFile).toHaveBeenCalledWith(
      expect.stringMatching(/good\/2020-05-11-example-halving-explainer\.md$/),
    );

    hook(plugin, 'generateBundle').call(context, {}, { 'options.js': optionsChunk });
    expect(context.emitFile).not.toHaveBeenCalled();

    hook(plugin, 'generateBundle').call(context, {}, { 'popup.js': popupChunk });
    expect(context.emitFile).toHaveBeenCalledTimes(1);
    const asset = context.emitFile.mock.calls[0]?.[0] as { fileName: string; source: string };
    expect(asset.fileName).toBe('articles.json');
    expect(JSON.parse(asset.source).map((article: { id: string }) => article.id)).toEqual([
      '2026-02-05-coindesk-fixture-seed-in-format',
      '2020-05-11-example-halving-explainer',
    ]);
  });
});
