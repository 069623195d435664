// @vitest-environment jsdom
/**
 * Issue 21.2: earlier notes read formatted: lists, checkboxes, bold and italic, links; drawn as
 * elements, never as HTML (a note or an imported backup cannot inject anything); long ones fold.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FOLD_CHARACTERS, Markdown } from '@/components/shared/Markdown';

afterEach(cleanup);

describe('notes as written, formatted', () => {
  it('draws lists, tasks, emphasis and safe links', () => {
    const { container } = render(
      <Markdown
        text={
          'Energy **good**, _tired_ on Friday.\n\n- [ ] Sam: send the doc\n- [x] Me: book the room\n- plain point\n\n1. first\n2. second\n\nSee [the RFC](https://docs.example/rfc).'
        }
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('good');
    expect(container.querySelector('em')?.textContent).toBe('tired');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '☐ Sam: send the doc',
      '☑ Me: book the room',
      'plain point',
      'first',
      'second',
    ]);
    expect(screen.getByRole('img', { name: 'to do' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'done' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'the RFC' });
    expect(link.getAttribute('href')).toBe('https://docs.example/rfc');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('never runs or injects what a note holds: HTML shows as text, a script link is no link', () => {
    const { container } = render(
      <Markdown text={'<img src=x onerror="alert(1)"> <b>bold?</b>\n\n[click](javascript:alert(1)) & <script>alert(2)</script>'} />,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain('[click](javascript:alert(1))');
    expect(container.textContent).toContain('& <script>alert(2)</script>');
  });

  it('folds a long note to its first lines, all of it one click away', () => {
    const text = Array.from({ length: 60 }, (_, line) => `Line ${line + 1} of a long note.`).join('\n');
    expect(text.length).toBeGreaterThan(FOLD_CHARACTERS);
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector('.md')?.classList.contains('md-folded')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show all of it' }));
    expect(container.querySelector('.md')?.classList.contains('md-folded')).toBe(false);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    render(<Markdown text="Short." />);
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});
