package org.packagecatalogue.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.owner.Owners;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** An aggregator onboards a distributor: the owner and its first (read-write) credential, in one transaction. */
@ApplicationScoped
public class Onboarding {

    /** The new distributor's id, and the key and secret it trades for tokens. The secret is shown once. */
    public record NewDistributor(String distributorId, String accountKey, String secret) {

        @Override
        public String toString() {
            return "NewDistributor[" + distributorId + "]"; // never the secret
        }
    }

    @Inject
    Owners owners;

    @Inject
    Credentials credentials;

    @Inject
    SecretHasher hasher;

    @Transactional
    public NewDistributor onboardDistributor(Tenant aggregator, String name) {
        Owner distributor = owners.createDistributor(aggregator, name);
        String secret = hasher.newSecret();
        ApiClient client = credentials.register(distributor, distributor.publicId(), secret, ClientAccess.READ_WRITE);
        return new NewDistributor(distributor.publicId(), client.clientId, secret);
    }
}
