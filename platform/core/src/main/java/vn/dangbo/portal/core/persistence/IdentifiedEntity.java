package vn.dangbo.portal.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * An entity with a surrogate id from the shared sequence portal_id_seq (migration V2). EclipseLink
 * reserves 50 ids per round trip, which keeps JDBC batch writing on for bulk imports.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    @Id
    @Column(name = "id")
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_id")
    @SequenceGenerator(name = "portal_id", sequenceName = "portal_id_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }
}
