package org.packagecatalogue.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.packagecatalogue.catalogue.owner.Owner;

/** A credential that trades client_id + client_secret for tokens on behalf of one owner. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase implements org.packagecatalogue.catalogue.changes.Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_id_seq")
    @SequenceGenerator(name = "api_client_id_seq", sequenceName = "api_client_id_seq", allocationSize = 1)
    public Long id;

    @Column(name = "client_id", nullable = false, unique = true, updatable = false)
    public String clientId;

    /** bcrypt hash; the secret itself is never stored or logged. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    public Owner owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientAccess access;

    @org.hibernate.annotations.CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    /** The owner's own label for the client; null for the first client of an owner. */
    public String name;

    /** After a rotation, the previous secret's hash, good until {@link #previousSecretExpires}. */
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;

    @Column(name = "previous_secret_expires")
    public Instant previousSecretExpires;

    /** When the secret was last rotated; null if never. */
    public Instant rotated;

    /** When the client was revoked; a revoked client trades nothing and its tokens are refused. */
    public Instant revoked;

    /** The previous secret's hash while it is still good, else null. */
    public String previousSecretHashAt(Instant now) {
        return previousSecretExpires != null && now.isBefore(previousSecretExpires) ? previousSecretHash : null;
    }

    @Override
    public String toString() {
        return "ApiClient[" + clientId + "]"; // never the hash
    }

    @Override
    public String objectType() {
        return ClientManagement.OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return clientId;
    }
}
