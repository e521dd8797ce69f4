package org.rungs.participant.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person read a participant's personal data: who (role and name, and their organisation), when, which record and
 * which fields. Written for every such read, kept for the network's admins to audit.
 */
@Entity
@Table(name = "pii_read")
public class PiiRead {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(nullable = false)
    private String reader;

    @Column(name = "reader_organisation")
    private String readerOrganisation;

    @Column(name = "record", nullable = false)
    private String record;

    @Column(nullable = false)
    private String fields;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected PiiRead() {
    }

    public PiiRead(UUID participantId, String reader, String readerOrganisation, String record, List<String> fields,
            Instant readAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.reader = reader;
        this.readerOrganisation = readerOrganisation;
        this.record = record;
        this.fields = String.join(",", fields);
        this.readAt = readAt;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public String reader() {
        return reader;
    }

    public String readerOrganisation() {
        return readerOrganisation;
    }

    public String record() {
        return record;
    }

    public List<String> fields() {
        return List.of(fields.split(","));
    }

    public Instant readAt() {
        return readAt;
    }
}
