// Parts of the renderer that are not cxgov's API, for the tests that hold its fast path to remark:
// typed from the library's sources, loaded from its build (where the compiled tests find it).
import type * as Render from '../../library/src/handbook/render.js';
import type * as PageWriter from '../../library/src/handbook/pageWriter.js';
import type * as Links from '../../library/src/handbook/links.js';
import type * as PlainBlocks from '../../library/src/handbook/plain/blocks.js';

const dist = new URL('../../../library/dist/handbook/', import.meta.url);

async function load<T>(path: string): Promise<T> {
  return (await import(new URL(path, dist).href)) as T;
}

export const { renderPages } = await load<typeof Render>('render.js');
export const { PageWriter: Writer } = await load<typeof PageWriter>('pageWriter.js');
export const { Anchors } = await load<typeof Links>('links.js');
export const { plainBlock } = await load<typeof PlainBlocks>('plain/blocks.js');
