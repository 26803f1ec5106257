// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createMemoryArea } from '../../lib/storage';

afterEach(cleanup);

const access = { has: async () => false, request: async () => false };

describe('options status line', () => {
  it('is in the language just chosen, not the one the page was in before', async () => {
    const user = userEvent.setup();
    render(<OptionsApp area={createMemoryArea()} browserLang="en-US" hostAccess={access} />);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('radio', { name: '日本語' }));
    await screen.findByRole('heading', { name: 'Lede の設定' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('保存しました。'));

    await user.click(screen.getByRole('radio', { name: 'English' }));
    await screen.findByRole('heading', { name: 'Lede options' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
  });
});
