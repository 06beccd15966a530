package org.packagecatalogue.catalogue.packages;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** A package entity's {@link PackageSummary}, field by field: MapStruct writes the constructor call at compile time. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PackageSummaryMapper {

    PackageSummaryMapper MAP = new PackageSummaryMapperImpl();

    @Mapping(target = "ownerId", source = "owner.id")
    @Mapping(target = "ownerName", source = "owner.name")
    @Mapping(target = "statusTypeId", source = "defaultAccountPackageStatusType.id")
    @Mapping(target = "statusTypeName", source = "defaultAccountPackageStatusType.name")
    @Mapping(target = "categoryId", source = "category.id")
    @Mapping(target = "categoryName", source = "category.name")
    PackageSummary summary(CataloguePackage pkg);
}
