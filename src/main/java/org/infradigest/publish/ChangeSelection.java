package org.infradigest.publish;

import org.infradigest.reconcile.FigureKey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What changed since the previous run: figures whose value this run changed, then figures it reported first,
 * each ranked by the metric's importance. One pass over the figures, at most {@code limit} kept.
 */
public final class ChangeSelection {

    private final KeyFigureSelection ranking;

    public ChangeSelection(KeyFigureSelection ranking) {
        this.ranking = ranking;
    }

    public static ChangeSelection standard() {
        return new ChangeSelection(KeyFigureSelection.standard());
    }

    public List<FigureChange> select(DigestModel model, int limit) {
        FigureWalk<List<FigureChange>> walk = walk(model, limit);
        model.figures().forEach(walk);
        return walk.result();
    }

    /** {@link #select} fed one figure at a time, so that it can share a walk. */
    public FigureWalk<List<FigureChange>> walk(DigestModel model, int limit) {
        LocalDate run = model.runDate();
        Comparator<FigureChange> order = Comparator.comparing(FigureChange::isNew)
                .thenComparingInt(c -> ranking.rank(c.figure().key().metric()))
                .thenComparing(c -> c.figure().aggregate())
                .thenComparing(Comparator.comparingInt((FigureChange c) -> c.figure().sources()).reversed())
                .thenComparing(c -> c.figure().key(), Comparator.comparing(FigureKey::metric)
                        .thenComparing(FigureKey::region).thenComparing(FigureKey::operator)
                        .thenComparing(FigureKey::period, Comparator.reverseOrder()));
        TreeSet<FigureChange> kept = new TreeSet<>(order);
        return new FigureWalk<>() {
            @Override
            public void accept(DigestFigure df) {
                if (limit <= 0 || !(df.isChanged(run) || df.isNew(run))) {
                    return;
                }
                kept.add(new FigureChange(model.metric(df.figure().key().metric()), df.figure(),
                        df.isChanged(run) ? df.history().previousValue() : null));
                if (kept.size() > limit) {
                    kept.pollLast();
                }
            }

            @Override
            public List<FigureChange> result() {
                return List.copyOf(kept);
            }
        };
    }
}
