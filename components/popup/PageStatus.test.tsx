// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { PageStatus, type PageStatusInfo } from './PageStatus';

afterEach(cleanup);

const status = (info: Partial<PageStatusInfo>) => async (): Promise<PageStatusInfo> => ({
  problems: { count: 0, messages: [] },
  siteWithoutAccess: null,
  ...info,
});

test('errors on the tab: "could not read this page", with the messages under details', async () => {
  render(
    <PageStatus
      loadPageStatus={status({ problems: { count: 7, messages: ['TypeError: a is null', 'RangeError: b'] } })}
      grantAccess={vi.fn()}
    />,
  );
  const summary = await screen.findByText('Miner Margin could not read this page — details');
  await userEvent.click(summary);
  expect(screen.getByText(/7 errors on this tab, the latest:/)).toBeVisible();
  expect(screen.getByText('TypeError: a is null')).toBeVisible();
});

test('nothing is shown for a tab without errors on a site with access', async () => {
  const { container } = render(<PageStatus loadPageStatus={status({})} grantAccess={vi.fn()} />);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(container).toBeEmptyDOMElement();
});

test('a user site without access offers to grant it; granted, the offer goes', async () => {
  const grantAccess = vi.fn(async () => true);
  render(
    <PageStatus loadPageStatus={status({ siteWithoutAccess: 'mynews.example' })} grantAccess={grantAccess} />,
  );
  expect(await screen.findByText(/no access to mynews.example/)).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Grant access' }));
  expect(grantAccess).toHaveBeenCalledWith('mynews.example');
  expect(screen.queryByRole('button', { name: 'Grant access' })).toBeNull();
});

test('a refused grant says so and keeps the offer', async () => {
  render(
    <PageStatus
      loadPageStatus={status({ siteWithoutAccess: 'mynews.example' })}
      grantAccess={async () => false}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Grant access' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Access was not granted.');
  expect(screen.getByRole('button', { name: 'Grant access' })).toBeVisible();
});
