package vn.dangbo.portal.api.program;

import vn.dangbo.portal.api.model.LocalizedText;

/**
 * A setting as it is in force, for the province page ("which reading is in force").
 *
 * @param key        the setting
 * @param label      what it decides
 * @param value      the value in force
 * @param valueLabel what the value means
 * @param isDefault  whether it is the default of programs.md
 */
public record Reading(String key, LocalizedText label, String value, LocalizedText valueLabel, boolean isDefault) {
}
