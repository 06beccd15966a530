package org.packagecatalogue.catalogue;

import java.util.List;
import java.util.Map;

/**
 * JSON that a column holds, read as Hibernate reads a JSON attribute of an entity (objects as maps, arrays as lists),
 * for the plain-JDBC reads. The core knows no JSON library: the platform
 * implements this.
 */
public interface JsonColumns {

    /** A JSON array of objects; null for null. Text that is no such array is an {@link IllegalArgumentException}. */
    List<Map<String, Object>> objects(String json);
}
