package org.packagecatalogue.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each SQLSTATE PostgreSQL sends, and what it means for the request (ExceptionMappers answers by it). */
class DatabaseFailureTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // connection exceptions (class 08), including an I/O error on a pooled connection (08006)
            "08000, UNAVAILABLE", "08001, UNAVAILABLE", "08003, UNAVAILABLE", "08004, UNAVAILABLE", "08006, UNAVAILABLE",
            "08P01, UNAVAILABLE",
            // a fast or smart shutdown, a crash, a server still starting
            "57P01, UNAVAILABLE", "57P02, UNAVAILABLE", "57P03, UNAVAILABLE",
            // too many connections
            "53300, UNAVAILABLE",
            // lost races: retried, never shown as a 500
            "40001, RACE", "40P01, RACE",
            "57014, TIMEOUT",
            "23505, CONSTRAINT", "23503, CONSTRAINT", "23514, CONSTRAINT",
            // faults of ours
            "42P01, OTHER", "22001, OTHER", "XX000, OTHER", "53200, OTHER"})
    void eachSqlStateHasItsMeaning(String state, DatabaseFailure meaning) {
        assertEquals(meaning, DatabaseFailure.ofSqlState(state));
        // however deeply the frameworks wrap the driver's exception
        assertEquals(meaning, DatabaseFailure.of(new RuntimeException("hibernate", new IllegalStateException(new SQLException("x", state)))));
    }

    @Test
    void theFirstStateDownTheChainDecides() {
        SQLException driver = new SQLException("An I/O error occurred while sending to the backend.", "08006", new IOException("reset"));
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(new SQLException("could not execute statement", null, driver)));
    }

    @Test
    void aFailedCommitCarriesTheDriversExceptionAsSuppressed() {
        Exception commit = new Exception("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException(new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(new RuntimeException("Error invoking subclass method", commit)));
    }

    @Test
    void withoutAStateOnlyThePoolsTimeoutIsAnOutage() {
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(new RuntimeException(new SQLTransientConnectionException("acquisition timeout"))));
        assertEquals(DatabaseFailure.OTHER, DatabaseFailure.of(new SQLException("no state")));
        assertEquals(DatabaseFailure.OTHER, DatabaseFailure.of(new IllegalStateException("not the database")));
        // Agroal's "Sorry, acquisition timeout!" is a plain SQLException without a state, thrown by its pool
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        agroal.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", null, 0)});
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(new RuntimeException(agroal)));
        assertEquals(DatabaseFailure.OTHER, DatabaseFailure.ofSqlState(null));
    }
}
