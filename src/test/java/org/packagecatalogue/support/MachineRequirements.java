package org.packagecatalogue.support;

/**
 * Tests that need more of the machine than a JDK (a PostgreSQL server of the system's, root, Node.js): where the
 * machine lacks it, such a test is skipped with one line saying why; where every test must run
 * ({@code CATALOGUE_TESTS_REQUIRE_ALL=true}, as .ci/run sets), that is an error instead.
 */
public final class MachineRequirements {

    private MachineRequirements() {
    }

    /** Whether {@code test} can run here, given what the machine lacks (null: nothing). */
    public static boolean met(String test, String missing) {
        if (missing == null) {
            return true;
        }
        if ("true".equals(System.getenv("CATALOGUE_TESTS_REQUIRE_ALL"))) {
            throw new IllegalStateException(test + " must run here (CATALOGUE_TESTS_REQUIRE_ALL), but this machine lacks " + missing);
        }
        System.err.println(test + " skipped: this machine lacks " + missing);
        return false;
    }
}
