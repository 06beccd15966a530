package org.packagecatalogue.catalogue.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.packagecatalogue.catalogue.changes.Recorded;
import org.packagecatalogue.catalogue.owner.Owner;

/** A URL an owner registered to receive the catalogue's events, signed with its secret (migration V10). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase implements Recorded {

    public static final String OBJECT_TYPE = "webhook";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public UUID uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    public Owner owner;

    /** The dialect it was registered in ({@code billing}, {@code mpaas}): its events name fields as that dialect does. */
    @Column(nullable = false, updatable = false)
    public String dialect;

    @Column(nullable = false)
    public String url;

    public String description;

    /** {@code package.updated}, {@code package.*}, or {@code *}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    @Column(name = "include_distributors", nullable = false)
    public boolean includeDistributors;

    /** The signing secret (whsec_…); never answered after it is made, never recorded in history. */
    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires")
    public Instant previousSecretExpires;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "failing_since")
    public Instant failingSince;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant created;

    @UpdateTimestamp
    @Column(nullable = false)
    public Instant updated;

    @Version
    @Column(nullable = false)
    public long version;

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String publicId() {
        return uid.toString();
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + uid + "]"; // never the secret
    }
}
