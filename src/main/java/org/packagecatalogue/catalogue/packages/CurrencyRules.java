package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/** A currency a package is sold in: at most one link per currency. */
@ApplicationScoped
class CurrencyRules implements ContentRules {

    @Override
    public Target target() {
        return Target.PACKAGE_CURRENCY;
    }

    @Override
    public void write(PatchRun run, Item item) {
        Draft<CurrencyField> d = PatchRun.draft(item, CurrencyField.class);
        List<Violation> local = new ArrayList<>();
        DraftRules<CurrencyField> rules = run.rules(d, local);
        PackageCurrency c = run.existingOrNew(item, run.currencies, PackageCurrency::new);
        if (c == null) {
            return;
        }
        if (item.action() == Action.CREATE) {
            c.pkg = run.pkg;
            rules.mustHave(CurrencyField.CURRENCY);
        }
        rules.lookup(CurrencyField.CURRENCY, Currency.class, false, v -> c.currency = v);
        run.finish(item, c, local);
    }

    @Override
    public void delete(PatchRun run, Item item) {
        if (run.existingOrNew(item, run.currencies, null) != null) {
            run.remove(item, run.currencies, List.of());
        }
    }

    @Override
    public void checkFinalState(PatchRun run) {
        Set<Integer> currencyIds = new HashSet<>();
        for (PackageCurrency c : run.live(run.currencies.values(), PackageCurrency.class)) {
            if (c.currency != null && !currencyIds.add(c.currency.id)) {
                run.problems.add(Violation.about(run.whereEntity(c, Target.PACKAGE_CURRENCY), Violation.INVALID_VALUE,
                        "currency " + c.currency.code + " is already linked to this package"));
            }
        }
    }
}
