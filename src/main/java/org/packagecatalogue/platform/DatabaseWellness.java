package org.packagecatalogue.platform;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether PostgreSQL answers this replica, at /q/health/well: for monitoring and alerts. No probe reads
 * it on purpose (see application.properties): a database outage is answered by every replica with fast
 * 503s and Retry-After, rather than by emptying the Service.
 */
@Wellness
@ApplicationScoped
public class DatabaseWellness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("Database").status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("Database").down().withData("reason", String.valueOf(e.getSQLState())).build();
        }
    }
}
