// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SiteControlSection } from './SiteControlSection';

afterEach(cleanup);

const handlers = () => ({
  onPause: vi.fn(() => Promise.resolve()),
  onResume: vi.fn(() => Promise.resolve(true)),
  onAdd: vi.fn(() => Promise.resolve(true)),
});

describe('SiteControlSection', () => {
  test('on a running site it offers to pause there', async () => {
    const props = handlers();
    render(
      <SiteControlSection control={{ state: 'running', host: 'coindesk.com', builtIn: true }} {...props} />,
    );
    expect(screen.getByText('coindesk.com')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    expect(props.onPause).toHaveBeenCalledWith('coindesk.com');
  });

  test('on a paused site it offers to resume (with whether the site is built in)', async () => {
    const props = handlers();
    render(
      <SiteControlSection control={{ state: 'paused', host: 'example.com', builtIn: false }} {...props} />,
    );
    expect(screen.getByText(/Paused on/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Resume on this site' }));
    expect(props.onResume).toHaveBeenCalledWith('example.com', false);
  });

  test('on a site not in the list it adds it; a refused permission is said', async () => {
    const props = { ...handlers(), onAdd: vi.fn(() => Promise.resolve(false)) };
    render(<SiteControlSection control={{ state: 'absent', host: 'ft.com' }} {...props} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add this site' }));
    expect(props.onAdd).toHaveBeenCalledWith('ft.com');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Permission not granted: nothing changed.'),
    );
  });

  test('an error is shown, and nothing renders on pages that are not sites', async () => {
    const props = { ...handlers(), onPause: vi.fn(() => Promise.reject(new Error('storage full'))) };
    const { rerender, container } = render(
      <SiteControlSection control={{ state: 'running', host: 'coindesk.com', builtIn: true }} {...props} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('storage full'));
    rerender(<SiteControlSection control={{ state: 'unavailable' }} {...props} />);
    expect(container.textContent).toBe('');
    rerender(<SiteControlSection control={null} {...props} />);
    expect(container.textContent).toBe('');
  });
});
