package vn.dangbo.portal.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday: not a working day (none are configured by default). */
@Entity
@Table(name = "public_holiday")
public class PublicHolidayEntity {

    @Id
    @Column(name = "holiday")
    private LocalDate holiday;

    @Column(name = "name", nullable = false)
    private String name;

    protected PublicHolidayEntity() {
        // for JPA
    }

    public PublicHolidayEntity(LocalDate holiday, String name) {
        this.holiday = holiday;
        this.name = name;
    }

    public LocalDate getHoliday() {
        return holiday;
    }

    public String getName() {
        return name;
    }
}
