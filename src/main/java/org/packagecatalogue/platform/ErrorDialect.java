package org.packagecatalogue.platform;

/**
 * How one wire dialect shapes its errors. Each adapter provides one for the paths it owns; the
 * platform's mappers pick the dialect by path, so every error on a path has that dialect's shape.
 */
public interface ErrorDialect {

    /** Whether requests to this path speak this dialect. */
    boolean owns(String path);

    /** The JSON body of an error answer. */
    Object body(ApiFailure failure, String trackingId);
}
