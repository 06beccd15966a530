package org.packagecatalogue.catalogue;

/**
 * The object does not exist or is outside the caller's tenant. The two are deliberately one
 * exception so that no answer can tell them apart.
 */
public class NotFoundException extends RuntimeException {

    private final String objectType;
    private final String id;

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " was not found", null, false, false);
        this.objectType = objectType;
        this.id = String.valueOf(id);
    }

    public String objectType() {
        return objectType;
    }

    public String id() {
        return id;
    }
}
