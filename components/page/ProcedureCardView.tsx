// The card that says what a procedure is: in the page (hover or keyboard) and anywhere else.
import type { ResponseOf } from '../../lib/messaging/client';

export type CardData = ResponseOf<'card/get'>;

export function ProcedureCardView({ card, onClose }: { card: CardData; onClose?: () => void }) {
  return (
    <section class="sm-card" role="dialog" aria-label={`About ${card.name}`} data-testid="procedure-card">
      <header class="sm-card__head">
        <h2 class="sm-card__title">{card.name}</h2>
        {onClose && (
          <button type="button" class="sm-icon-button" aria-label="Close card" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="sm-card__what">{card.whatItIs}</p>
      <dl class="sm-card__facts">
        <dt>Sessions</dt>
        <dd>{card.sessions}</dd>
        <dt>Downtime</dt>
        <dd>{card.downtime}</dd>
      </dl>
      <h3 class="sm-card__subtitle">Cautions</h3>
      <ul class="sm-card__cautions">
        {card.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      <p class="sm-card__source">
        Source:{' '}
        <a href={card.source.url} target="_blank" rel="noopener noreferrer">
          {card.source.name}
        </a>
        . General information, not medical advice.
      </p>
    </section>
  );
}
