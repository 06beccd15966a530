package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.lookup.Term;
import org.packagecatalogue.catalogue.lookup.UsageClass;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;

/** A service in a package (an mPaaS package item): which service, how many instances, at what terms. */
@ApplicationScoped
class PackageServiceRules implements ContentRules {

    @Inject
    ServiceCatalogue services;

    @Override
    public Target target() {
        return Target.PACKAGE_SERVICE;
    }

    @Override
    public void write(PatchRun run, Item item) {
        Draft<PackageServiceField> d = PatchRun.draft(item, PackageServiceField.class);
        List<Violation> local = new ArrayList<>();
        DraftRules<PackageServiceField> rules = run.rules(d, local);
        PackageService ps = run.existingOrNew(item, run.packageServices, PackageService::new);
        if (ps == null) {
            return;
        }
        if (item.action() == Action.CREATE) {
            ps.pkg = run.pkg;
            if (!d.has(PackageServiceField.SERVICE_UID)) {
                rules.mustHave(PackageServiceField.SERVICE);
            }
        }
        if (d.has(PackageServiceField.SERVICE)) {
            Long serviceId = d.id(PackageServiceField.SERVICE);
            if (serviceId == null) {
                rules.required(PackageServiceField.SERVICE);
            } else {
                CatalogueService service = services.findVisible(run.tenant, serviceId);
                if (service == null) {
                    local.add(DraftRules.unknown(PackageServiceField.SERVICE, serviceId));
                } else {
                    ps.service = service;
                }
            }
        }
        if (d.has(PackageServiceField.SERVICE_UID) && !d.isUnreadable(PackageServiceField.SERVICE_UID)) {
            if (d.uid(PackageServiceField.SERVICE_UID) == null) {
                rules.required(PackageServiceField.SERVICE_UID);
            } else {
                // a public id names an object the caller says exists: not seeing it is a 404, as for any other id
                CatalogueService service = services.findVisible(run.tenant, d.uid(PackageServiceField.SERVICE_UID));
                if (service == null) {
                    throw new NotFoundException(ServiceCatalogue.OBJECT_TYPE, d.uid(PackageServiceField.SERVICE_UID));
                }
                ps.service = service;
            }
        }
        rules.whole(PackageServiceField.DEFAULT_INSTANCES, 0, false, v -> ps.defaultInstances = v);
        rules.whole(PackageServiceField.MINIMUM_INSTANCES, 0, false, v -> ps.minimumInstances = v);
        rules.whole(PackageServiceField.MAXIMUM_INSTANCES, 0, false, v -> ps.maximumInstances = v);
        rules.lookup(PackageServiceField.TERM, Term.class, true, v -> ps.term = v);
        rules.lookup(PackageServiceField.USAGE_CLASS, UsageClass.class, true, v -> ps.usageClass = v);
        rules.lookup(PackageServiceField.SERVICE_CATEGORY, ServiceCategory.class, true, v -> ps.serviceCategory = v);
        rules.flag(PackageServiceField.SHARE_PLAN, v -> ps.usageBucketSharePlan = v);
        rules.decimal(PackageServiceField.PRICE, BigDecimal.ZERO, true, v -> ps.price = v);
        if (d.has(PackageServiceField.MONTHLY) && !d.isUnreadable(PackageServiceField.MONTHLY)) {
            ps.monthly = d.flag(PackageServiceField.MONTHLY); // unpriced items leave it null
        }
        if (d.has(PackageServiceField.ITEM_TYPE) && !d.isUnreadable(PackageServiceField.ITEM_TYPE)) {
            ps.itemType = d.text(PackageServiceField.ITEM_TYPE);
            SaleType.check(PackageServiceField.ITEM_TYPE, ps.itemType, local);
        }
        run.finish(item, ps, local);
    }

    @Override
    public void delete(PatchRun run, Item item) {
        PackageService ps = run.existingOrNew(item, run.packageServices, null);
        if (ps == null) {
            return;
        }
        List<Object> dependents = new ArrayList<>();
        for (UsageBucket b : run.buckets.values()) {
            if (b.packageService == ps && !run.removed.contains(b)) {
                dependents.addAll(b.tiers);
                dependents.add(b);
            }
        }
        run.remove(item, run.packageServices, dependents);
    }

    @Override
    public void checkFinalState(PatchRun run) {
        for (PackageService ps : run.live(run.packageServices.values(), PackageService.class)) {
            if (!(ps.minimumInstances <= ps.defaultInstances && ps.defaultInstances <= ps.maximumInstances)) {
                run.problems.add(Violation.about(run.whereEntity(ps, Target.PACKAGE_SERVICE), Violation.INVALID_RANGE,
                        "must have minimumInstances <= defaultInstances <= maximumInstances (is "
                                + ps.minimumInstances + " / " + ps.defaultInstances + " / " + ps.maximumInstances + ")"));
            }
        }
    }
}
