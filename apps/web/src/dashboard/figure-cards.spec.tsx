import { render, screen } from '@testing-library/react';
import type { FiguresFragment } from '../graphql/generated/graphql';
import { FigureCards } from './figure-cards';

const FIGURES: FiguresFragment = {
  projects: 12,
  findings: 372,
  handedOver: 200,
  closed: 133,
  overdue: 3,
  closureRate: 2 / 3,
  handoffs: 129,
  handoffsClosed: 113,
};

function card(label: string): HTMLElement {
  const title = screen.getByText(label);
  const root = title.closest('.ant-card');
  if (!(root instanceof HTMLElement)) throw new Error(`no card titled ${label}`);
  return root;
}

describe('FigureCards', () => {
  it('shows the four headline figures a city reports upward', () => {
    render(<FigureCards figures={FIGURES} loading={false} />);
    expect(card('联动项目')).toHaveTextContent('12');
    expect(card('发现问题')).toHaveTextContent('372');
    expect(card('整改台账')).toHaveTextContent('129');
    expect(card('台账已销号')).toHaveTextContent('113');
  });

  it('rounds the closure rate to one decimal instead of truncating it', () => {
    render(<FigureCards figures={FIGURES} loading={false} />);
    expect(card('销号率')).toHaveTextContent('66.7%');
  });

  it('shows a dash, never a zero, when the figures could not be had', () => {
    render(<FigureCards figures={undefined} loading={false} />);
    expect(card('逾期未销号')).toHaveTextContent('—');
    expect(card('逾期未销号')).not.toHaveTextContent('0');
  });
});
