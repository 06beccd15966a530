package org.packagecatalogue.platform;

import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.quarkus.agroal.runtime.AgroalConnectionConfigurer;
import io.quarkus.agroal.runtime.JdbcDriver;
import io.quarkus.arc.Unremovable;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import org.packagecatalogue.catalogue.DatabaseFailure;

/**
 * Tells the pool which failures leave a PostgreSQL connection dead, by the same SQLSTATE table as the
 * answers ({@link DatabaseFailure#UNAVAILABLE}: class 08, and 57P01/57P02/57P03, the sessions a
 * restart or a switchover ends): such a connection is destroyed when it is given back, never handed
 * out again. Without it the pool started with no exception sorter at all (its start logged "Agroal does
 * not support detecting if a connection is still usable after an exception for database kind:
 * postgresql") and kept dead connections until their next validation. The driver's own SSL, keep-alive
 * and read-timeout settings are kept as Quarkus's PostgreSQL configurer sets them.
 */
@Singleton
@Unremovable
@Alternative
@Priority(1)
@JdbcDriver("postgresql")
public class PostgresConnections implements AgroalConnectionConfigurer {

    @Override
    public void setExceptionSorter(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource) {
        dataSource.connectionPoolConfiguration().exceptionSorter(e -> DatabaseFailure.of(e) == DatabaseFailure.UNAVAILABLE);
    }

    @Override
    public void disableSslSupport(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource, Map<String, String> properties) {
        dataSource.connectionPoolConfiguration().connectionFactoryConfiguration().jdbcProperty("sslmode", "disable");
    }

    @Override
    public void setKeepAlive(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource, Map<String, String> properties,
                             boolean enabled) {
        dataSource.connectionPoolConfiguration().connectionFactoryConfiguration().jdbcProperty("tcpKeepAlive", Boolean.toString(enabled));
    }

    @Override
    public void setReadTimeout(String databaseKind, AgroalDataSourceConfigurationSupplier dataSource, Map<String, String> properties,
                               java.time.Duration timeout) {
        dataSource.connectionPoolConfiguration().connectionFactoryConfiguration()
                .jdbcProperty("socketTimeout", Long.toString(timeout.getSeconds()));
    }
}
