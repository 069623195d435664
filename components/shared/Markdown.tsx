/**
 * Notes as they were written, formatted: Markdown read by marked's lexer and drawn as Preact
 * elements, never as HTML, so nothing in a note (or an imported backup) can run or style the
 * page: raw HTML shows as the text it is, links open only for http(s) and mailto. Long notes
 * fold to their first lines with "Show all".
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Lexer, type Token, type Tokens } from 'marked';
import { i18n } from '#i18n';

/** A note longer than this folds (about a dozen lines of the panel). */
export const FOLD_CHARACTERS = 700;

const SAFE_LINK = /^(https?:|mailto:)/i;

function inline(tokens: Token[] | undefined, fallback = ''): ComponentChildren {
  if (!tokens) return fallback;
  return tokens.map((token, index) => {
    switch (token.type) {
      case 'strong':
        return <strong key={index}>{inline((token as Tokens.Strong).tokens)}</strong>;
      case 'em':
        return <em key={index}>{inline((token as Tokens.Em).tokens)}</em>;
      case 'del':
        return <del key={index}>{inline((token as Tokens.Del).tokens)}</del>;
      case 'codespan':
        return <code key={index}>{(token as Tokens.Codespan).text}</code>;
      case 'br':
        return <br key={index} />;
      case 'link': {
        const link = token as Tokens.Link;
        return SAFE_LINK.test(link.href) ? (
          <a key={index} href={link.href} target="_blank" rel="noopener noreferrer">
            {inline(link.tokens, link.text)}
          </a>
        ) : (
          <span key={index}>{link.raw}</span>
        );
      }
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? <span key={index}>{inline(text.tokens)}</span> : unescaped(text.text);
      }
      case 'escape':
        return (token as Tokens.Escape).text;
      default:
        // Images, raw HTML and the rest: the text as typed.
        return token.raw;
    }
  });
}

/** marked escapes &, < and > in text for HTML; we draw text, so they go back. */
function unescaped(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function block(token: Token, index: number): ComponentChildren {
  switch (token.type) {
    case 'space':
      return null;
    case 'paragraph':
      return <p key={index}>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case 'heading': {
      const heading = token as Tokens.Heading;
      // Inside a note, a heading is a strong line: the page's own headings keep their order.
      return (
        <p key={index} class="md-heading">
          <strong>{inline(heading.tokens)}</strong>
        </p>
      );
    }
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, itemIndex) => (
        <li key={itemIndex} class={item.task ? `md-task${item.checked ? ' done' : ''}` : undefined}>
          {item.task && (
            <span class="md-box" role="img" aria-label={i18n.t(item.checked ? 'notes.taskDone' : 'notes.taskOpen')}>
              {item.checked ? '☑' : '☐'}{' '}
            </span>
          )}
          {item.tokens
            .filter((child) => child.type !== 'checkbox')
            .map((child, childIndex) =>
              child.type === 'text' ? (
                <span key={childIndex}>{inline((child as Tokens.Text).tokens, (child as Tokens.Text).text)}</span>
              ) : (
                block(child, childIndex)
              ),
            )}
        </li>
      ));
      return list.ordered ? (
        <ol key={index} start={typeof list.start === 'number' ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={index}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={index}>{(token as Tokens.Blockquote).tokens.map(block)}</blockquote>;
    case 'code':
      return (
        <pre key={index}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'hr':
      return <hr key={index} />;
    case 'text': {
      const text = token as Tokens.Text;
      return <p key={index}>{inline(text.tokens, text.text)}</p>;
    }
    default:
      // Tables, raw HTML: the text as typed.
      return (
        <p key={index} class="md-raw">
          {token.raw}
        </p>
      );
  }
}

/** Markdown text drawn safely; `fold` folds a long one to its first lines. */
export function Markdown({ text, fold = true, class: className = '' }: { text: string; fold?: boolean; class?: string }) {
  const [open, setOpen] = useState(false);
  const long = fold && text.length > FOLD_CHARACTERS;
  const tokens = Lexer.lex(text, { gfm: true, breaks: true });
  return (
    <>
      <div class={`md ${className}${long && !open ? ' md-folded' : ''}`}>{tokens.map(block)}</div>
      {long && (
        <button type="button" class="link-button md-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {i18n.t(open ? 'notes.showLess' : 'notes.showMore')}
        </button>
      )}
    </>
  );
}
