package vn.dangbo.portal.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A configurable rule value (table portal_setting). */
@Entity
@Table(name = "portal_setting")
public class SettingEntity {

    @Id
    @Column(name = "setting_key")
    private String settingKey;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "description")
    private String description;

    protected SettingEntity() {
        // for JPA
    }

    public String getKey() {
        return settingKey;
    }

    public String getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}
