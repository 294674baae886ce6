package org.relief.server.persistence;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.PriceIndices;

/** Price indices over JPA: one row per province and month (a later publication replaces the figures). */
public final class JpaPriceIndices implements PriceIndices {
    private final Database db;
    private final Clock clock;

    public JpaPriceIndices(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<PriceIndex> find(AdminCode province, YearMonth month) {
        return db.readJoining(em -> em.createQuery("select p from PriceIndexEntity p where p.province = :p and p.month = :m",
                PriceIndexEntity.class).setParameter("p", province.value()).setParameter("m", month.toString())
                .getResultStream().findFirst().map(e -> new PriceIndex(AdminCode.of(e.getProvince()), YearMonth.parse(e.getMonth()),
                        e.getCpi(), e.getFoodCpi())));
    }

    @Override
    public void publish(PriceIndex index) {
        db.joining(em -> {
            Optional<PriceIndexEntity> e = em.createQuery("select p from PriceIndexEntity p where p.province = :p and p.month = :m",
                    PriceIndexEntity.class).setParameter("p", index.province().value()).setParameter("m", index.month().toString())
                    .getResultStream().findFirst();
            if (e.isPresent()) {
                e.get().update(index.cpi(), index.foodCpi(), clock.instant());
            } else {
                em.persist(new PriceIndexEntity(index.province().value(), index.month().toString(), index.cpi(), index.foodCpi(),
                        clock.instant()));
            }
            em.flush();
            return null;
        });
    }
}
