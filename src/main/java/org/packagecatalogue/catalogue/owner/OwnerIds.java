package org.packagecatalogue.catalogue.owner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** The public ids of the owners above an object: its distributor (null when an aggregator owns it directly) and its aggregator. */
public record OwnerIds(String distributorId, String aggregatorId) {

    /** From the kind and uid columns (side by side) of the owner and of its parent, which is null for an aggregator. */
    public static OwnerIds read(ResultSet row, int ownerKindColumn, int parentKindColumn) throws SQLException {
        String owner = OwnerKind.valueOf(row.getString(ownerKindColumn)).publicId(row.getObject(ownerKindColumn + 1, UUID.class));
        String parentKind = row.getString(parentKindColumn);
        return parentKind == null ? new OwnerIds(null, owner)
                : new OwnerIds(owner, OwnerKind.valueOf(parentKind).publicId(row.getObject(parentKindColumn + 1, UUID.class)));
    }
}
